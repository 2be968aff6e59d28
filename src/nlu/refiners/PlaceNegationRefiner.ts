import { endsWithWord } from './wordBoundary.ts';
import type { ParsingContext, PlaceSpan, Refiner, Span } from '../pipeline/types.ts';

/** How far before a place a negation and its role cue may start. */
const LOOK_BACK = 32;
/** Articles between a cue and a name ("not the UK", "no es la Ciudad de México"). */
const ARTICLES: readonly string[] = ['the', 'el', 'la', 'los', 'las'];

/**
 * Marks places the message says are wrong ("not Shanghai", "不是从上海", "no es Madrid") as negated:
 * a negation cue right before the place or before its role cue. Corrections name the right place
 * next to it; the role refiner and the assembler read the mark.
 */
export class PlaceNegationRefiner implements Refiner {
  readonly name = 'PlaceNegationRefiner';
  private readonly negations: readonly string[];
  private readonly roleCues: readonly string[];

  /** `roleCues`: the language's origin and destination cue phrases, skipped between a negation and a place. */
  constructor(negations: readonly string[], roleCues: readonly string[]) {
    this.negations = [...negations].map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length);
    this.roleCues = [...roleCues].map((c) => c.toLowerCase()).sort((a, b) => b.length - a.length);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    for (const s of spans) {
      if (s.kind !== 'place') continue;
      const negation = this.negationBefore(ctx.lower.slice(Math.max(0, s.index - LOOK_BACK), s.index));
      if (negation) {
        (s as PlaceSpan).negated = true;
        s.source = `${s.source} +negated "${negation}"`;
      }
    }
    return spans;
  }

  private negationBefore(before: string): string | null {
    let rest = before.trimEnd();
    rest = stripEnd(rest, ARTICLES);
    const cue = this.roleCues.find((c) => endsWithWord(rest, c));
    if (cue) rest = rest.slice(0, rest.length - cue.length).trimEnd();
    return this.negations.find((n) => endsWithWord(rest, n)) ?? null;
  }
}

function stripEnd(text: string, words: readonly string[]): string {
  const w = words.find((a) => endsWithWord(text, a));
  return w ? text.slice(0, text.length - w.length).trimEnd() : text;
}
