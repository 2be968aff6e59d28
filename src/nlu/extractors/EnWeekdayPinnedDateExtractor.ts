import { dayRange, nearestOnWeekday } from '../dates/calendar.ts';
import { phraseDateSpan } from '../dates/phraseDateSpan.ts';
import { EN_MONTH_NUMBERS, EN_ORDINAL_NOUNS, EN_WEEKDAY_NUMBERS } from '../locales/en/constants.ts';
import { EN_MONTH_DAY_WEEKDAY, EN_ORDINAL_NUMBERS, EN_WEEKDAY_MONTH_DAY, EN_WEEKDAY_THE_DAY } from '../locales/en/calendarPositions.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';

/** Every phrase below names a weekday: text without these letters has none. */
const GATE = /mon|tue|wed|thu|fri|sat|sun/;
const NEXT_WORD = /^[\s,]*([\p{L}]+)/u;

/**
 * A weekday said with its day, which pins the month or the year: "Tuesday the 19th", "Fri 13th",
 * "Friday, July 18", "July 18, Friday". The date is the nearest one, before or after today, on which
 * that day falls on that weekday (the earlier on a tie): a customer naming both means a date close
 * by, past or coming. chrono reads only the weekday of the first and ignores it in the others. When
 * the two disagree near today nothing is read here and chrono's reading stands.
 */
export class EnWeekdayPinnedDateExtractor implements Extractor {
  readonly name = 'ENWeekdayPinnedDateExtractor';
  private readonly notFollowedBy = new Set(EN_ORDINAL_NOUNS);

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    const { lower } = ctx;
    if (!GATE.test(lower)) return spans;
    for (const m of lower.matchAll(EN_WEEKDAY_THE_DAY)) {
      // "Monday 2nd attempt": a count, not a day.
      const next = NEXT_WORD.exec(lower.slice(m.index! + m[0].length, m.index! + m[0].length + 24))?.[1];
      if (next && this.notFollowedBy.has(next)) continue;
      this.push(ctx, spans, m, m[1]!, dayNumber(m[2] ?? m[3]!), null);
    }
    for (const m of lower.matchAll(EN_WEEKDAY_MONTH_DAY)) this.push(ctx, spans, m, m[1]!, dayNumber(m[2] ?? m[5]!), m[3] ?? m[4]!);
    for (const m of lower.matchAll(EN_MONTH_DAY_WEEKDAY)) this.push(ctx, spans, m, m[3]!, dayNumber(m[2]!), m[1]!);
    return spans;
  }

  private push(ctx: ParsingContext, spans: DateSpan[], m: RegExpMatchArray, weekdayName: string, day: number, monthName: string | null): void {
    const month = monthName === null ? null : EN_MONTH_NUMBERS[monthName]!;
    const date = day >= 1 && day <= 31 ? nearestOnWeekday(ctx.today, EN_WEEKDAY_NUMBERS[weekdayName]!, day, month) : null;
    if (date) spans.push(phraseDateSpan(ctx, m, dayRange(date), null, `${this.name}:${month === null ? 'weekday and day' : 'weekday and date'} +nearest`, false));
  }
}

/** "19", "19th" or "nineteenth" as a number. */
function dayNumber(said: string): number {
  return /^[0-9]+$/.test(said) ? Number(said) : (EN_ORDINAL_NUMBERS[said] ?? 0);
}
