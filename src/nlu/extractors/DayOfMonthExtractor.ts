import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { daysInMonth, formatDate, type LocalDate } from '../text/timeZone.ts';

/** One language's way of saying a day of the month alone, from its constants.ts. */
export interface DayOfMonthSyntax {
  /** Global regex; group 1 is the day (digits, or a word in `numerals`). */
  readonly pattern: RegExp;
  /** Words right after the match that make it a count or position ("the 2nd one"), lower case. */
  readonly notFollowedBy: readonly string[];
  /** Non-digit numerals (十四 -> 14). */
  readonly numerals?: Readonly<Record<string, number>>;
  /** A cheap test that is true wherever `pattern` could match; the regex runs only then. */
  readonly gate: RegExp;
  /** A month named right after the day ("el trece de marzo"): its pattern (group 1 the month's name) and numbers. */
  readonly monthAfter?: { pattern: RegExp; months: Readonly<Record<string, number>> };
}

const NEXT_WORD = /^[\s,]*([\p{L}]+)/u;

/**
 * A day of the month said alone ("the 14th", "no, the 14th", "15号", "el 14"): the most recent
 * past such day, today included (people ask about parcels already sent); the coming one is kept as
 * the future reading for rescheduling intents.
 */
export class DayOfMonthExtractor implements Extractor {
  readonly name: string;
  private readonly notFollowedBy: ReadonlySet<string>;

  constructor(
    language: string,
    private readonly syntax: DayOfMonthSyntax,
  ) {
    this.name = `${language.toUpperCase()}DayOfMonthExtractor`;
    this.notFollowedBy = new Set(syntax.notFollowedBy);
  }

  extract(ctx: ParsingContext): DateSpan[] {
    if (!this.syntax.gate.test(ctx.lower)) return [];
    const spans: DateSpan[] = [];
    for (const m of ctx.lower.matchAll(this.syntax.pattern)) {
      // Group 1 is the day; a second group, when the pattern has one, is the day in words.
      const said = (m[1] ?? m[2] ?? '').toLowerCase();
      const day = /^[0-9]+$/.test(said) ? Number(said) : this.syntax.numerals?.[said];
      if (day === undefined || day < 1 || day > 31) continue;
      const end = m.index + m[0].length;
      const next = NEXT_WORD.exec(ctx.lower.slice(end, end + 24))?.[1];
      if (next && this.notFollowedBy.has(next)) continue;
      // The match may begin with spaces (a whole-message "14th"): the span starts at its first word.
      const index = m.index + (m[0].length - m[0].trimStart().length);
      // "el trece de marzo": the month said after the day (in words, which chrono does not read) counts.
      const monthMatch = this.syntax.monthAfter?.pattern.exec(ctx.lower.slice(end, end + 24));
      const month = monthMatch ? this.syntax.monthAfter!.months[monthMatch[1]!] : undefined;
      if (month !== undefined && day > daysInMonth(ctx.today.year, month)) continue;
      const past = month !== undefined ? this.mostRecentOf(ctx.today, month, day, -1) : this.mostRecent(ctx.today, day, -1);
      const upcoming = month !== undefined ? this.mostRecentOf(ctx.today, month, day, 1) : this.mostRecent(ctx.today, day, 1);
      const spanEnd = monthMatch ? end + monthMatch[0].length : end;
      spans.push({
        kind: 'date',
        index,
        end: spanEnd,
        text: ctx.text.slice(index, spanEnd),
        value: { from: past, to: past },
        impliedPast: true,
        ...(upcoming !== past ? { futureValue: { from: upcoming, to: upcoming } } : {}),
        source: `${this.name}:day ${day} +most recent past`,
      });
    }
    return spans;
  }

  /** Today or the nearest earlier (-1) or later (+1) date with this month and day. */
  private mostRecentOf(today: LocalDate, month: number, day: number, direction: -1 | 1): string {
    const thisYear = formatDate({ year: today.year, month, day });
    const todayText = formatDate(today);
    const fits = direction < 0 ? thisYear <= todayText : thisYear >= todayText;
    return fits ? thisYear : formatDate({ year: today.year + direction, month, day });
  }

  /** Today or the nearest earlier (direction -1) or later (+1) date with this day of the month. */
  private mostRecent(today: LocalDate, day: number, direction: -1 | 1): string {
    let { year, month } = today;
    const sameMonthOk = direction < 0 ? day <= today.day : day >= today.day;
    // At most a year away: every day 1..31 exists in some month of any 12.
    for (let k = 0; k < 13; k++) {
      if (day <= daysInMonth(year, month) && (k > 0 || sameMonthOk)) break;
      month += direction;
      if (month < 1) [year, month] = [year - 1, 12];
      else if (month > 12) [year, month] = [year + 1, 1];
    }
    return formatDate({ year, month, day });
  }
}
