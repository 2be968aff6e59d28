import type { CustomsState, ShipmentRecord, ShipmentStatus } from '../store/records.ts';
import type { ShipmentRepository, ShipmentSearch } from '../store/store.ts';
import { placeTimeZone } from '../geo/placeTimeZone.ts';
import { citiesMatching, cityMatch } from './metroAreas.ts';
import { normalizeTrackingNumber } from './trackingNumber.ts';
import { serviceCodesOf } from './serviceLevels.ts';
import type { ServiceLevel } from './serviceLevels.ts';

/** A place as the parser gives it: English name, ISO country; a country alone has name = country name. */
export interface PlaceQuery {
  name: string;
  country: string;
  /** True when the customer named a country, not a city. */
  isCountry?: boolean;
}

const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** The resolver's place for a parsed one: a place whose name is its country's name is a country. */
export function placeQueryOf(p: { name: string; country: string; isCountry?: boolean } | null | undefined): PlaceQuery | null {
  return p ? { name: p.name, country: p.country, isCountry: p.isCountry ?? COUNTRY_NAMES.of(p.country) === p.name } : null;
}

/** Whether a parcel's place is the one named: any city of a named country; a named city itself or its metro area. */
export function placeMatches(named: PlaceQuery | null, actual: { city: string; country: string }): boolean {
  if (!named) return true;
  if (named.country !== actual.country) return false;
  return named.isCountry === true || cityMatch(named.name, actual.city) !== null;
}

/** What the customer said about the parcel(s), already parsed. */
export interface ShipmentQuery {
  trackingNumbers: string[];
  /** Local dates, inclusive. */
  dateRange: { from: string; to: string } | null;
  origin: PlaceQuery | null;
  destination: PlaceQuery | null;
  /** Status words: delivered, not_delivered, stuck, exception, in_transit, returned, in_customs, held_in_customs, late. */
  statusHints: string[];
  /** The services named ("express", "ground"): only parcels sent with one of them fit (src/shipments/serviceLevels.ts). */
  serviceLevels?: readonly ServiceLevel[];
  /** What the dates are: when the parcels were sent (the default), or delivered ("delivered this week"). */
  datesOf?: 'shipping' | 'delivery';
  /**
   * Places a correction named ("不是纽约，是新泽西"): their own city only, since a metro neighbour is
   * most likely the place the customer just said it is not (found by an outside tester).
   */
  exactPlaces?: readonly ('origin' | 'destination')[];
  /** The parcels the request is usually about (a customs question: the parcels held in customs). */
  focus?: ParcelFocus;
  /** The conversation's clock, for `late` ("delayed": past the expected delivery); without it only exceptions are late. */
  now?: Date;
}

/**
 * The parcels a kind of request is usually about: "my package is stuck at customs" means the one held
 * in customs, not every parcel on its way. Among the parcels a description fits (or the account's
 * parcels when it gives nothing to go on), those in focus are the answer when there are any; when none
 * is, the description alone decides, as without a focus.
 */
export interface ParcelFocus {
  statuses: readonly ShipmentStatus[];
  customsStates?: readonly CustomsState[];
}

export type MatchReason =
  | { kind: 'tracking_number' }
  | { kind: 'date'; exact: boolean }
  | { kind: 'destination'; level: 'city' | 'metro' | 'country' }
  | { kind: 'origin'; level: 'city' | 'metro' | 'country' }
  | { kind: 'status'; hint: string }
  | { kind: 'service' }
  | { kind: 'focus' }
  | { kind: 'recent' };

export interface ShipmentMatch {
  shipment: ShipmentRecord;
  score: number;
  reasons: MatchReason[];
}

export interface ResolveResult {
  matches: ShipmentMatch[];
  /** When nothing matched: the closest shipments with one condition relaxed, never invented ones. */
  nearest: ShipmentMatch[];
  /** The nearest fit everything but were sent a day before or after the dates named. */
  nearDate?: boolean;
}

