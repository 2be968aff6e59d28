/**
 * Times on a place's clock. A carrier states a time on the clock of the place it happened (a scan's
 * place, the destination for a delivery), naming that place when its clock is not the customer's.
 * Plain dates and times in the customer's language are the locale module's (src/locale/format.ts).
 */
import { placeTimeZone } from '../geo/placeTimeZone.ts';
import { dateTimeFormat, formatDateTime } from '../locale/index.ts';
import { zonedParts } from '../nlu/text/timeZone.ts';
import type { PlaceRecord } from '../store/records.ts';
import { localCityName } from './placeNames.ts';
import { textsFor } from './texts/index.ts';

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
  const time = formatDateTime(iso, locale, zone);
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

/**
 * A promised time (a ticket's first answer): its date and time in the customer's zone, the zone
 * always named, "Mon, 23 Mar 2026, 09:00 China Standard Time" / "中国标准时间 2026年3月23日周一 09:00".
 */
export function formatPromiseTime(iso: string, locale: string, timeZone: string): string {
  return textsFor(locale).localTime.zone(formatDateTime(iso, locale, timeZone), zoneName(locale, timeZone, new Date(iso)));
}

/** Intl's generic name of a zone: "Eastern Time", "北美东部时间", "hora oriental". */
function zoneName(locale: string, timeZone: string, at: Date): string {
  return dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
