import { formatLocalDate, localized, sentenceGap } from '../../../locale/index.ts';
import type { Reply } from '../../../activity.ts';
import { addDays, formatDate, zonedParts } from '../../../nlu/text/timeZone.ts';
import type { Parse } from '../../../nlu/types.ts';
import type { ShipmentRecord } from '../../../store/records.ts';
import type { Store } from '../../../store/store.ts';
import { pickedPosition, statedPosition } from '../../choiceWords.ts';
import { formatDeliveryTime } from '../../format.ts';
import type { ParcelFlow, ParcelFlowContext, ParcelFlowResult } from '../types.ts';
import { adminNames } from '../shared/adminNames.ts';
import {
  ACCESS_POINT_HOLD_DAYS,
  ADDRESS_CUES,
  CHANGE_WORDS,
  DELIVERY_CHANGE_ROLES,
  DELIVERY_REQUEST_KINDS,
  INSTRUCTION_LEADS,
  INSTRUCTION_MAX_LENGTH,
  INSTRUCTION_PARCEL_WORDS,
  INSTRUCTION_SPOTS,
  type DeliveryRequestKind,
  REDELIVERY_WITHIN_HOURS,
  RESCHEDULE_MAX_DAYS,
  accessPointsFor,
  changesAllowed,
  type AccessPoint,
} from './deliveryRules.ts';
import { CHANGE_DELIVERY_TEXTS, type ChangeDeliveryTexts } from './texts.ts';

/** What the flow keeps between its questions (ParcelFlowResult.continueWith). */
export interface ChangeDeliveryState {
  step: 'kind' | 'value' | 'confirm';
  kind?: DeliveryRequestKind;
  value?: string;
  /** The values given for other kinds before the customer changed their mind ("change it after all" reuses the address). */
  given?: Partial<Record<DeliveryRequestKind, string>>;
  /** The value came from a correction (the parcel picked again, a house number): proposed as it is, not read from the message. */
  corrected?: boolean;
}

/**
 * The change under way carried to another parcel the customer corrects the pick to ("sorry i meant the first one",
 * "不好意思，我说的是第一个"): the same kind and value; an access point is the new parcel's own, so it is found again.
 */
export function deliveryChangeCarried(kept: Record<string, unknown>): Record<string, unknown> {
  const state = kept as unknown as ChangeDeliveryState;
  if (!state.kind) return { step: 'kind' } satisfies ChangeDeliveryState;
  const value = state.kind === 'access_point' ? undefined : state.value;
  const carried: ChangeDeliveryState = value ? { step: 'confirm', kind: state.kind, value, corrected: true } : { step: 'value', kind: state.kind };
  return { ...carried, ...(state.given ? { given: state.given } : {}) };
}

/** The numbers of a correction ("es el número 51, no el 15", "it's 51 not 15", "是51号，不是15号"). */
const NUMBER = /\d+/gu;

/**
 * The address with the number a correction replaces ("perdona, es el número 51, no el 15" on "Torstraße 15, 10119
 * Berlin" → "Torstraße 51, 10119 Berlin"), or null when the message names no number of the address and another.
 */
export function addressNumberCorrected(address: string, text: string): string | null {
  const numbers = [...new Set(text.match(NUMBER) ?? [])];
  if (numbers.length === 1) return addressRestated(address, text, numbers[0]!);
  if (numbers.length !== 2) return null;
  const inAddress = (n: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${n}(?![\\p{L}\\p{N}])`, 'iu').test(address);
  const [a, b] = numbers as [string, string];
  const [wrong, right] = inAddress(a) && !inAddress(b) ? [a, b] : inAddress(b) && !inAddress(a) ? [b, a] : [null, null];
  if (!wrong || !right) return null;
  return address.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${wrong}(?![\\p{L}\\p{N}])`, 'iu'), `$1${right}`);
}

