import { dayRange, nthWeekdayOfMonth, pastAndComing, shiftMonth } from '../dates/calendar.ts';
import { monthRange } from '../dates/periodRange.ts';
import {
  ZH_CANTONESE_DAY,
  ZH_CANTONESE_DAYS,
  ZH_DAY_NUMERALS,
  ZH_DAY_OF_RELATIVE_MONTH,
  ZH_MONTH_NUMERALS,
  ZH_MONTH_OF_RELATIVE_YEAR,
  ZH_RELATIVE_MONTHS,
  ZH_RELATIVE_YEARS,
  ZH_WEEKDAY_OF_MONTH,
  ZH_WEEKDAY_ORDINALS,
  ZH_WEEKDAYS,
} from '../locales/zh/constants.ts';
import { phraseDateSpan } from '../dates/phraseDateSpan.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import type { DateRange } from '../types.ts';
import { addDays, isRealDate, type LocalDate } from '../text/timeZone.ts';

/** Month numbers in digits or Chinese numerals. */
function monthNumber(said: string): number {
  return /^[0-9]+$/.test(said) ? Number(said) : ZH_MONTH_NUMERALS[said]!;
}

/**
 * Calendar phrases chrono-node's zh.hans parser reads only in part: 十月第一个星期一 (the first Monday
 * of October), 下个月二十号 (the 20th of next month), 明年九月 (September next year); and the
 * Cantonese 寻日 / 听日 (yesterday, tomorrow). Runs after
 * chrono: the longer span wins the overlap.
 */
export class ZhCalendarPhraseExtractor implements Extractor {
  readonly name = 'ZHCalendarPhraseExtractor';

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    const { lower, today } = ctx;
    if (lower.includes('日')) {
      for (const m of lower.matchAll(ZH_CANTONESE_DAY)) this.push(ctx, spans, m, dayRange(addDays(today, ZH_CANTONESE_DAYS[m[1]!]!)), null, 'Cantonese day');
    }
    // Every other phrase names a month.
    if (!lower.includes('月')) return spans;
    for (const m of lower.matchAll(ZH_WEEKDAY_OF_MONTH)) {
      const n = m[4] ? -1 : ZH_WEEKDAY_ORDINALS[m[3]!]!;
      const weekday = ZH_WEEKDAYS[m[5]!]!;
      if (m[1]) {
        const month = monthNumber(m[1]);
        const { past, coming } = pastAndComing(today, (year) => nthWeekdayOfMonth(year, month, weekday, n));
        if (past) this.push(ctx, spans, m, dayRange(past), coming ? dayRange(coming) : null, 'weekday of month +most recent past');
      } else {
        const { year, month } = shiftMonth(today.year, today.month, ZH_RELATIVE_MONTHS[m[2]!]!);
        const date = nthWeekdayOfMonth(year, month, weekday, n);
        if (date) this.push(ctx, spans, m, dayRange(date), null, 'weekday of a relative month');
      }
    }
    for (const m of lower.matchAll(ZH_DAY_OF_RELATIVE_MONTH)) {
      const { year, month } = shiftMonth(today.year, today.month, ZH_RELATIVE_MONTHS[m[1]!]!);
      const date: LocalDate = { year, month, day: /^[0-9]+$/.test(m[2]!) ? Number(m[2]) : (ZH_DAY_NUMERALS[m[2]!] ?? 0) };
      if (isRealDate(date)) this.push(ctx, spans, m, dayRange(date), null, 'day of a relative month');
    }
    for (const m of lower.matchAll(ZH_MONTH_OF_RELATIVE_YEAR)) {
      const month = monthNumber(m[2]!);
      if (month >= 1 && month <= 12) this.push(ctx, spans, m, monthRange(today.year + ZH_RELATIVE_YEARS[m[1]!]!, month), null, 'month of a relative year');
    }
    return spans;
  }

  private push(ctx: ParsingContext, spans: DateSpan[], m: RegExpMatchArray, value: DateRange, future: DateRange | null, how: string): void {
    spans.push(phraseDateSpan(ctx, m, value, future, `${this.name}:${how}`, how.includes('past')));
  }

}
