import type { Extractor, ParsingContext, StatusSpan } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';
import { findAllThroughTypos, TypoCorrector } from '../text/typoCorrector.ts';

/** The dictionary key of phrases that ask about a status instead of naming one. */
export const STATUS_QUESTION = 'question';
/** The dictionary key of words that hold a status word but name a thing ("转运中心", a transit centre, is no "转运中"). */
export const NOT_A_STATUS = 'not_status';

/** Status words ("stuck", "还没到", "no ha llegado") from one language's dictionary. */
export class StatusHintExtractor implements Extractor {
  readonly name: string;
  private readonly matcher: PhraseMatcher<string>;
  private readonly typos: TypoCorrector | null;

  constructor(language: string, hints: Readonly<Record<string, readonly string[]>>) {
    this.name = `${language.toUpperCase()}StatusHintExtractor`;
    const entries: [string, string][] = [];
    for (const [hint, phrases] of Object.entries(hints)) for (const p of phrases) entries.push([p, hint]);
    this.matcher = new PhraseMatcher(entries);
    // "delivred", "entrgados": Latin status words are matched through their typos too.
    this.typos = language === 'zh' ? null : new TypoCorrector(entries.map(([p]) => p));
  }

  extract(ctx: ParsingContext): StatusSpan[] {
    // A question about the status ("签收了吗", "has it arrived?") is matched so its words are not read as a filter, then dropped.
    return findAllThroughTypos(this.matcher, this.typos, ctx.lower).filter((h) => h.value !== STATUS_QUESTION && h.value !== NOT_A_STATUS).map((h) => ({
      kind: 'status',
      index: h.index,
      end: h.end,
      text: ctx.text.slice(h.index, h.end),
      value: h.value,
      source: `${this.name}:"${h.phrase}"`,
    }));
  }
}
