import { formatDate, isValidTimeZone, zonedParts } from './text/timeZone.ts';
import { INTENT_NAMES, type Parse, type ParseContext } from './types.ts';

/** The longest message text the model is shown. */
export const LLM_MAX_MESSAGE_CHARS = 2000;

export const LLM_SYSTEM_PROMPT = [
  'You classify one customer message to a parcel carrier and extract entities.',
  `Intents: ${INTENT_NAMES.join(', ')}.`,
  'origin/destination: the city or country the parcel comes from / goes to, only when the message names it; English name and ISO 3166-1 alpha-2 code, or null.',
  'dateRange: the local dates the customer refers to as {from,to} YYYY-MM-DD (one day: from = to), or null; a date without year or a bare weekday means the most recent past one.',
  'Numbers in the message are masked; never guess them.',
  'Answer with JSON only.',
].join('\n');

/** What the model is sent: the system prompt and one user turn with today's date, the zone and the masked message. */
export interface LlmInput {
  messages: [{ role: 'system'; content: string }, { role: 'user'; content: string }];
}

/**
 * The model's whole view of a turn: this one message (masked) and today's date in the customer's
 * zone. Never account data, the conversation's other messages or the speaker's identity.
 */
export function llmInput(text: string, ctx: ParseContext, deterministic: Parse): LlmInput {
  const timeZone = isValidTimeZone(ctx.timeZone) ? ctx.timeZone : 'UTC';
  const today = formatDate(zonedParts(ctx.now, timeZone));
  return {
    messages: [
      { role: 'system', content: LLM_SYSTEM_PROMPT },
      { role: 'user', content: JSON.stringify({ today, timeZone, message: maskedMessage(text, deterministic).slice(0, LLM_MAX_MESSAGE_CHARS) }) },
    ],
  };
}

/**
 * The message with what the model must not read replaced by a label: the tracking and account
 * numbers the deterministic extractors found (they alone fill those fields), any other long
 * number-like token (references, phone numbers) and e-mail addresses.
 */
export function maskedMessage(text: string, deterministic: Parse): string {
  let masked = text.replace(EMAIL, '[e-mail]');
  for (const n of [...deterministic.trackingNumbers, ...deterministic.invalidTrackingNumbers]) masked = masked.replace(spelledAnyhow(n), '[tracking number]');
  if (deterministic.accountNumber) masked = masked.replace(spelledAnyhow(deterministic.accountNumber), '[account number]');
  return masked.replace(LONG_TOKEN, '[number]').replace(PHONE_LIKE, (m) => (digitCount(m) >= 9 && !ISO_DATE.test(m) ? '[number]' : m));
}

const EMAIL = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+/gu;
/** A token of 8 or more Latin letters and digits with at least one digit ("4155550123", "INV2026001"; Han text around it stays). */
const LONG_TOKEN = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}(?![A-Za-z0-9])/g;
/** Digits with spaces, dashes or brackets: a phone number when it has 9 digits or more and is no date. */
const PHONE_LIKE = /\+?\d[\d ()-]{6,}\d/g;
const ISO_DATE = /\d{4}-\d{1,2}-\d{1,2}/;

function digitCount(s: string): number {
  let n = 0;
  for (const c of s) if (c >= '0' && c <= '9') n++;
  return n;
}

/** `value` as a customer may have typed it: any case, spaces, dots or dashes between its characters. */
function spelledAnyhow(value: string): RegExp {
  const chars = [...value.replace(/[\s.-]/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(chars.join('[\\s.-]*'), 'giu');
}
