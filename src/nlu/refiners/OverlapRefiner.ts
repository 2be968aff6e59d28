import type { ParsingContext, Refiner, Span } from '../pipeline/types.ts';

/**
 * Which kind wins when two spans overlap: a tracking number is never also a date or a place. Asks and
 * addresses come from refiners after this one and span other spans by design; they rank last.
 */
/** A service's name is never a date: "next day air" is no "next day". */
const PRIORITY: Readonly<Record<Span['kind'], number>> = { tracking: 6, account: 5, service: 4, date: 3, place: 2, status: 1, ask: 0, address: 0 };

/** Drops spans that overlap a stronger one; within a kind the longer span wins, then the earlier. */
export class OverlapRefiner implements Refiner {
  readonly name = 'OverlapRefiner';

  refine(_ctx: ParsingContext, spans: Span[]): Span[] {
    if (spans.length < 2 || disjoint(spans)) return spans;
    const ranked = [...spans].sort(
      (a, b) => PRIORITY[b.kind] - PRIORITY[a.kind] || b.end - b.index - (a.end - a.index) || a.index - b.index,
    );
    const kept: Span[] = [];
    for (const s of ranked) {
      if (kept.some((k) => k.index < s.end && s.index < k.end)) continue;
      kept.push(s);
    }
    return kept.sort((a, b) => a.index - b.index);
  }
}

/** Spans in the pipeline's order (by start) none of which overlaps the next: all are kept, in that order. */
function disjoint(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1]!.end > spans[i]!.index || spans[i - 1]!.index >= spans[i]!.index) return false;
  return true;
}
