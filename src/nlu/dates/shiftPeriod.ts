import { addDays, daysInMonth, formatDate, isoWeekday, type LocalDate } from '../text/timeZone.ts';
import type { DateRange } from '../types.ts';
import { shiftMonth } from './calendar.ts';

export type PeriodUnit = 'day' | 'week' | 'month' | 'year';

const dateOf = (iso: string): LocalDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

const wholeMonth = (r: { from: LocalDate; to: LocalDate }) => r.from.day === 1 && r.to.year === r.from.year && r.to.month === r.from.month && r.to.day === daysInMonth(r.to.year, r.to.month);

/**
 * The period `by` units before (negative) or after (positive) `range`, as "the month before", "前一周",
 * "la semana siguiente" mean it after a question about `range`: a whole month becomes the whole month
 * next to it, a Monday-to-Sunday week the week next to it, a day the day next to it; the month of a
 * longer or shorter period is the calendar month next to the one it starts in, the week the seven days
 * next to it, and "the year before" the same period a year earlier.
 */
export function shiftPeriod(range: DateRange, unit: PeriodUnit, by: number): DateRange {
  const r = { from: dateOf(range.from), to: dateOf(range.to) };
  const span = (from: LocalDate, to: LocalDate): DateRange => ({ from: formatDate(from), to: formatDate(to) });
  if (unit === 'day') return span(addDays(r.from, by), addDays(r.from, by));
  if (unit === 'week') {
    const monday = addDays(r.from, 1 - isoWeekday(r.from));
    const oneWeek = formatDate(addDays(r.from, 6)) === range.to;
    return oneWeek ? span(addDays(r.from, 7 * by), addDays(r.to, 7 * by)) : span(addDays(monday, 7 * by), addDays(monday, 7 * by + 6));
  }
  if (unit === 'month' || wholeMonth(r)) {
    const { year, month } = shiftMonth(r.from.year, r.from.month, unit === 'year' ? 12 * by : by);
    return span({ year, month, day: 1 }, { year, month, day: daysInMonth(year, month) });
  }
  const yearOf = (d: LocalDate): LocalDate => ({ year: d.year + by, month: d.month, day: Math.min(d.day, daysInMonth(d.year + by, d.month)) });
  return span(yearOf(r.from), yearOf(r.to));
}
