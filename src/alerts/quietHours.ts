/**
 * No alert at night in the customer's zone (22:00–08:00) unless it is an exception: a quiet-hours
 * alert is due at the next 08:00 there.
 */
import { zonedParts } from '../nlu/text/timeZone.ts';

export const QUIET_HOURS = Object.freeze({ from: 22, until: 8 });

/** When an alert found at `now` may go out: now, or the next morning in `timeZone` for a non-exception at night. */
export function alertDueAt(now: Date, timeZone: string, exception: boolean): Date {
  if (exception) return now;
  const { year, month, day, offsetMinutes } = zonedParts(now, timeZone);
  const localMs = now.getTime() + offsetMinutes * 60_000;
  const hour = new Date(localMs).getUTCHours();
  if (hour >= QUIET_HOURS.until && hour < QUIET_HOURS.from) return now;
  const morningDay = hour >= QUIET_HOURS.from ? day + 1 : day;
  // The morning's wall-clock time back to an instant, at tonight's offset (a DST change overnight moves it by an hour at most).
  return new Date(Date.UTC(year, month - 1, morningDay, QUIET_HOURS.until) - offsetMinutes * 60_000);
}
