import { dayRange, nthWholeWeek, pastAndComing } from '../dates/calendar.ts';
import { phraseDateSpan } from '../dates/phraseDateSpan.ts';
import { EN_MONTH_NUMBERS, EN_WEEKDAY_NUMBERS } from '../locales/en/constants.ts';
import { EN_ORDINAL_NUMBERS, EN_POSITION_IN_PERIOD, EN_WEEK_OFFSETS, EN_WEEKDAY_AND_RELATIVE_WEEK, EN_WEEKDAY_OF_RELATIVE_WEEK } from '../locales/en/calendarPositions.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import type { DateRange } from '../types.ts';
import { addDays, daysInMonth, isoWeekday, type LocalDate } from '../text/timeZone.ts';

/** Every phrase below says "day" or "week": text without "day" or "wee" has none of them. */
const GATE = /day|wee/;
const SPACES = /\s+/g;

/**
 * A day or a week by its position inside a month, a year or a week: "the third day of October", "the
 * last day of May 2015", "the second last day in June", "the first week of October 2014" (weeks are
 * the Monday–Sunday weeks wholly inside the month or year), "the third last week of 2018", "last
 * week's Sunday". chrono reads only the month or the week of these. A month without a year is the
 * most recent past one; the coming one is kept as the future reading.
 */
export class EnPeriodPositionExtractor implements Extractor {
  readonly name = 'ENPeriodPositionExtractor';

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    const { lower, today } = ctx;
    if (!GATE.test(lower)) return spans;
    for (const m of lower.matchAll(EN_POSITION_IN_PERIOD)) {
      const [, ordinal, last, unit, monthName, monthYear, yearAlone] = m;
      // "the day of …", "the week of …" without a position are other phrases.
      if (ordinal === undefined && last === undefined) continue;
      const n = ordinal ? EN_ORDINAL_NUMBERS[ordinal]! : 1;
      const fromEnd = last !== undefined;
      if (monthName === undefined) {
        // A year alone: its weeks only (the 100th day of a year is not said this way).
        const year = Number(yearAlone);
        const week = unit === 'week' ? nthWholeWeek({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }, n, fromEnd) : null;
        if (week) spans.push(phraseDateSpan(ctx, m, week, null, `${this.name}:week of a year`, false));
        continue;
      }
      const month = EN_MONTH_NUMBERS[monthName]!;
      const inMonth = (year: number) => positionInMonth(year, month, unit!, n, fromEnd);
      if (monthYear) {
        const range = inMonth(Number(monthYear));
        if (range) spans.push(phraseDateSpan(ctx, m, range, null, `${this.name}:${unit} of a month`, false));
        continue;
      }
      // pastAndComing works on days: a range stands in by its first day, then is looked up again.
      const { past, coming } = pastAndComing(today, (year) => firstDay(inMonth(year)));
      const pastRange = past && inMonth(past.year);
      if (pastRange) spans.push(phraseDateSpan(ctx, m, pastRange, coming && inMonth(coming.year), `${this.name}:${unit} of a month +most recent past`, true));
    }
    const weekdayOf = (m: RegExpMatchArray, week: string, weekday: string) => {
      const monday = addDays(today, 1 - isoWeekday(today) + 7 * EN_WEEK_OFFSETS[week.replace(SPACES, ' ')]!);
      spans.push(phraseDateSpan(ctx, m, dayRange(addDays(monday, EN_WEEKDAY_NUMBERS[weekday]! - 1)), null, `${this.name}:weekday of a relative week`, false));
    };
    for (const m of lower.matchAll(EN_WEEKDAY_OF_RELATIVE_WEEK)) weekdayOf(m, m[1]!, m[2]!);
    for (const m of lower.matchAll(EN_WEEKDAY_AND_RELATIVE_WEEK)) weekdayOf(m, m[2] ?? m[3]!, m[1] ?? m[4]!);
    return spans;
  }
}

/** The n-th day or whole week of a month, from its start or its end; null past the month's length. */
function positionInMonth(year: number, month: number, unit: string, n: number, fromEnd: boolean): DateRange | null {
  const length = daysInMonth(year, month);
  if (unit === 'week') return nthWholeWeek({ year, month, day: 1 }, { year, month, day: length }, n, fromEnd);
  if (n > length) return null;
  return dayRange({ year, month, day: fromEnd ? length + 1 - n : n });
}

function firstDay(range: DateRange | null): LocalDate | null {
  if (!range) return null;
  const [year, month, day] = range.from.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