export interface ResolveOptions {
  /** Customers often name the drop-off day while the label was made a day earlier (or later). */
  toleranceDays: number;
  /** With nothing to go on, how many of the most recent shipments to list. */
  recentLimit: number;
  /** How many candidates to read from the store at most. */
  candidateLimit: number;
}

export const RESOLVE_DEFAULTS: Readonly<ResolveOptions> = Object.freeze({ toleranceDays: 1, recentLimit: 5, candidateLimit: 500 });

/** The longest a parcel is on its way: one delivered in the dates named was sent at most this many days before. */
const LONGEST_TRANSIT_DAYS = 60;

/** Every status but delivered: the parcels still on their way (or not yet sent). */
export const NOT_DELIVERED: readonly ShipmentStatus[] = ['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception'];

const STATUS_HINTS: Readonly<Record<string, readonly ShipmentStatus[]>> = Object.freeze({
  delivered: ['delivered'],
  not_delivered: NOT_DELIVERED,
  stuck: ['in_transit', 'exception', 'picked_up'],
  exception: ['exception'],
  in_transit: ['picked_up', 'in_transit', 'out_for_delivery'],
  out_for_delivery: ['out_for_delivery'],
  // Damage found on the way is reported as an exception; found on opening, after delivery.
  damaged: ['exception', 'delivered'],
  in_customs: NOT_DELIVERED,
  held_in_customs: NOT_DELIVERED,
  late: NOT_DELIVERED,
});

/** Hints that also say where the parcel is with customs: "in customs" is a parcel not yet cleared. */
/** "Held in customs" with none held: the parcels still waiting for clearance are the closest answer, so both allow all three. */
const NOT_CLEARED: readonly CustomsState[] = ['pending', 'in_review', 'held'];
const CUSTOMS_HINTS: Readonly<Record<string, readonly CustomsState[]>> = Object.freeze({ in_customs: NOT_CLEARED, held_in_customs: NOT_CLEARED });
/** The customs state that fits a hint best, ranked first: a parcel held for "stuck in customs". */
const BEST_CUSTOMS_FIT: Readonly<Record<string, CustomsState>> = Object.freeze({ in_customs: 'held', held_in_customs: 'held' });
/**
 * Hints that name a whole class of parcels ("the ones in customs"): all of it is the answer, and the
 * request's usual focus (the parcel held in customs) does not narrow it; "held in customs" keeps it.
 */
const WHOLE_CLASS_HINTS: ReadonlySet<string> = new Set(['in_customs']);

/** The status that fits a hint best, ranked first among those it allows: a damage scan for "arrived damaged". */
const BEST_FIT: Readonly<Record<string, ShipmentStatus>> = Object.freeze({ damaged: 'exception' });

/**
 * Finds the shipments on one account that fit what the customer said, ranked, each with the reason
 * it matched. Scoped to `accountNumber` in every query: another account's parcel is never a match,
 * not even by tracking number.
 */
export async function resolveShipments(
  shipments: ShipmentRepository,
  accountNumber: string,
  query: ShipmentQuery,
  options: ResolveOptions = RESOLVE_DEFAULTS,
): Promise<ResolveResult> {
  if (query.trackingNumbers.length) {
    const found: ShipmentMatch[] = [];
    for (const raw of query.trackingNumbers) {
      const s = await shipments.byTrackingNumber(normalizeTrackingNumber(raw));
      if (s && s.accountNumber === accountNumber) found.push({ shipment: s, score: 100, reasons: [{ kind: 'tracking_number' }] });
    }
    return { matches: found, nearest: [] };
  }

  const hasConditions = query.dateRange || query.origin || query.destination || query.statusHints.length || query.serviceLevels?.length;
  if (!hasConditions && query.focus) {
    const inFocus = (await shipments.search({ accountNumber, statuses: [...query.focus.statuses], limit: options.candidateLimit })).filter((s) => fits(s, query.focus!));
    if (inFocus.length) return { matches: inFocus.slice(0, options.recentLimit).map((s) => ({ shipment: s, score: 1, reasons: [{ kind: 'focus' }] })), nearest: [] };
  }
  if (!hasConditions) {
    const recent = await shipments.search({ accountNumber, limit: options.recentLimit });
    return { matches: recent.map((s) => ({ shipment: s, score: 0, reasons: [{ kind: 'recent' }] })), nearest: [] };
  }

  const found = await scoredSearch(shipments, accountNumber, query, options);
  // A day either side is only a near miss: the parcels sent on the day named are the answer when there are any.
  const exact = heldWhenAny(found.filter((m) => m.reasons.every((r) => r.kind !== 'date' || r.exact)), query);
  const wholeClass = query.statusHints.some((h) => WHOLE_CLASS_HINTS.has(h));
  if (exact.length) return { matches: focused(exact, wholeClass ? undefined : query.focus), nearest: [] };
  if (found.length) return { matches: [], nearest: found.slice(0, 3), nearDate: true };
  return { matches: [], nearest: await nearestMatches(shipments, accountNumber, query, options) };
}

