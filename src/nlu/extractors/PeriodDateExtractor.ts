import type { PeriodName } from '../locales/en/constants.ts';
import { periodRange } from '../dates/periodRange.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';
import { findAllThroughTypos, PERIOD_TYPOS, TypoCorrector } from '../text/typoCorrector.ts';

/**
 * Periods customers mean as ranges ("last week", "上个月", "el mes pasado"), from a dictionary.
 * Runs before chrono, which reads some of them as single days; the overlap refiner keeps ours.
 */
export class PeriodDateExtractor implements Extractor {
  readonly name: string;
  private readonly matcher: PhraseMatcher<PeriodName>;
  private readonly typos: TypoCorrector | null;

  /** `notFollowedBy`: characters that make the phrase part of something longer (上周 + 三). */
  constructor(
    language: string,
    periods: Readonly<Record<string, PeriodName>>,
    private readonly notFollowedBy: ReadonlySet<string> = new Set(),
  ) {
    this.name = `${language.toUpperCase()}PeriodDateExtractor`;
    this.matcher = new PhraseMatcher(Object.entries(periods));
    // "la semana pasda", "last mnoth": Latin period words are matched through their typos too.
    this.typos = language === 'zh' ? null : new TypoCorrector(Object.keys(periods), PERIOD_TYPOS);
  }

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    for (const h of findAllThroughTypos(this.matcher, this.typos, ctx.lower)) {
      if (this.notFollowedBy.has(ctx.lower[h.end] ?? '')) continue;
      spans.push({
        kind: 'date',
        index: h.index,
        end: h.end,
        text: ctx.text.slice(h.index, h.end),
        value: periodRange(h.value, ctx.today),
        source: `${this.name}:"${h.phrase}"=${h.value}`,
      });
    }
    return spans;
  }
}