/**
 * The address given again with another house number ("sorry, 250 Bay Street" after "200 Bay Street, Toronto";
 * "perdón, Calle Mayor 14"): the one number of the address beside a word the message repeats is replaced, the
 * rest (the city, the postcode) kept. Null when the message repeats no word of it, or several numbers could be meant.
 */
function addressRestated(address: string, text: string, right: string): string | null {
  const lower = address.toLowerCase();
  const repeated = (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => new RegExp(`(^|[^\\p{L}])${w}(?![\\p{L}])`, 'u').test(lower));
  if (!repeated.length) return null;
  const beside = (n: string) => repeated.some((w) => new RegExp(`(^|[^\\p{L}\\p{N}])(${n}[\\s,]+${w}|${w}[\\s,]+${n})(?![\\p{L}\\p{N}])`, 'u').test(lower));
  const wrong = [...new Set(address.match(NUMBER) ?? [])].filter((n) => n !== right && beside(n));
  if (wrong.length !== 1) return null;
  return address.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${wrong[0]}(?![\\p{L}\\p{N}])`, 'u'), `$1${right}`);
}

/**
 * Kinds are looked for in this order: "redeliver to my new address" is an address change; "my neighbour
 * can collect it" an instruction, not an access point.
 */
const KIND_PRECEDENCE: readonly DeliveryRequestKind[] = ['address', 'instruction', 'access_point', 'reschedule'];

/** The change a message names: a clicked choice (its label), else its words. Null when it names none. */
export function changeKindIn(text: string, t: ChangeDeliveryTexts): DeliveryRequestKind | null {
  const lower = text.trim().toLowerCase();
  const clicked = DELIVERY_REQUEST_KINDS.find((k) => t.kinds[k].toLowerCase() === lower);
  if (clicked) return clicked;
  return KIND_PRECEDENCE.find((k) => CHANGE_WORDS[k].some((w) => lower.includes(w))) ?? null;
}

const TRACKING = /\b1Z[0-9A-Z]{16}\b/gi;

/**
 * The instruction to the driver a message gives, in the customer's words: the part of the message that
 * names where or with whom to leave the parcel ("my parcel to toronto, can you leave it with my neighbour
 * at number 12?" → "leave it with my neighbour at number 12"), without the polite words before it or
 * (Chinese) the parcel named before it ("发往多伦多的包裹放门卫室" → "放门卫室"). Null when none is named.
 */
export function instructionIn(text: string): string | null {
  const clauses = text.replace(TRACKING, ' ').split(/[,，;；。!?！？¿¡]+/u);
  // Only where or with whom: "delivery instructions" asks for an instruction and gives none.
  const lowerSpots = INSTRUCTION_SPOTS;
  let clause = clauses.map((c) => c.replace(/\s+/g, ' ').trim()).find((c) => lowerSpots.some((w) => c.toLowerCase().includes(w)));
  if (!clause) return null;
  for (const word of INSTRUCTION_PARCEL_WORDS) {
    const at = clause.lastIndexOf(word);
    if (at >= 0 && lowerSpots.some((w) => clause!.slice(at + word.length).toLowerCase().includes(w))) clause = clause.slice(at + word.length);
  }
  for (let stripped = true; stripped; ) {
    stripped = false;
    clause = clause.replace(/^[\s\p{P}的把将]+/u, '');
    const lead = INSTRUCTION_LEADS.find((l) => clause!.toLowerCase().startsWith(l) && (/\p{Script=Han}/u.test(l) || !/[\p{L}\d]/u.test(clause!.charAt(l.length))));
    if (lead) {
      clause = clause.slice(lead.length);
      stripped = true;
    }
  }
  // "那个包裹能放门卫室吗": the question's particle at the end is not the driver's instruction.
  let instruction = clause.replace(/[\s.。]+$/u, '').replace(/(?<=\p{Script=Han})[吗吧呢嘛](?=$)/u, '').trim();
  // "… at the back door please": the polite word after it is not part of it either.
  const tail = INSTRUCTION_LEADS.find((l) => !/\p{Script=Han}/u.test(l) && instruction.toLowerCase().endsWith(` ${l}`));
  if (tail) instruction = instruction.slice(0, -tail.length - 1).trim();
  return instruction ? instruction.slice(0, INSTRUCTION_MAX_LENGTH) : null;
}

/** A new address written in the same message ("… to 88 Queen St W, Toronto M5H 2N2"), or null. */
export function addressIn(text: string): string | null {
  const plain = text.replace(TRACKING, ' ').replace(/\s+/g, ' ').trim();
  for (const cue of ADDRESS_CUES) {
    const m = cue.exec(plain);
    if (m?.[1] && isAddress(m[1])) return m[1].trim().replace(/[.。]$/, '');
  }
  return null;
}

/** A region code and postal code written right after the address ("…, Toronto ON M5H 2N2") belong to it. */
export function withPostalTail(text: string, address: string): string {
  const at = text.indexOf(address);
  if (at < 0) return address;
  const tail = /^(?:[ ,]+(?:[A-Z]{2}|[A-Z0-9-]*\d[A-Z0-9-]*)(?![\p{L}\d]))+/u.exec(text.slice(at + address.length));
  return tail ? address + tail[0].replace(/^,?/, '') : address;
}

/**
 * A number of an address (house, postal code "M5H 2N2", "100号"): a digit not right after a Latin letter,
 * so the "2" of "co2" is none ("back to that toronto parcel - what was its co2" is no new address).
 */
const ADDRESS_NUMBER = /(?<![a-z])\d/i;

/** Long enough to deliver to: a number (house, postal code) and some words, or a Chinese address. */
export function isAddress(text: string): boolean {
  const s = text.trim();
  return (s.length >= 8 && ADDRESS_NUMBER.test(s) && /\p{L}{2,}/u.test(s)) || (/\p{Script=Han}{4,}/u.test(s) && ADDRESS_NUMBER.test(s));
}

/**
 * The day asked for: the parse's date, else an ISO date in the text. The parser reads a bare weekday
 * ("Monday", "el lunes", "周一") as the last one, for searches; asked when to deliver, it is the next one.
 */
export function deliveryDayIn(ctx: Pick<ParcelFlowContext, 'parse' | 'text' | 'now' | 'timeZone'>): string | null {
  const day = ctx.parse?.dateRange?.from ?? /\b(\d{4}-\d{2}-\d{2})\b/.exec(ctx.text)?.[1] ?? null;
  if (!day) return null;
  const today = zonedParts(ctx.now, ctx.timeZone);
  const lastWeek = formatDate(addDays(today, -6));
  if (day >= lastWeek && day < formatDate(today)) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return formatDate(addDays({ year: y, month: m, day: d }, 7));
  }
  return day;
}

/** The access point picked: by name, id or position among those offered. */
function accessPointIn(text: string, offered: readonly AccessPoint[], t: ChangeDeliveryTexts): AccessPoint | null {
  const lower = text.trim().toLowerCase();
  const named = offered.find((a) => lower === a.id.toLowerCase() || lower === (a.name || t.nearestAccessPoint).toLowerCase());
  if (named) return named;
  const position = pickedPosition(text, offered.length);
  return position ? offered[position - 1]! : null;
}

/**
 * Whether a message can answer the question the flow left pending: a change named ("what do you want to change?"),
 * an address, a day asked for, a pick among the access points offered, the driver's instruction. "whats our account
 * number" or "伦敦那个清关了吗" under the access-point chooser cannot (found by an outside tester, round 8 P2: six
 * questions in a row got the chooser again).
 */
export function answersDeliveryStep(text: string, parse: Parse, kept: Record<string, unknown>, locale: string): boolean {
  const t = localized(CHANGE_DELIVERY_TEXTS, locale);
  const state = kept as unknown as ChangeDeliveryState;
  if (changeKindIn(text, t) !== null || isAddress(text) || addressIn(text) !== null || parse.newAddress !== null) return true;
  if (statedPosition(text) !== null || (parse.dateRange !== null && parse.dateRole === 'requested')) return true;
  if (state.step !== 'value') return false;
  if (state.kind === 'reschedule') return parse.dateRange !== null || /\b\d{4}-\d{2}-\d{2}\b/.test(text);
  if (state.kind === 'instruction') return instructionIn(text) !== null;
  if (state.kind === 'access_point') return text.trim().toLowerCase() === t.nearestAccessPoint.toLowerCase();
  return false;
}

const say = (text: string, extra: Partial<Reply & { type: 'message' }> = {}): Reply => ({ type: 'message', text, ...extra });

/**
 * `change_delivery` on one parcel: correct the address, deliver another day, hold at an access point,
 * or leave the driver an instruction (store.deliveryInstructions) — only before delivery, only what the service allows (SERVICE_CHANGES), only for a user who
 * is not View-only. Asks what change and the new value, confirms, then records it in
 * store.deliveryChanges and says what happens next. Steps travel in continueWith/flowState.
 */
export async function runChangeDelivery(ctx: ParcelFlowContext, shipment: ShipmentRecord): Promise<ParcelFlowResult> {
  const t = localized(CHANGE_DELIVERY_TEXTS, ctx.locale);
  const n = shipment.trackingNumber;
  if (shipment.status === 'delivered') {
    return { replies: [say(t.delivered(n, formatDeliveryTime(shipment.deliveredAt ?? shipment.lastEventAt, shipment.destination, ctx.locale, ctx.timeZone)))] };
  }
  const allowed = changesAllowed(shipment.serviceCode);
  if (!allowed.length) return { replies: [say(t.serviceAllowsNone(n, shipment.serviceName))] };
  if (!ctx.roles.some((r) => DELIVERY_CHANGE_ROLES.includes(r))) {
    return { replies: [say(t.viewOnly(await adminNames({ store: ctx.store, accountNumber: shipment.accountNumber })))] };
  }

  const loaded = (ctx.flowState ?? null) as ChangeDeliveryState | null;
  // An address given in answer to "what do you want to change?" says both (found by an outside tester: it was asked again).
  const bareAddress = loaded?.step === 'kind' && isAddress(ctx.text);
  // "actually don't change it, just leave it with the concierge", "no, do change the address after all": another
  // kind named while one is under way is a change of mind; what was given for the earlier kind is kept for a way back.
  const named = loaded?.kind ? changeKindIn(ctx.text, t) : null;
  const switched = named !== null && named !== loaded?.kind;
  const given = { ...loaded?.given, ...(loaded?.kind && loaded.value ? { [loaded.kind]: loaded.value } : {}) };
  const state: ChangeDeliveryState | null = switched ? { step: 'value', kind: named, given } : loaded;
  // "deliver it on wednesday instead", "改到周四送": a day asked for the delivery, with no other change named, is another day.
  const dayAsked = ctx.parse?.dateRole === 'requested' && ctx.parse.dateRange !== null ? 'reschedule' : null;
  const kind = state?.kind ?? changeKindIn(ctx.text, t) ?? (bareAddress ? 'address' : dayAsked);
  if (kind && !allowed.includes(kind)) return { replies: [say(t.kindNotAllowed(n, shipment.serviceName, t.kinds[kind]))] };
  if (!kind) {
    return {
      replies: [say(t.askKind(n), { choices: allowed.map((k) => ({ label: t.kinds[k], value: t.kinds[k] })) })],
      continueWith: { step: 'kind' } satisfies ChangeDeliveryState,
    };
  }

  // The yes to "shall I change it?": record it and say what happens next.
  if (ctx.confirmed && state?.step === 'confirm' && state.value) return apply(ctx, shipment, kind, state.value, t);

  const offered = accessPointsFor(shipment.destination.city, shipment.destination.country);
  const latest = formatDate(addDays(zonedParts(ctx.now, ctx.timeZone), RESCHEDULE_MAX_DAYS));
  const tomorrow = formatDate(addDays(zonedParts(ctx.now, ctx.timeZone), 1));
  const answering = state?.step === 'value' || bareAddress;
  let value: string | null = null;
  let problem: string | null = null;
  if (kind === 'address') {
    // The parser's reading of the new address first ("it should go to 120 Bremner Blvd, Toronto"), then the flow's cues.
    const said = ctx.parse?.newAddress && isAddress(ctx.parse.newAddress) ? withPostalTail(ctx.text, ctx.parse.newAddress) : null;
    // An answer may say more than the address ("it should go to 500 Main St, …"): the address in it first, else the whole answer.
    const found = said ?? addressIn(ctx.text);
    value = answering ? (found ?? (isAddress(ctx.text) ? ctx.text.trim() : null)) : found;
    // "change it after all": the address given before the change of mind.
    if (!value && switched && given.address) value = given.address;
    if (answering && !value && !switched) problem = t.badAddress;
  } else if (kind === 'reschedule') {
    const day = deliveryDayIn(ctx);
    value = day && day >= tomorrow && day <= latest ? day : null;
    if (day && !value) problem = t.badDate(formatLocalDate(latest, ctx.locale));
  } else if (kind === 'instruction') {
    // An answer to "what should the driver do?" is the instruction, whatever words it uses.
    const plain = ctx.text.replace(/\s+/g, ' ').trim();
    value = instructionIn(ctx.text) ?? (answering && plain.length >= 2 ? plain.slice(0, INSTRUCTION_MAX_LENGTH) : null);
  } else {
    value = answering ? (accessPointIn(ctx.text, offered, t)?.id ?? null) : offered.length === 1 ? offered[0]!.id : null;
  }

  // A value a correction gave ("sorry i meant the first one" carries the day asked; "es el número 51") is proposed as it is.
  if (!value && state?.corrected && state.kind === kind && state.value) {
    value = state.value;
    problem = null;
  }
  if (!value) {
    const ask =
      kind === 'address'
        ? say(t.askAddress(n, shipment.recipient.address))
        : kind === 'reschedule'
          ? say(t.askDate(n))
          : kind === 'instruction'
            ? say(t.askInstruction(n))
            : say(t.askAccessPoint(n), { choices: offered.map((a) => ({ label: a.name || t.nearestAccessPoint, value: a.name || t.nearestAccessPoint })) });
    return { replies: problem ? [say(problem), ask] : [ask], continueWith: { step: 'value', kind, ...(Object.keys(given).length ? { given } : {}) } satisfies ChangeDeliveryState };
  }
  return {
    replies: [say(t.confirm[kind](n, shown(kind, value, offered, ctx.locale, t)), { choices: t.confirmChoices })],
    awaitConfirmation: true,
    continueWith: { step: 'confirm', kind, value, ...(Object.keys(given).length ? { given } : {}) } satisfies ChangeDeliveryState,
  };
}

/** The value as the customer reads it: the address, the day, or the access point's name. */
function shown(kind: DeliveryRequestKind, value: string, offered: readonly AccessPoint[], locale: string, t: ChangeDeliveryTexts): string {
  if (kind === 'reschedule') return formatLocalDate(value, locale);
  if (kind === 'access_point') return offered.find((a) => a.id === value)?.name || t.nearestAccessPoint;
  return value;
}

/**
 * "what changes have i asked for on it?": the delivery changes and driver's instructions recorded for the parcel, in the
 * order asked, with their references; or that none were (outside tester, round 6 M10).
 */
export async function requestedChangesText(store: Store, shipment: ShipmentRecord, locale: string): Promise<string> {
  const t = localized(CHANGE_DELIVERY_TEXTS, locale);
  const { trackingNumber } = shipment;
  const offered = accessPointsFor(shipment.destination.city, shipment.destination.country);
  const changes = (await store.deliveryChanges.listForParcel(trackingNumber)).map((c) => ({
    at: c.createdAt,
    line: t.askedLine[c.kind](shown(c.kind, c.value, offered, locale, t), `DC-${String(c.id).padStart(6, '0')}`),
  }));
  const instructions = (await store.deliveryInstructions.listForParcel(trackingNumber)).map((i) => ({
    at: i.createdAt,
    line: t.askedLine.instruction(i.instruction, `DI-${String(i.id).padStart(6, '0')}`),
  }));
  const all = [...changes, ...instructions].sort((a, b) => a.at.localeCompare(b.at));
  return all.length ? t.asked(trackingNumber, all.map((c) => c.line)) : t.noneAsked(trackingNumber);
}

/** Records the confirmed change (checked again here, where it happens) and tells the customer what comes next. */
async function apply(ctx: ParcelFlowContext, shipment: ShipmentRecord, kind: DeliveryRequestKind, value: string, t: ChangeDeliveryTexts): Promise<ParcelFlowResult> {
  const requestedBy = ctx.speaker?.user.id ?? null;
  if (kind === 'instruction') {
    const given = await ctx.store.deliveryInstructions.create(
      { trackingNumber: shipment.trackingNumber, accountNumber: shipment.accountNumber, instruction: value, requestedBy },
      ctx.now.toISOString(),
    );
    const reference = `DI-${String(given.id).padStart(6, '0')}`;
    return { replies: [say(`${t.done.instruction(shipment.trackingNumber, value, reference)}${sentenceGap(ctx.locale)}${t.free}`)] };
  }
  const change = await ctx.store.deliveryChanges.create(
    { trackingNumber: shipment.trackingNumber, accountNumber: shipment.accountNumber, kind, value, requestedBy },
    ctx.now.toISOString(),
  );
  const reference = `DC-${String(change.id).padStart(6, '0')}`;
  const offered = accessPointsFor(shipment.destination.city, shipment.destination.country);
  const next = kind === 'address' ? t.noFee(REDELIVERY_WITHIN_HOURS) : kind === 'reschedule' ? t.free : t.holdDays(ACCESS_POINT_HOLD_DAYS);
  return { replies: [say(`${t.done[kind](shipment.trackingNumber, shown(kind, value, offered, ctx.locale, t), reference)}${sentenceGap(ctx.locale)}${next}`)] };
}

/** `change_delivery` as a parcel flow. */
export const changeDeliveryFlow: ParcelFlow = {
  intent: 'change_delivery',
  // Only a parcel still on its way can be redirected: "改发往迈阿密的包裹的地址" means the one not yet
  // delivered, not a date asked among the delivered ones (found by an outside tester).
  focus: { statuses: ['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception'] },
  newValueIn: addressIn,
  // "算了，不改了，放前台就行", "mejor no, que lo dejen en la recepción": another change named, not a bare no.
  changesMind: (text, kept, locale) => {
    const kind = (kept as unknown as ChangeDeliveryState).kind;
    const named = kind ? changeKindIn(text, localized(CHANGE_DELIVERY_TEXTS, locale)) : null;
    return named !== null && named !== kind;
  },
  answersStep: answersDeliveryStep,
  namesRequest: (text, parse) =>
    changeKindIn(text, localized(CHANGE_DELIVERY_TEXTS, parse.language)) !== null ||
    instructionIn(text) !== null ||
    parse.newAddress != null ||
    (parse.dateRole === 'requested' && parse.dateRange !== null),
  noneInFocus: (locale, count) => localized(CHANGE_DELIVERY_TEXTS, locale).noneChangeable(count),
  run: runChangeDelivery,
};
