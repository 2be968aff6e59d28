import type { PeriodName } from '../locales/en/constants.ts';
import type { DateRange } from '../types.ts';
import { addDays, daysInMonth, formatDate, isoWeekday, type LocalDate } from '../text/timeZone.ts';

/** A week runs Monday to Sunday; a month first to last; a year Jan 1 to Dec 31. */
export function periodRange(period: PeriodName, today: LocalDate): DateRange {
  const monday = addDays(today, 1 - isoWeekday(today));
  switch (period) {
    case 'current_week':
      return range(monday, addDays(monday, 6));
    case 'previous_week':
      return range(addDays(monday, -7), addDays(monday, -1));
    case 'early_previous_week':
      return range(addDays(monday, -7), addDays(monday, -5));
    case 'current_weekend':
      return range(addDays(monday, 5), addDays(monday, 6));
    case 'previous_weekend':
      return range(addDays(monday, -2), addDays(monday, -1));
    case 'current_month':
      return monthRange(today.year, today.month);
    case 'early_current_month': {
      // Its first ten days, up to today at the latest.
      const first = { year: today.year, month: today.month, day: 1 };
      return range(first, today.day < 10 ? today : addDays(first, 9));
    }
    case 'previous_month':
      return today.month === 1 ? monthRange(today.year - 1, 12) : monthRange(today.year, today.month - 1);
    case 'current_year':
      return { from: `${today.year}-01-01`, to: `${today.year}-12-31` };
    case 'previous_year':
      return { from: `${today.year - 1}-01-01`, to: `${today.year - 1}-12-31` };
    case 'next_week':
      return range(addDays(monday, 7), addDays(monday, 13));
    case 'week_before_last':
      return range(addDays(monday, -14), addDays(monday, -8));
    case 'next_month':
      return today.month === 12 ? monthRange(today.year + 1, 1) : monthRange(today.year, today.month + 1);
    case 'month_before_last': {
      const m = today.month - 2;
      return m >= 1 ? monthRange(today.year, m) : monthRange(today.year - 1, m + 12);
    }
    case 'next_weekend':
      return range(addDays(monday, 12), addDays(monday, 13));
    case 'week_after_next':
      return range(addDays(monday, 14), addDays(monday, 20));
    case 'next_year':
      return yearRange(today.year + 1);
    case 'year_before_last':
      return yearRange(today.year - 2);
    case 'year_after_next':
      return yearRange(today.year + 2);
    case 'day_before_yesterday':
      return range(addDays(today, -2), addDays(today, -2));
    case 'last_3_days':
      return range(addDays(today, -2), today);
    case 'last_7_days':
      return range(addDays(today, -6), today);
    case 'last_30_days':
      return range(addDays(today, -29), today);
  }
}

function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function monthRange(year: number, month: number): DateRange {
  return range({ year, month, day: 1 }, { year, month, day: daysInMonth(year, month) });
}

function range(from: LocalDate, to: LocalDate): DateRange {
  return { from: formatDate(from), to: formatDate(to) };
}
