import { dayRange, nthWeekdayFrom, nthWeekdayOfMonth, pastAndComing, shiftMonth } from '../dates/calendar.ts';
import {
  EN_COUNT_WORDS,
  EN_DAY_OF_RELATIVE_MONTH,
  EN_IN_YEAR,
  EN_MONTH_NUMBERS,
  EN_RELATIVE_MONTHS,
  EN_UNITS_AHEAD,
  EN_WEEKDAY_AFTER_NEXT,
  EN_WEEKDAY_COUNT,
  EN_WEEKDAY_COUNT_DIRECTIONS,
  EN_WEEKDAY_NUMBERS,
  EN_WEEKDAY_OF_MONTH,
  EN_WEEKDAY_ORDINALS,
  EN_YEAR_MONTH,
} from '../locales/en/constants.ts';
import { EN_MONTH_AFTER_NEXT, EN_MONTH_THE_DAY, EN_ORDINAL_NUMBERS } from '../locales/en/calendarPositions.ts';
import { phraseDateSpan } from '../dates/phraseDateSpan.ts';
import { monthRange } from '../dates/periodRange.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { addDays, daysInMonth, isRealDate, type LocalDate } from '../text/timeZone.ts';

/** `n` days, weeks, months or years after today (a month or year ahead keeps the day, or the month's last one). */
function unitsAhead(today: LocalDate, n: number, unit: string): LocalDate {
  if (unit === 'day' || unit === 'week') return addDays(today, unit === 'day' ? n : 7 * n);
  const { year, month } = shiftMonth(today.year, today.month, unit === 'month' ? n : 12 * n);
  return { year, month, day: Math.min(today.day, daysInMonth(year, month)) };
}

/** Every weekday or month phrase below names a weekday or a month: text without these letters has none of them. */
const GATE = /day|mon|tue|wed|thu|fri|sat|sun/;
/** The month phrases ("March after next", "March the 15th") name a month: its first three letters. */
const MONTH_GATE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;
const SPACES = /\s+/g;
const DIGIT = /[0-9]/;

/**
 * Calendar phrases chrono-node reads as a bare weekday or month, or not at all: "the first Monday
 * of March", "the last Friday in October 2014", "the 20th of next month", "3 Fridays from now",
 * "two Thursdays ago", "Friday after next", "March after next", "March the 15th", "three weeks hence",
 * "in 2024", "2014-10". Runs before chrono: the longer span wins the overlap, and so does ours on the
 * same words ("20 of next month", which chrono reads as the month at 20:00).
 */
export class EnCalendarPhraseExtractor implements Extractor {
  readonly name = 'ENCalendarPhraseExtractor';

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    const { lower, today } = ctx;
    if (lower.includes('hence') || lower.includes('from today')) {
      for (const m of lower.matchAll(EN_UNITS_AHEAD)) {
        const n = /^[0-9]+$/.test(m[1]!) ? Number(m[1]) : EN_COUNT_WORDS[m[1]!]!;
        this.push(ctx, spans, m, unitsAhead(today, n, m[2]!), null, 'units ahead');
      }
    }
    if (DIGIT.test(lower)) {
      for (const m of lower.matchAll(EN_IN_YEAR)) {
        spans.push(phraseDateSpan(ctx, m, { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` }, null, `${this.name}:year`, false));
      }
      for (const m of lower.matchAll(EN_YEAR_MONTH)) spans.push(phraseDateSpan(ctx, m, monthRange(Number(m[1]), Number(m[2])), null, `${this.name}:year-month`, false));
    }
    if (MONTH_GATE.test(lower)) {
      for (const m of lower.matchAll(EN_MONTH_AFTER_NEXT)) {
        // The coming month of that name is the next one (this month's is not); the one after it a year later.
        const month = EN_MONTH_NUMBERS[m[1]!]!;
        const year = today.year + (month > today.month ? 1 : 2);
        spans.push(phraseDateSpan(ctx, m, monthRange(year, month), null, `${this.name}:month after next`, false));
      }
      for (const m of lower.matchAll(EN_MONTH_THE_DAY)) {
        const month = EN_MONTH_NUMBERS[m[1]!]!;
        const day = EN_ORDINAL_NUMBERS[m[2]!]!;
        const { past, coming } = pastAndComing(today, (year) => (isRealDate({ year, month, day }) ? { year, month, day } : null));
        this.push(ctx, spans, m, past, coming, 'month the day +most recent past');
      }
    }
    if (!GATE.test(lower)) return spans;
    for (const m of lower.matchAll(EN_WEEKDAY_OF_MONTH)) {
      const n = EN_WEEKDAY_ORDINALS[m[1]!]!;
      const weekday = EN_WEEKDAY_NUMBERS[m[2]!]!;
      if (m[3]) {
        const month = EN_MONTH_NUMBERS[m[3]]!;
        if (m[4]) this.push(ctx, spans, m, nthWeekdayOfMonth(Number(m[4]), month, weekday, n), null, 'weekday of month');
        else {
          const { past, coming } = pastAndComing(today, (year) => nthWeekdayOfMonth(year, month, weekday, n));
          this.push(ctx, spans, m, past, coming, 'weekday of month +most recent past');
        }
      } else {
        const { year, month } = shiftMonth(today.year, today.month, EN_RELATIVE_MONTHS[m[5]!.replace(SPACES, ' ')]!);
        this.push(ctx, spans, m, nthWeekdayOfMonth(year, month, weekday, n), null, 'weekday of a relative month');
      }
    }
    for (const m of lower.matchAll(EN_DAY_OF_RELATIVE_MONTH)) {
      const { year, month } = shiftMonth(today.year, today.month, EN_RELATIVE_MONTHS[m[2]!.replace(SPACES, ' ')]!);
      const date = { year, month, day: Number(m[1]) };
      this.push(ctx, spans, m, isRealDate(date) ? date : null, null, 'day of a relative month');
    }
    for (const m of lower.matchAll(EN_WEEKDAY_COUNT)) {
      const n = /^[0-9]$/.test(m[1]!) ? Number(m[1]) : EN_COUNT_WORDS[m[1]!]!;
      const direction = EN_WEEKDAY_COUNT_DIRECTIONS[m[3]!.replace(SPACES, ' ')]!;
      this.push(ctx, spans, m, nthWeekdayFrom(today, EN_WEEKDAY_NUMBERS[m[2]!]!, n, direction), null, 'weekdays counted');
    }
    for (const m of lower.matchAll(EN_WEEKDAY_AFTER_NEXT)) {
      this.push(ctx, spans, m, nthWeekdayFrom(today, EN_WEEKDAY_NUMBERS[m[1]!]!, 2, 1), null, 'weekday after next');
    }
    return spans;
  }

  private push(ctx: ParsingContext, spans: DateSpan[], m: RegExpMatchArray, date: LocalDate | null, coming: LocalDate | null, how: string): void {
    if (date) spans.push(phraseDateSpan(ctx, m, dayRange(date), coming ? dayRange(coming) : null, `${this.name}:${how}`, how.includes('past')));
  }

}
