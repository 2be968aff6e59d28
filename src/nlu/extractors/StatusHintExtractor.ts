import type { Extractor, ParsingContext, StatusSpan } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';

/** The dictionary key of phrases that ask about a status instead of naming one. */
export const STATUS_QUESTION = 'question';

/** Status words ("stuck", "还没到", "no ha llegado") from one language's dictionary. */
export class StatusHintExtractor implements Extractor {
  readonly name: string;
  private readonly matcher: PhraseMatcher<string>;

  constructor(language: string, hints: Readonly<Record<string, readonly string[]>>) {
    this.name = `${language.toUpperCase()}StatusHintExtractor`;
    const entries: [string, string][] = [];
    for (const [hint, phrases] of Object.entries(hints)) for (const p of phrases) entries.push([p, hint]);
    this.matcher = new PhraseMatcher(entries);
  }

  extract(ctx: ParsingContext): StatusSpan[] {
    // A question about the status ("签收了吗", "has it arrived?") is matched so its words are not read as a filter, then dropped.
    return this.matcher.findAll(ctx.lower).filter((h) => h.value !== STATUS_QUESTION).map((h) => ({
      kind: 'status',
      index: h.index,
      end: h.end,
      text: ctx.text.slice(h.index, h.end),
      value: h.value,
      source: `${this.name}:"${h.phrase}"`,
    }));
  }
}
