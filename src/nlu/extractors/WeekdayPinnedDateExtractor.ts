import { dayRange, nearestOnWeekday } from '../dates/calendar.ts';
import { phraseDateSpan } from '../dates/phraseDateSpan.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';

/** One language's ways of saying a weekday with its day, from its locale constants. */
export interface WeekdayPinnedSyntax {
  /** A cheap test that is true wherever a form could match; the regexes run only then. */
  readonly gate: RegExp;
  /** Global regexes with the named groups weekday and day, and month where the month is said. */
  readonly forms: readonly { readonly pattern: RegExp; /** A count after it is no day ("Monday 2nd attempt"). */ readonly countAfter?: boolean }[];
  /** ISO weekday (Monday = 1) by the word for it, lower case. */
  readonly weekdays: Readonly<Record<string, number>>;
  readonly months?: Readonly<Record<string, number>>;
  /** Days said in words or as ordinals ("nineteenth", "19th", 十九); digits are read as they are. */
  readonly dayNumerals?: Readonly<Record<string, number>>;
  /** Words right after a form with countAfter that make its number a count ("attempt", "paquetes"). */
  readonly countNouns?: readonly string[];
}

const NEXT_WORD = /^[\s,]*([\p{L}]+)/u;

/**
 * A weekday said with its day, which pins the month or the year: "Tuesday the 19th", "Friday, July 18",
 * "18号星期二", "el martes 18". The date is the nearest one, before or after today, on which that day
 * falls on that weekday (the earlier on a tie): a customer naming both means a date close by, past or
 * coming. chrono reads only the weekday of some and ignores it in others. When the two disagree near
 * today nothing is read here and the other extractors' readings stand.
 */
export class WeekdayPinnedDateExtractor implements Extractor {
  readonly name: string;
  private readonly countNouns: ReadonlySet<string>;

  constructor(
    language: string,
    private readonly syntax: WeekdayPinnedSyntax,
  ) {
    this.name = `${language.toUpperCase()}WeekdayPinnedDateExtractor`;
    this.countNouns = new Set(syntax.countNouns ?? []);
  }

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    const { lower } = ctx;
    if (!this.syntax.gate.test(lower)) return spans;
    for (const form of this.syntax.forms) {
      for (const m of lower.matchAll(form.pattern)) {
        if (form.countAfter) {
          const end = m.index! + m[0].length;
          const next = NEXT_WORD.exec(lower.slice(end, end + 24))?.[1];
          if (next && this.countNouns.has(next)) continue;
        }
        const { weekday, day, month } = m.groups!;
        const date = this.pinned(ctx, weekday!, day!, month);
        if (date) spans.push(phraseDateSpan(ctx, m, dayRange(date), null, `${this.name}:${month ? 'weekday and date' : 'weekday and day'} +nearest`, false));
      }
    }
    return spans;
  }

  private pinned(ctx: ParsingContext, weekdaySaid: string, daySaid: string, monthSaid: string | undefined): ReturnType<typeof nearestOnWeekday> {
    const weekday = this.syntax.weekdays[weekdaySaid];
    const day = /^[0-9]+$/.test(daySaid) ? Number(daySaid) : this.syntax.dayNumerals?.[daySaid];
    const month = monthSaid === undefined ? null : this.syntax.months?.[monthSaid];
    if (weekday === undefined || day === undefined || day < 1 || day > 31 || month === undefined) return null;
    return nearestOnWeekday(ctx.today, weekday, day, month);
  }
}
