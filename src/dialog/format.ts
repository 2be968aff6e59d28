/**
 * Dates and times for the customer's locale. A carrier states a time on the clock of the place it
 * happened (a scan's place, the destination for a delivery), naming that place when its clock is not
 * the customer's.
 */
import { placeTimeZone } from '../geo/placeTimeZone.ts';
import { dateTimeFormat } from '../locale/index.ts';
import { zonedParts } from '../nlu/text/timeZone.ts';
import type { PlaceRecord } from '../store/records.ts';
import { localCityName } from './placeNames.ts';
import { textsFor } from './texts/index.ts';

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  });
}

/** "Tue, 3 Mar 2026, 14:05" in the given zone; an instant in ISO-8601. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, true).format(new Date(iso));
}

/**
 * How a time on another clock names it: by the city (a delivery: "Toronto time"), as local time (a
 * scan, whose place is said beside it), or by the zone (a place the viewer may not be shown: "Eastern Time").
 */
export type ClockName = { city: string } | 'local' | 'zone';

/** The clock a time is shown on: a place's zone and how to name it. */
export interface PlaceClock {
  /** The place's IANA zone; null when unknown, and the time is shown on the customer's clock. */
  timeZone: string | null;
  name: ClockName;
}

/** The clock of a city: its zone, named by the city in the customer's language. */
export function cityClock(place: PlaceRecord, locale: string): PlaceClock {
  return { timeZone: placeTimeZone(place.city, place.country), name: { city: localCityName(place.city, place.country, locale) } };
}

/**
 * An instant as the clock at `clock`'s place showed it, with the place named when its clock differs
 * from the customer's (`viewerZone`) at that instant: "Wed, 9 Dec 2026, 19:00 Toronto time",
 * "多伦多时间 2026年12月9日周三 19:00", "mié, 9 dic 2026, 19:00 (hora de Toronto)". The same wall
 * time needs no name, whatever the zones are called.
 */
export function formatPlaceTime(iso: string, locale: string, clock: PlaceClock, viewerZone: string): string {
  const zone = clock.timeZone;
  if (!zone) return formatDateTime(iso, locale, viewerZone);
  const at = new Date(iso);
  const time = formatter(locale, zone, true).format(at);
  if (zonedParts(at, zone).offsetMinutes === zonedParts(at, viewerZone).offsetMinutes) return time;
  const t = textsFor(locale).localTime;
  return clock.name === 'local' ? t.local(time) : clock.name === 'zone' ? t.zone(time, zoneName(locale, zone, at)) : t.place(time, clock.name.city);
}

/** A delivery time (ETA, delivered at) on the destination's clock. */
export function formatDeliveryTime(iso: string, destination: PlaceRecord, locale: string, viewerZone: string): string {
  return formatPlaceTime(iso, locale, cityClock(destination, locale), viewerZone);
}

/** A scan's time on the clock of the place it was scanned, said beside it: "local time". */
export function formatScanTime(scan: PlaceRecord & { at: string }, locale: string, viewerZone: string): string {
  return formatPlaceTime(scan.at, locale, { timeZone: placeTimeZone(scan.city, scan.country), name: 'local' }, viewerZone);
}

/** Intl's generic name of a zone: "Eastern Time", "北美东部时间", "hora oriental". */
function zoneName(locale: string, timeZone: string, at: Date): string {
  return dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** A local calendar date (YYYY-MM-DD) as the customer writes dates; no zone shift. */
export function formatLocalDate(date: string, locale: string): string {
  return formatter(locale, 'UTC', false).format(new Date(`${date}T12:00:00Z`));
}

/** A local calendar date, short: "18 Mar", "3月18日", "18 mar". */
export function formatShortDate(date: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${date}T12:00:00Z`));
}
