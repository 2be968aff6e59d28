import { endsWithWord } from './wordBoundary.ts';
import type { ParsingContext, Refiner, Span } from '../pipeline/types.ts';

/** How far before a date its negation may start ("not on the 16th", "不是16号", "no el día 16"). */
const LOOK_BACK = 24;
/** Words between a negation and a date. */
const BETWEEN: readonly string[] = ['the', 'on', 'on the', 'el', 'el día', 'el dia', 'la', 'del', 'de'];

/**
 * Drops a date the message says is wrong when it names the right one too: "不是16号，是15号", "not the
 * 16th, the 15th", "no el 16, el 15". The date left is the message's date; a lone negated date stays
 * (a correction that only says what is wrong).
 */
export class DateNegationRefiner implements Refiner {
  readonly name = 'DateNegationRefiner';
  private readonly negations: readonly string[];

  constructor(negations: readonly string[]) {
    this.negations = [...negations].map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const dates = spans.filter((s) => s.kind === 'date');
    if (dates.length < 2) return spans;
    const negated = new Set<Span>(dates.filter((d) => this.negatedAt(ctx.lower.slice(Math.max(0, d.index - LOOK_BACK), d.index))));
    if (!negated.size || negated.size === dates.length) return spans;
    return spans.filter((s) => !negated.has(s));
  }

  private negatedAt(before: string): boolean {
    let rest = before.trimEnd();
    const between = [...BETWEEN].sort((a, b) => b.length - a.length).find((w) => endsWithWord(rest, w));
    if (between) rest = rest.slice(0, rest.length - between.length).trimEnd();
    return this.negations.some((n) => endsWithWord(rest, n));
  }
}
