import { addDays, compareDates, daysInMonth, formatDate, isoWeekday, type LocalDate } from '../text/timeZone.ts';
import type { DateRange } from '../types.ts';

/** The month `offset` months from year/month (offset may be negative). */
export function shiftMonth(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The n-th (1-based) ISO weekday of a month, or with n = -1 the last one; null when there is no such day (a fifth Monday). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): LocalDate | null {
  if (n < 0) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  const day = 1 + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** The n-th (1-based) date with this ISO weekday strictly after (direction 1) or before (-1) today. */
export function nthWeekdayFrom(today: LocalDate, weekday: number, n: number, direction: 1 | -1): LocalDate {
  const step = direction > 0 ? (weekday - isoWeekday(today) + 7) % 7 || 7 : -((isoWeekday(today) - weekday + 7) % 7 || 7);
  return addDays(today, step + direction * 7 * (n - 1));
}

/**
 * A date named by month without a year ("the first Monday of October"): the most recent one not
 * after today, and the coming one (today or later) as the future reading.
 */
export function pastAndComing(today: LocalDate, dateIn: (year: number) => LocalDate | null): { past: LocalDate | null; coming: LocalDate | null } {
  const thisYear = dateIn(today.year);
  const before = thisYear && compareDates(thisYear, today) <= 0 ? thisYear : dateIn(today.year - 1);
  const after = thisYear && compareDates(thisYear, today) >= 0 ? thisYear : dateIn(today.year + 1);
  return { past: before, coming: after };
}

export function dayRange(d: LocalDate): DateRange {
  const iso = formatDate(d);
  return { from: iso, to: iso };
}
