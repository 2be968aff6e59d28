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

/** Days from a to b (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** How far from today a weekday pins a day of the month (a given weekday and day recur at least every 14 months). */
const PIN_MONTHS = 14;
/** ... and a month and day (any date but 29 February recurs on each weekday within 11 years; we look 6 either way). */
const PIN_YEARS = 6;

/**
 * The date nearest today (the earlier on a tie) that is this day of the month, in `month` when one is
 * given, and falls on this ISO weekday: "Tuesday the 19th", "Friday, July 18". Null when none is near
 * (the weekday and day disagree, or name no such date).
 */
export function nearestOnWeekday(today: LocalDate, weekday: number, day: number, month: number | null): LocalDate | null {
  const candidates: LocalDate[] = [];
  if (month === null) {
    for (let k = -PIN_MONTHS; k <= PIN_MONTHS; k++) candidates.push({ ...shiftMonth(today.year, today.month, k), day });
  } else {
    for (let k = -PIN_YEARS; k <= PIN_YEARS; k++) candidates.push({ year: today.year + k, month, day });
  }
  let best: LocalDate | null = null;
  let bestDistance = Infinity;
  for (const d of candidates) {
    if (d.day > daysInMonth(d.year, d.month) || isoWeekday(d) !== weekday) continue;
    const distance = Math.abs(daysBetween(today, d));
    // Candidates run from past to future: a strictly nearer one replaces, so a tie keeps the earlier.
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/**
 * The Monday–Sunday weeks lying wholly inside from..to (a month or a year): the n-th from the start
 * (n ≥ 1) or, with `fromEnd`, from the end; null when there are not that many.
 */
export function nthWholeWeek(from: LocalDate, to: LocalDate, n: number, fromEnd: boolean): DateRange | null {
  const firstMonday = addDays(from, (8 - isoWeekday(from)) % 7);
  const lastSunday = addDays(to, -(isoWeekday(to) % 7));
  const monday = fromEnd ? addDays(lastSunday, -6 - 7 * (n - 1)) : addDays(firstMonday, 7 * (n - 1));
  const sunday = addDays(monday, 6);
  if (compareDates(monday, firstMonday) < 0 || compareDates(sunday, lastSunday) > 0) return null;
  return { from: formatDate(monday), to: formatDate(sunday) };
}
