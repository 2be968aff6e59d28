import { ARRIVAL_DATE_ROLES, type Parse, type Place } from '../../nlu/types.ts';
import type { QueryContext, SlotName, SlotSource } from '../state.ts';

/** The slots of a parcel description, in the order a correction names them. */
export const SLOT_NAMES: readonly SlotName[] = Object.freeze(['dateRange', 'origin', 'destination', 'statusHints', 'serviceLevels']);

export const EMPTY_QUERY: QueryContext = Object.freeze({ dateRange: null, origin: null, destination: null, statusHints: [], sources: {} }) as QueryContext;

/** True when the slot holds something. */
export function hasSlot(q: QueryContext, slot: SlotName): boolean {
  if (slot === 'serviceLevels') return (q.serviceLevels?.length ?? 0) > 0;
  return slot === 'statusHints' ? q.statusHints.length > 0 : q[slot] !== null;
}

export function hasConditions(q: QueryContext): boolean {
  return SLOT_NAMES.some((s) => hasSlot(q, s));
}

/** Where each filled slot came from, for a description made of this message alone. */
function sourcesOf(q: Omit<QueryContext, 'sources'>, source: SlotSource): QueryContext['sources'] {
  const sources: QueryContext['sources'] = {};
  for (const slot of SLOT_NAMES) if (hasSlot(q as QueryContext, slot)) sources[slot] = source;
  return sources;
}

/** The description this message gives, every slot from this message; null when it describes nothing. */
export function frameOfMessage(parse: Parse): QueryContext | null {
  const services = parse.serviceLevels ?? [];
  // "is it gonna make it today?": the day it is expected, asked of its estimate, is no ship date.
  const q = { dateRange: parse.dateRole && ARRIVAL_DATE_ROLES.has(parse.dateRole) ? null : parse.dateRange, origin: parse.origin, destination: parse.destination, statusHints: [...parse.statusHints], ...(services.length ? { serviceLevels: [...services] } : {}) };
  // "Delivered this week": the message's dates are when its one status, delivered, happened.
  const deliveryDates = parse.dateRole === 'delivered' && parse.dateRange !== null && q.statusHints.length > 0 && q.statusHints.every((h) => h === 'delivered');
  const frame: QueryContext = { ...q, ...(deliveryDates ? { datesOf: 'delivery' as const } : {}), sources: sourcesOf(q, 'message') };
  return hasConditions(frame) ? frame : null;
}

/**
 * The description a follow-up gives: as `frameOfMessage`, except that a place named by a loose cue
 * ("y el de México?" after "¿dónde está mi paquete a Berlín?") takes the role the previous question
 * used for its one place, as "and the one to London?" does in English.
 */
export function followUpFrame(parse: Parse, previous: QueryContext | null): QueryContext | null {
  const said = frameOfMessage(parse);
  if (!said || !parse.looseOrigin || !previous || said.destination || !said.origin) return said;
  if (!previous.destination || previous.origin) return said;
  const sources = { ...said.sources, destination: said.sources.origin! };
  delete sources.origin;
  return { ...said, origin: null, destination: said.origin, sources };
}

/** The message asks a fact of its own about the parcels it describes ("when does it arrive?", "who signed for it?"). */
export function asksOwnQuestion(parse: Parse): boolean {
  return (parse.asks?.length ?? 0) > 0;
}

/**
 * A refinement keeps the current description and adds or replaces what this message says: "and the
 * one to Paris?" replaces the destination, "only the delivered ones" adds a status. Kept slots are
 * marked as coming from an earlier message.
 */
export function refineFrame(current: QueryContext, said: QueryContext, ownQuestion = false): QueryContext {
  const out: QueryContext = { ...current, sources: {} };
  // Another parcel described by its place and its own day ("and what about the one to london that left yesterday"
  // after "anything out for delivery today?") is not held to the status the last question asked about (found by an
  // outside tester: none out for delivery there, the nearest offered instead); nor is one described by its place with
  // a question of its own ("and the tokyo parcel, when does it arrive?" after "are any of them late": outside check,
  // session 19, "no parcel late to Tokyo").
  const place = said.origin !== null || said.destination !== null;
  const anotherParcel = place && (said.dateRange !== null || ownQuestion) && !said.statusHints.length;
  if (anotherParcel) out.statusHints = [];
  for (const slot of SLOT_NAMES) {
    if (hasSlot(said, slot)) {
      (out as Record<SlotName, unknown>)[slot] = said[slot];
      out.sources[slot] = 'message';
      // New dates say themselves what they are (sent, unless delivered).
      if (slot === 'dateRange') {
        if (said.datesOf) out.datesOf = said.datesOf;
        else delete out.datesOf;
      }
    } else if (hasSlot(current, slot)) {
      out.sources[slot] = 'earlier';
    }
  }
  return out;
}