/**
 * `resolveShipments` on each of several accounts of one speaker, as one answer: the matches of all, ranked
 * together (the most recent when nothing was described), else the closest of all. Each account is
 * searched on its own, so every match still belongs to one of `accountNumbers`.
 */
export async function resolveOnAccounts(
  shipments: ShipmentRepository,
  accountNumbers: readonly string[],
  query: ShipmentQuery,
  options: ResolveOptions = RESOLVE_DEFAULTS,
): Promise<ResolveResult> {
  if (accountNumbers.length === 1) return resolveShipments(shipments, accountNumbers[0]!, query, options);
  const each = await Promise.all(accountNumbers.map((n) => resolveShipments(shipments, n, query, options)));
  const matches = each.flatMap((r) => r.matches).sort(byScoreThenRecent);
  if (matches.length) {
    const recent = matches.every((m) => m.reasons.every((r) => r.kind === 'recent'));
    return { matches: recent ? matches.slice(0, options.recentLimit) : matches, nearest: [] };
  }
  const nearest = each.flatMap((r) => r.nearest).sort(byScoreThenRecent).slice(0, 3);
  return { matches: [], nearest, ...(each.some((r) => r.nearDate) ? { nearDate: true } : {}) };
}

async function scoredSearch(
  shipments: ShipmentRepository,
  accountNumber: string,
  query: ShipmentQuery,
  options: ResolveOptions,
): Promise<ShipmentMatch[]> {
  const search: ShipmentSearch = { accountNumber, limit: options.candidateLimit };
  if (query.dateRange) {
    // Delivered in the dates named: sent before them, up to the longest transit.
    const before = query.datesOf === 'delivery' ? LONGEST_TRANSIT_DAYS : options.toleranceDays;
    search.shipDateFrom = shiftDate(query.dateRange.from, -before);
    search.shipDateTo = shiftDate(query.dateRange.to, options.toleranceDays);
  }
  // Countries narrow in SQL (indexed); cities are matched here so a metro area counts.
  if (query.destination) search.destinationCountry = query.destination.country;
  if (query.origin) search.originCountry = query.origin.country;
  const statuses = statusesFor(query.statusHints);
  if (statuses) search.statuses = statuses;
  const services = serviceCodesOf(query.serviceLevels);
  if (services) search.serviceCodes = services;

  let found = await shipments.search(search);
  // A busy account fills the candidates with the window's other parcels (a VIP account sends hundreds
  // a day to one country): narrowed to the named days and cities in SQL, a count is not cut short.
  if (found.length >= options.candidateLimit) found = await shipments.search(narrowed(search, query));
  const scored: ShipmentMatch[] = [];
  for (const s of found) {
    const m = score(s, query);
    if (m) scored.push(m);
  }
  return scored.sort(byScoreThenRecent);
}

/**
 * How many more candidates the narrowed search takes than the first: a VIP account's one day (792 parcels) still
 * fills the first limit, and its 4 exceptions or its count were cut at 500 (found by an outside tester).
 */
const NARROWED_LIMIT_FACTOR = 20;

