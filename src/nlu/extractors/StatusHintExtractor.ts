import type { Extractor, ParsingContext, StatusSpan } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';

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
    return this.matcher.findAll(ctx.lower).map((h) => ({
      kind: 'status',
      index: h.index,
      end: h.end,
      text: ctx.text.slice(h.index, h.end),
      value: h.value,
      source: `${this.name}:"${h.phrase}"`,
    }));
  }
}
