/**
 * What a turn's replies show, read the way a customer reads them. One rule, documented here:
 *
 * 1. Only message activities count; a `handoff.initiate` event means the chat went to a person.
 * 2. Once a message says nothing fits (NOTHING_FITS, per language), any parcel after it is a
 *    suggestion ("the nearest parcels"), not a match, and is not read as shown.
 * 3. Tracking numbers offered as choices are those in the suggested actions' values (Bot Framework
 *    `suggestedActions.actions[].value`); mentioned ones are those in the texts and cards.
 * 4. Two or more offered → a list of exactly those; otherwise one distinct number mentioned (or one
 *    offered) → that parcel alone; several mentioned and none offered → a list of those; else none.
 * 5. A message saying the bot did not understand (NOT_UNDERSTOOD, per language) marks a misunderstanding.
 */
import { z } from 'zod';
import type { Activity } from '../../activity.ts';

/** A UPS 1Z number: 1Z, six-character shipper (account) number, then ten characters. */
const TRACKING_NUMBER = /\b1Z[0-9A-Z]{16}\b/g;
const ACCOUNT_NUMBER = /^[0-9A-Z]{6}$/;

/** How a customer recognises "nothing fits" in each language. */
const NOTHING_FITS: readonly RegExp[] = [
  /\b(couldn'?t|could not|can'?t|cannot|didn'?t|did not) find\b|\bfound no\b|\bno (parcels?|packages?|shipments?)\b[^.]*\b(fit|fits|match|matches|found)\b|\bnothing (fits|matches|was found)\b|\bthere(?: is|'s| are| were| was) no (parcels?|packages?|shipments?)\b|\bnone of your (parcels|packages|shipments)\b|\b(don'?t|do not) see any (parcels?|packages?|shipments?)\b/i,
  /没有找到|没找到|未找到|找不到|查不到|没有查到|没有符合|没有匹配/,
  /\bno (he )?encontr|\bno encuentro\b|\bningún (paquete|envío)|\bno hay (ningún )?(paquete|envío)|\bno se (ha )?encontr|\bno aparece ningún\b/i,
];

/** How a customer recognises "I did not understand you" in each language. */
const NOT_UNDERSTOOD: readonly RegExp[] = [
  /\b(didn'?t|did not|don'?t|do not|couldn'?t|could not) (quite )?(understand|get|catch)\b|\bnot sure what you mean\b/i,
  /没(有)?(听|看)?(懂|明白)|不太?明白|没(有)?理解|无法理解|不理解/,
  /\bno (te )?(he )?entend|\bno entiendo\b|\bno (te )?comprend|\bno te sigo\b/i,
];

/** The part of a reply this reader looks at; replies cross from the product, so they are checked. */
const ReplyActivity = z.object({
  type: z.string(),
  name: z.string().optional(),
  text: z.string().optional(),
  suggestedActions: z.object({ actions: z.array(z.object({ value: z.unknown() })) }).optional(),
  attachments: z.array(z.object({ content: z.unknown().optional() })).optional(),
});

export type ShownParcels = { kind: 'none' } | { kind: 'single'; trackingNumber: string } | { kind: 'list'; trackingNumbers: string[] };

export interface Shown {
  parcels: ShownParcels;
  /** Tracking numbers offered as choices, in the bot's order (before any "nothing fits"). */
  offered: string[];
  /** Distinct tracking numbers in texts and cards, in order (before any "nothing fits"). */
  mentioned: string[];
  /** Account numbers offered as choices ("which account?"), in the bot's order. */
  accountsOffered: string[];
  nothingFits: boolean;
  /** A message says the bot did not understand. */
  notUnderstood: boolean;
  handedOff: boolean;
  /** The messages' texts, for reports. */
  text: string;
}

const numbersIn = (text: string): string[] => text.match(TRACKING_NUMBER) ?? [];

/** Reads what the bot showed in one turn's replies (see the rule at the top of this file). */
export function readShown(replies: readonly Activity[]): Shown {
  const offered: string[] = [];
  const mentioned: string[] = [];
  const accountsOffered: string[] = [];
  const texts: string[] = [];
  let nothingFits = false;
  let handedOff = false;
  for (const raw of replies) {
    const a = ReplyActivity.parse(raw);
    if (a.type === 'event' && a.name === 'handoff.initiate') handedOff = true;
    if (a.type !== 'message') continue;
    const text = a.text ?? '';
    texts.push(text);
    if (nothingFits) continue;
    if (NOTHING_FITS.some((p) => p.test(text))) {
      nothingFits = true;
      continue;
    }
    for (const action of a.suggestedActions?.actions ?? []) {
      const value = String(action.value);
      // A choice carries one tracking number ("1Z…", or "track 1Z…") or an account number.
      const numbers = numbersIn(value);
      if (numbers.length === 1) offered.push(numbers[0]!);
      else if (ACCOUNT_NUMBER.test(value)) accountsOffered.push(value);
    }
    const cards = (a.attachments ?? []).map((att) => JSON.stringify(att.content ?? ''));
    for (const n of [text, ...cards].flatMap(numbersIn)) if (!mentioned.includes(n)) mentioned.push(n);
  }
  const distinctOffered = [...new Set(offered)];
  let parcels: ShownParcels = { kind: 'none' };
  if (distinctOffered.length >= 2) parcels = { kind: 'list', trackingNumbers: distinctOffered };
  else if (mentioned.length === 1) parcels = { kind: 'single', trackingNumber: mentioned[0]! };
  else if (mentioned.length === 0 && distinctOffered.length === 1) parcels = { kind: 'single', trackingNumber: distinctOffered[0]! };
  else if (mentioned.length >= 2) parcels = { kind: 'list', trackingNumbers: mentioned };
  const notUnderstood = texts.some((t) => NOT_UNDERSTOOD.some((p) => p.test(t)));
  return { parcels, offered: distinctOffered, mentioned, accountsOffered, nothingFits, notUnderstood, handedOff, text: texts.join('\n') };
}

/** A short description of what was shown, for reports. */
export function describeShown(shown: Shown): string {
  const head = `${shown.handedOff ? 'handed to a person; ' : ''}${shown.notUnderstood ? 'says it did not understand; ' : ''}`;
  const nothing = shown.nothingFits ? 'says nothing fits; ' : '';
  const p = shown.parcels;
  if (p.kind === 'single') return `${head}${nothing}shows ${p.trackingNumber}`;
  if (p.kind === 'list') return `${head}${nothing}offers [${p.trackingNumbers.join(', ')}]`;
  if (shown.accountsOffered.length > 0) return `${head}${nothing}asks which account [${shown.accountsOffered.join(', ')}]`;
  return `${head}${nothing}shows no parcel`;
}

/** The parcels shown in a form two turns can be compared by: "single 1Z…", "list 1Z…,1Z…" (sorted), "nothing fits", "none". */
export function canonicalShown(shown: Shown): string {
  const p = shown.parcels;
  if (p.kind === 'single') return `single ${p.trackingNumber}`;
  if (p.kind === 'list') return `list ${[...p.trackingNumbers].sort().join(',')}`;
  return shown.nothingFits ? 'nothing fits' : 'none';
}