/** The search with the exact days named (no tolerance) and the named cities' names: for when the first one came back full. */
function narrowed(search: ShipmentSearch, query: ShipmentQuery): ShipmentSearch {
  const narrow: ShipmentSearch = { ...search, ...(search.limit ? { limit: search.limit * NARROWED_LIMIT_FACTOR } : {}) };
  if (query.dateRange && query.datesOf !== 'delivery') {
    narrow.shipDateFrom = query.dateRange.from;
    narrow.shipDateTo = query.dateRange.to;
  }
  if (query.destination && !query.destination.isCountry) narrow.destinationCities = citiesMatching(query.destination.name);
  if (query.origin && !query.origin.isCountry) narrow.originCities = citiesMatching(query.origin.name);
  return narrow;
}

function score(s: ShipmentRecord, q: ShipmentQuery): ShipmentMatch | null {
  const reasons: MatchReason[] = [];
  let total = 0;
  if (q.dateRange) {
    const day = q.datesOf === 'delivery' ? deliveryDay(s) : s.shipDate;
    if (!day) return null;
    const exact = day >= q.dateRange.from && day <= q.dateRange.to;
    reasons.push({ kind: 'date', exact });
    total += exact ? 3 : 1;
  }
  for (const role of ['destination', 'origin'] as const) {
    const named = q[role];
    if (!named) continue;
    const actual = role === 'destination' ? s.destination : s.origin;
    if (named.isCountry) {
      reasons.push({ kind: role, level: 'country' });
      total += 2;
      continue;
    }
    const match = cityMatch(named.name, actual.city);
    if (!match || (match === 'metro' && q.exactPlaces?.includes(role))) return null;
    reasons.push({ kind: role, level: match === 'exact' ? 'city' : 'metro' });
    total += match === 'exact' ? 3 : 2.5;
  }
  const services = serviceCodesOf(q.serviceLevels);
  if (services) {
    if (!services.includes(s.serviceCode)) return null;
    reasons.push({ kind: 'service' });
    total += 1;
  }
  for (const hint of q.statusHints) {
    if (hint === 'late' && !isLate(s, q.now)) return null;
    const customs = CUSTOMS_HINTS[hint];
    if (customs && !customs.includes(s.customsState)) return null;
    if (customs && BEST_CUSTOMS_FIT[hint] === s.customsState) total += 0.5;
    if (statusesFor([hint])?.includes(s.status)) {
      reasons.push({ kind: 'status', hint });
      total += BEST_FIT[hint] === s.status ? 1.5 : 1;
    }
  }
  return { shipment: s, score: total, reasons };
}

/** Relaxes one condition at a time (date, then one place, then both, then status, then service) and keeps what is closest. */
async function nearestMatches(
  shipments: ShipmentRepository,
  accountNumber: string,
  query: ShipmentQuery,
  options: ResolveOptions,
): Promise<ShipmentMatch[]> {
  const relaxations: ShipmentQuery[] = [];
  // One place named in the other role first: "el paquete de Ciudad de México" may be the one going there. A place the
  // parcel went to ("el envío a Barcelona de la semana pasada") is kept before the date: the nearest are parcels to it
  // on other days, not one from it (found by an outside tester).
  const swapped = (query.origin === null) !== (query.destination === null) ? { ...query, origin: query.destination, destination: query.origin } : null;
  if (swapped && query.origin) relaxations.push(swapped);
  if (query.dateRange && (query.origin || query.destination)) relaxations.push({ ...query, dateRange: null });
  if (swapped && query.destination) relaxations.push(swapped);
  // One of two places wrong ("from Guangzhou to Madrid" when it left Shanghai): the other place and the date still hold.
  if (query.origin && query.destination) relaxations.push({ ...query, origin: null }, { ...query, destination: null });
  // A city none of the account's parcels went to ("to Lyon", "寄往大阪"): the parcels to its country (the date kept, then
  // not) are closer than the period's parcels to anywhere (a spot check offered Sydney and Toronto for Lyon).
  if (query.destination && !query.destination.isCountry) {
    const country = { name: COUNTRY_NAMES.of(query.destination.country) ?? query.destination.country, country: query.destination.country, isCountry: true };
    relaxations.push({ ...query, destination: country });
    if (query.dateRange) relaxations.push({ ...query, destination: country, dateRange: null });
  }
  if (query.origin || query.destination) relaxations.push({ ...query, origin: null, destination: null });
  if (query.statusHints.length) relaxations.push({ ...query, statusHints: [] });
  // The service last, as the status: a parcel of another service is not offered as if it were of the one named.
  if (query.serviceLevels?.length) relaxations.push({ ...query, serviceLevels: [] }, { ...query, serviceLevels: [], statusHints: [] });
  for (const relaxed of relaxations) {
    if (!relaxed.dateRange && !relaxed.origin && !relaxed.destination && !relaxed.statusHints.length && !relaxed.serviceLevels?.length) continue;
    const found = await scoredSearch(shipments, accountNumber, relaxed, options);
    if (found.length) return found.slice(0, 3);
  }
  return [];
}

