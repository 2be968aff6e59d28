import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateCue } from '../dates/chronoCue.ts';
import { monthRange } from '../dates/periodRange.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import type { DateRange } from '../types.ts';
import { addDays, compareDates, formatDate, isRealDate, type LocalDate } from '../text/timeZone.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';

/**
 * Dates through one chrono-node locale parser, resolved against the injected now in the user's
 * zone. A date without a year, or a bare weekday, is the most recent past one (parcels already
 * sent), unless a future cue ("next", "下周", "próximo") is present.
 */
/** 一下 before a week word: the 下 is the verb's, not "next" (same length, so the matches' places hold). */
const VERB_YIXIA_BEFORE_WEEK = /一下(?=周|星期|礼拜)/gu;

export class ChronoDateExtractor implements Extractor {
  readonly name: string;
  private readonly futureCues: PhraseMatcher<true>;

  private readonly ignored: ReadonlySet<string>;

  /**
   * `ignored`: chrono matches that are times of day or durations, not dates ("now", "现在", "for 6 days").
   * `dateCue`: a cheap test that is true wherever chrono could find a date; chrono runs only then.
   */
  constructor(
    language: string,
    private readonly chrono: Chrono,
    futureCues: readonly string[],
    ignored: { texts: readonly string[]; prefixes: readonly string[] },
    private readonly dateCue: DateCue | null = null,
  ) {
    this.name = `${language.toUpperCase()}ChronoDateExtractor`;
    this.futureCues = new PhraseMatcher(futureCues.map((c) => [c, true] as const));
    this.ignored = new Set(ignored.texts.map((t) => t.toLowerCase()));
    this.ignoredPrefixes = ignored.prefixes.map((p) => p.toLowerCase());
  }

  private readonly ignoredPrefixes: string[];

  extract(ctx: ParsingContext): DateSpan[] {
    if (this.dateCue && !this.dateCue.test(ctx.text)) return [];
    // "改一下周五寄的…": "一下" (a verb's "a bit") then a bare 周五, which chrono would read as 下周五, next week's Friday.
    const text = ctx.text.replace(VERB_YIXIA_BEFORE_WEEK, '一 ');
    const results = this.chrono.parse(text, { instant: ctx.now, timezone: ctx.offsetMinutes });
    const spans: DateSpan[] = [];
    for (const r of results) {
      const span = this.toSpan(ctx, r) ?? this.dateAfterTime(ctx, r);
      if (span) spans.push(span);
    }
    return spans;
  }

  /**
   * "invoice from 23 nov": chrono reads "from 23" as a time (23:00) and leaves "23 nov" unread. When a
   * match is a time of day alone, its first word is blanked and chrono asked again about those words.
   */
  private dateAfterTime(ctx: ParsingContext, r: ParsedResult): DateSpan | null {
    const c = r.start;
    if (!c.isCertain('hour') || c.isCertain('day') || c.isCertain('month') || c.isCertain('weekday')) return null;
    const lead = /^\S+\s+/u.exec(r.text);
    if (!lead) return null;
    const blanked = ctx.text.slice(0, r.index) + ' '.repeat(lead[0].length) + ctx.text.slice(r.index + lead[0].length);
    const again = this.chrono.parse(blanked, { instant: ctx.now, timezone: ctx.offsetMinutes });
    const inside = again.find((a) => a.index >= r.index && a.index < r.index + r.text.length && (a.start.isCertain('day') || a.start.isCertain('month')));
    return inside ? this.toSpan(ctx, inside) : null;
  }

  private toSpan(ctx: ParsingContext, r: ParsedResult): DateSpan | null {
    const said = r.text.toLowerCase();
    if (this.ignored.has(said) || this.ignoredPrefixes.some((p) => said.startsWith(p))) return null;
    const before = ctx.lower.slice(Math.max(0, r.index - 12), r.index + r.text.length);
    const future = this.futureCues.findAll(before).length > 0;
    const start = this.toRange(ctx, r.start, future);
    if (!start) return null;
    const open = !r.start.isCertain('year') || (!r.start.isCertain('day') && r.start.isCertain('weekday'));
    const upcoming = open && !future ? this.toRange(ctx, r.start, true) : null;
    let value = start.range;
    if (r.end) {
      const end = this.toRange(ctx, r.end, future);
      if (end && end.range.to >= value.from) value = { from: value.from, to: end.range.to };
    }
    return {
      kind: 'date',
      index: r.index,
      end: r.index + r.text.length,
      text: r.text,
      value,
      impliedPast: start.pastAdjusted,
      ...(upcoming && !r.end && upcoming.range.from !== value.from ? { futureValue: upcoming.range } : {}),
      source: `${this.name}:${[...(r.tags?.() ?? [])].join(',') || 'chrono'}${start.pastAdjusted ? ' +most recent past' : ''}`,
    };
  }

  private toRange(ctx: ParsingContext, c: ParsedComponents, future: boolean): { range: DateRange; pastAdjusted: boolean } | null {
    const dayKnown = c.isCertain('day') || c.isCertain('weekday');
    const year = c.get('year');
    // A year and nothing finer ("two years ago", "in 3 years"): that whole year.
    if (!dayKnown && !c.isCertain('month')) return c.isCertain('year') && year !== null ? { range: { from: `${year}-01-01`, to: `${year}-12-31` }, pastAdjusted: false } : null;
    const month = c.get('month');
    const day = c.get('day');
    if (year === null || month === null || day === null) return null;
    const yearKnown = c.isCertain('year');
    if (!dayKnown) {
      let y = year;
      // chrono picks the year nearest today ("march" in December is next March): read the most recent one.
      if (!yearKnown && !future && (y > ctx.today.year || (y === ctx.today.year && month > ctx.today.month))) {
        y = month > ctx.today.month ? ctx.today.year - 1 : ctx.today.year;
      }
      return { range: monthRange(y, month), pastAdjusted: y !== year };
    }
    let date: LocalDate = { year, month, day };
    if (!isRealDate(date)) return null;
    let pastAdjusted = false;
    if (future && !c.isCertain('day') && c.isCertain('weekday') && compareDates(date, ctx.today) <= 0) {
      date = addDays(date, 7);
    } else if (future && !yearKnown && c.isCertain('month') && compareDates(date, ctx.today) < 0) {
      date = { year: date.year + 1, month, day };
      if (!isRealDate(date)) date = { year: date.year, month, day: 28 };
    } else if (!future && !c.isCertain('day') && c.isCertain('weekday') && compareDates(date, ctx.today) >= 0) {
      date = addDays(date, -7);
      pastAdjusted = true;
    } else if (!future && !yearKnown && c.isCertain('month') && compareDates(date, ctx.today) > 0) {
      date = { year: date.year - 1, month, day };
      if (!isRealDate(date)) date = { year: date.year, month, day: 28 };
      pastAdjusted = true;
    }
    const iso = formatDate(date);
    return { range: { from: iso, to: iso }, pastAdjusted };
  }
}