/**
 * The same description without what earlier messages contributed (or only the earlier `slots` named):
 * tried when the whole finds nothing. Null when nothing would be dropped or nothing would be left.
 */
export function withoutEarlierSlots(q: QueryContext, slots: readonly SlotName[] = SLOT_NAMES): QueryContext | null {
  const out: QueryContext = { ...q, statusHints: [...q.statusHints], sources: { ...q.sources } };
  let dropped = false;
  for (const slot of slots) {
    if (q.sources[slot] !== 'earlier') continue;
    dropped = true;
    if (slot === 'statusHints') out.statusHints = [];
    else if (slot === 'serviceLevels') delete out.serviceLevels;
    else out[slot] = null;
    if (slot === 'dateRange') delete out.datesOf;
    delete out.sources[slot];
  }
  return dropped && hasConditions(out) ? out : null;
}

export interface Correction {
  frame: QueryContext;
  /** The slots this message changed, for saying so. */
  changed: SlotName[];
}

const samePlace = (a: Place | null, b: Place) => !!a && a.name === b.name && a.country === b.country;

/**
 * A correction replaces exactly the slots it names and keeps the rest. A place said to be wrong
 * ("not Shanghai, Shenzhen") gives its role to the right one; a bare place takes the role of the
 * place it most likely corrects (the destination unless only an origin was given).
 */
export function correctFrame(current: QueryContext, parse: Parse): Correction | null {
  const out: QueryContext = { ...current, statusHints: [...current.statusHints], sources: {} };
  for (const slot of SLOT_NAMES) if (hasSlot(current, slot)) out.sources[slot] = 'earlier';
  const changed: SlotName[] = [];
  const set = <K extends SlotName>(slot: K, value: QueryContext[K]) => {
    out[slot] = value;
    out.sources[slot] = 'message';
    if (!changed.includes(slot)) changed.push(slot);
  };
  const negated = parse.negatedPlaces ?? [];
  const bare = parse.places?.[0] ?? null;
  if (parse.dateRange) {
    set('dateRange', parse.dateRange);
    if (parse.dateRole !== 'delivered') delete out.datesOf;
  }
  if (parse.statusHints.length) set('statusHints', [...parse.statusHints]);
  if (parse.serviceLevels?.length) set('serviceLevels', [...parse.serviceLevels]);
  if (parse.origin) set('origin', parse.origin);
  if (parse.destination && !(bare && samePlace(parse.destination, bare) && negated.length)) set('destination', parse.destination);
  const right = bare && !changed.includes('origin') && !changed.includes('destination') ? bare : null;
  if (right) {
    const wrongOrigin = negated.some((n) => samePlace(current.origin, n));
    const wrongDestination = negated.some((n) => samePlace(current.destination, n));
    if (wrongOrigin) set('origin', right);
    else if (wrongDestination) set('destination', right);
    else if (current.origin && !current.destination) set('origin', right);
    else set('destination', right);
  } else if (negated.length && !changed.length) {
    // "not Shanghai" with nothing instead: the wrong place is dropped.
    if (negated.some((n) => samePlace(current.origin, n))) set('origin', null);
    if (negated.some((n) => samePlace(current.destination, n))) set('destination', null);
  }
  if (!changed.length) return null;
  // "actually I meant the one from Paris" after "the one to Paris": the place changes its role, it is
  // not both ends of the parcel's route.
  const movedTo = (slot: 'origin' | 'destination', other: 'origin' | 'destination') =>
    changed.includes(slot) && !changed.includes(other) && out[slot] && samePlace(current[other], out[slot]!);
  if (movedTo('origin', 'destination')) set('destination', null);
  else if (movedTo('destination', 'origin')) set('origin', null);
  for (const slot of changed) if (!hasSlot(out, slot)) delete out.sources[slot];
  return { frame: out, changed };
}

/**
 * What to search when a refinement finds nothing. One that replaces a slot ("and the one to Paris?")
 * is about another parcel, so what it kept may not apply: the earlier date goes first, then every
 * earlier slot. One that only adds ("only the delivered ones") narrows: nothing fitting is the answer.
 */
export function refinementFallback(current: QueryContext, said: QueryContext, refined: QueryContext): QueryContext | null {
  const replaces = SLOT_NAMES.some((slot) => hasSlot(current, slot) && hasSlot(said, slot));
  if (!replaces) return null;
  return withoutEarlierSlots(refined, ['dateRange']) ?? withoutEarlierSlots(refined);
}