/**
 * "Stuck in customs", "retenido en aduana", "海关扣": the parcels customs holds, when there are any
 * (whatever else the message asks, "anything …?" too); else those still waiting for clearance are the closest.
 */
function heldWhenAny(matches: ShipmentMatch[], query: ShipmentQuery): ShipmentMatch[] {
  if (!query.statusHints.includes('held_in_customs')) return matches;
  const held = matches.filter((m) => m.shipment.customsState === 'held');
  return held.length ? held : matches;
}

/** The matches in focus, when there are any (each with the reason); otherwise all of them. */
function focused(matches: ShipmentMatch[], focus: ParcelFocus | undefined): ShipmentMatch[] {
  if (!focus) return matches;
  const inFocus = matches.filter((m) => fits(m.shipment, focus));
  return inFocus.length ? inFocus.map((m) => ({ ...m, reasons: [...m.reasons, { kind: 'focus' as const }] })) : matches;
}

/**
 * "Delayed", "延误", "retrasado": a parcel in exception, or not delivered and past its expected delivery
 * at `now` (the conversation's clock, never the machine's).
 */
export function isLate(s: Pick<ShipmentRecord, 'status' | 'estimatedDelivery'>, now: Date | undefined): boolean {
  if (!NOT_DELIVERED.includes(s.status)) return false;
  if (s.status === 'exception') return true;
  return now !== undefined && s.estimatedDelivery !== null && Date.parse(s.estimatedDelivery) < now.getTime();
}

/** Whether a parcel is one a kind of request is usually about (its focus). */
export function fitsFocus(s: ShipmentRecord, focus: ParcelFocus): boolean {
  return fits(s, focus);
}

function fits(s: ShipmentRecord, focus: ParcelFocus): boolean {
  return focus.statuses.includes(s.status) && (!focus.customsStates || focus.customsStates.includes(s.customsState));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) a parcel was delivered, where it was delivered (UTC when its zone is unknown); null when not delivered. */
export function deliveryDay(s: Pick<ShipmentRecord, 'deliveredAt' | 'destination'>): string | null {
  if (!s.deliveredAt) return null;
  const zone = placeTimeZone(s.destination.city, s.destination.country);
  if (!zone) return s.deliveredAt.slice(0, 10);
  let format = dayFormats.get(zone);
  if (!format) dayFormats.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(new Date(s.deliveredAt));
}

function statusesFor(hints: string[]): ShipmentStatus[] | undefined {
  const sets = hints.map((h) => STATUS_HINTS[h]).filter((s): s is readonly ShipmentStatus[] => !!s);
  if (!sets.length) return undefined;
  return [...new Set(sets.flat())];
}

function byScoreThenRecent(a: ShipmentMatch, b: ShipmentMatch): number {
  return b.score - a.score || (a.shipment.shipDate < b.shipment.shipDate ? 1 : a.shipment.shipDate > b.shipment.shipDate ? -1 : 0);
}

/** YYYY-MM-DD plus `days` (calendar arithmetic, no zone involved). */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
