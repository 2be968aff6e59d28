/**
 * The oracle: which parcels a search means, computed straight from the generated records with a plain
 * filter (ship date, origin, destination, delivered or not). It shares nothing with the product's
 * resolver, on purpose: it is the independent answer the dialog is judged against.
 */
import { cityByKey } from '../../demo/cities.ts';
import type { ShipmentRecord } from '../../store/records.ts';
import type { DateSlot, PlaceSlot, Query, StatusSlot } from './types.ts';

const MS_PER_DAY = 86_400_000;

/** The local calendar date (YYYY-MM-DD) at `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): string {
  let format = FORMATS.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATS.set(timeZone, format);
  }
  return format.format(at);
}
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Monday of the week holding `date` (weeks start on Monday, as in zh 上周 and es "la semana pasada"). */
function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/**
 * Every reading a date phrase has on `today`, each a set of local dates. Most phrases have one;
 * "last Tuesday" (the latest Tuesday before today, or Tuesday of last week) and "last week" (the
 * calendar week before this one, or the past seven days) have several, and the generator keeps them
 * only where all readings find the same parcels.
 */
export function dateReadings(slot: DateSlot, today: string): string[][] {
  switch (slot.kind) {
    case 'today':
      return [[today]];
    case 'yesterday':
      return [[addDays(today, -1)]];
    case 'daysAgo':
      return [[addDays(today, -slot.n)]];
    case 'explicit':
    case 'dayOfMonth':
      return [[slot.date]];
    case 'weekday': {
      const back = (weekdayOf(today) - slot.weekday + 7) % 7 || 7;
      const lastWeekMonday = addDays(mondayOf(today), -7);
      return [[addDays(today, -back)], [addDays(lastWeekMonday, (slot.weekday + 6) % 7)]];
    }
    case 'lastWeek': {
      const monday = addDays(mondayOf(today), -7);
      return [range(monday, addDays(monday, 6)), range(addDays(today, -7), addDays(today, -1)), range(addDays(today, -6), today)];
    }
  }
}

function placeName(p: PlaceSlot): string {
  return p.kind === 'country' ? p.code : cityByKey(p.key).name;
}

function placeFits(place: { city: string; country: string }, slot: PlaceSlot): boolean {
  return slot.kind === 'country' ? place.country === slot.code : place.city === cityByKey(slot.key).name;
}

function statusFits(s: ShipmentRecord, status: StatusSlot): boolean {
  return status === 'delivered' ? s.status === 'delivered' : s.status !== 'delivered';
}

/** A parcel's ship date as one reading sees it: the origin's local date (the record's), or another. */
export type DateOf = (s: ShipmentRecord) => string;

const originDate: DateOf = (s) => s.shipDate;

/** The parcels of `shipments` that fit `query` with its date read as `dates` (any date if none). */
export function filterShipments(shipments: readonly ShipmentRecord[], query: Query, dates: readonly string[] | null, dateOf: DateOf = originDate): ShipmentRecord[] {
  return shipments.filter(
    (s) =>
      (dates === null || dates.includes(dateOf(s))) &&
      (!query.origin || placeFits(s.origin, query.origin)) &&
      (!query.destination || placeFits(s.destination, query.destination)) &&
      (!query.status || statusFits(s, query.status)),
  );
}

/**
 * The tracking numbers (sorted) that `query` means among one account's `shipments` on `today` (the
 * customer's local date), or null when the readings disagree about them: the date phrase's readings,
 * each against the ship date at the origin (the record's) and, when given, `customerDateOf` (the
 * day the label was made in the customer's own zone, which differs for a customer far from the origin).
 */
export function expectedParcels(shipments: readonly ShipmentRecord[], query: Query, today: string, customerDateOf?: DateOf): string[] | null {
  const readings = query.date ? dateReadings(query.date, today) : [null];
  const dateOfs = customerDateOf && query.date ? [originDate, customerDateOf] : [originDate];
  let answer: string[] | null = null;
  for (const dates of readings) {
    for (const dateOf of dateOfs) {
      const found = filterShipments(shipments, query, dates, dateOf).map((s) => s.trackingNumber).sort();
      if (answer !== null && answer.join() !== found.join()) return null;
      answer = found;
    }
  }
  return answer;
}

/** A search in words, as the oracle reads it on `today`: "5W8A3K: sent 2026-03-10, to Seattle, not delivered". */
export function describeSearch(account: string, query: Query, today: string): string {
  const parts: string[] = [];
  if (query.date) {
    const dates = dateReadings(query.date, today)[0]!;
    parts.push(`sent ${dates.length === 1 ? dates[0] : `${dates[0]}..${dates[dates.length - 1]}`} (${query.date.kind})`);
  }
  if (query.origin) parts.push(`from ${placeName(query.origin)}`);
  if (query.destination) parts.push(`to ${placeName(query.destination)}`);
  if (query.status) parts.push(query.status === 'delivered' ? 'delivered' : 'not delivered');
  return `${account}: ${parts.join(', ')}`;
}

/** How the parcels shown differ from the oracle's answer: the slots each extra parcel breaks, and the missing ones. */
export interface Difference {
  extra: { trackingNumber: string; slots: ('date' | 'origin' | 'destination' | 'status' | 'account')[]; facts: string[] }[];
  missing: string[];
}

export function differenceFrom(shipments: readonly ShipmentRecord[], query: Query, today: string, expected: readonly string[], shown: readonly string[]): Difference {
  const dates = query.date ? dateReadings(query.date, today)[0]! : null;
  const extra: Difference['extra'] = [];
  for (const t of shown) {
    if (expected.includes(t)) continue;
    const s = shipments.find((p) => p.trackingNumber === t);
    if (!s) {
      extra.push({ trackingNumber: t, slots: ['account'], facts: ['not on this account'] });
      continue;
    }
    const e: Difference['extra'][number] = { trackingNumber: t, slots: [], facts: [] };
    const add = (slot: Difference['extra'][number]['slots'][number], fact: string): void => {
      e.slots.push(slot);
      e.facts.push(fact);
    };
    if (dates && !dates.includes(s.shipDate)) add('date', `sent ${s.shipDate}`);
    if (query.origin && !placeFits(s.origin, query.origin)) add('origin', `from ${s.origin.city}, not ${placeName(query.origin)}`);
    if (query.destination && !placeFits(s.destination, query.destination)) add('destination', `to ${s.destination.city}, not ${placeName(query.destination)}`);
    if (query.status && !statusFits(s, query.status)) add('status', s.status);
    extra.push(e);
  }
  return { extra, missing: expected.filter((t) => !shown.includes(t)) };
}

/** "extra 1Z… (sent 2026-02-28); missing 1Z…"; empty when nothing differs. */
export function formatDifference(d: Difference): string {
  return [...d.extra.map((e) => `extra ${e.trackingNumber} (${e.facts.join('; ') || 'fits'})`), ...d.missing.map((t) => `missing ${t}`)].join('; ');
}
