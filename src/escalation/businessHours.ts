/**
 * When people answer: whether the weekly opening hours (BUSINESS_HOURS, read by
 * src/schedule/openingHours.ts) are open at an instant in their zone, when they next open, and an SLA
 * deadline in opening hours. SLA clocks run only while open; outside them customers get a ticket
 * number and a callback promise instead of a queue position.
 */
import { addDays, formatDate, isoWeekday, zonedParts, type LocalDate } from '../nlu/text/timeZone.ts';
import { BusinessHoursError, type BusinessHours } from '../schedule/openingHours.ts';

const MS_PER_MINUTE = 60_000;

/** The UTC instant of a local wall-clock time (the later one in a DST fold, the shifted one in a gap). */
function instantOf(date: LocalDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const offsetAt = (ms: number) => zonedParts(new Date(ms), timeZone).offsetMinutes * MS_PER_MINUTE;
  // The offsets a day before and after: their instants that read `wall` are the candidates, whichever
  // side of UTC the zone lies (one guess from `wall` lands on the wrong side of a change west of UTC).
  const before = wall - offsetAt(wall - 86_400_000);
  const after = wall - offsetAt(wall + 86_400_000);
  const fits = [after, before].filter((t) => t + offsetAt(t) === wall);
  return fits.length ? Math.max(...fits) : before;
}

/** The opening intervals, as UTC instants, from the local day of `at` onwards (at most a year). */
function* intervalsFrom(hours: BusinessHours, at: Date): Generator<[number, number]> {
  let day: LocalDate = zonedParts(at, hours.timeZone);
  // Start one day back: a night shift opened yesterday may still be open.
  day = addDays(day, -1);
  for (let i = 0; i < 370; i++, day = addDays(day, 1)) {
    if (hours.closedOn?.has(formatDate(day))) continue;
    for (const [open, close] of hours.week.get(isoWeekday(day)) ?? []) {
      yield [instantOf(day, open, hours.timeZone), instantOf(day, close, hours.timeZone)];
    }
  }
}

export function isOpen(hours: BusinessHours, at: Date): boolean {
  const t = at.getTime();
  for (const [open, close] of intervalsFrom(hours, at)) {
    if (open > t) return false;
    if (t < close) return true;
  }
  return false;
}

/** `at` itself when open, else when people are next in. */
export function nextOpening(hours: BusinessHours, at: Date): Date {
  const t = at.getTime();
  for (const [open, close] of intervalsFrom(hours, at)) {
    if (t < close) return new Date(Math.max(open, t));
  }
  throw new BusinessHoursError(`"${hours.spec}" never opens`);
}

/** The instant `minutes` of opening hours after `at` (the SLA clock stops while closed). */
export function addBusinessMinutes(hours: BusinessHours, at: Date, minutes: number): Date {
  let left = minutes * MS_PER_MINUTE;
  const t = at.getTime();
  for (const [open, close] of intervalsFrom(hours, at)) {
    if (close <= t) continue;
    const start = Math.max(open, t);
    if (close - start >= left) return new Date(start + left);
    left -= close - start;
  }
  throw new BusinessHoursError(`"${hours.spec}": no ${minutes} open minutes within a year`);
}
