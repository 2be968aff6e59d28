import { formatDate } from '../text/timeZone.ts';
import type { DateSpan, ParsingContext, Refiner, Span } from '../pipeline/types.ts';
import { endsWithWord } from './wordBoundary.ts';

/** How far before a date its "since" may start ("since last friday", "desde el viernes", "从上周五"). */
const LOOK_BACK = 16;
/** Words between "since" and the date. */
const BETWEEN: readonly string[] = ['the', 'on', 'last', 'el', 'el día', 'el dia', 'la', 'del', '上'];

/** The words of "since" in one language: before the date ("since", "desde", "从"), after it ("以来", "以后"). */
export interface SinceCues {
  before: readonly string[];
  after: readonly string[];
}

/**
 * "did anything go to miami since friday?", "desde el viernes", "从周五以来", "周五以后": a day after "since" is where
 * a period starts, and the period runs to today (outside tester round 8, P17: only that Friday was searched). Only
 * for parcels sent or delivered then: "hasn't moved since friday" is the day it last moved (DateRoleRefiner), kept.
 * After DateRoleRefiner.
 */
export class DateSinceRefiner implements Refiner {
  readonly name = 'DateSinceRefiner';
  private readonly before: readonly string[];
  private readonly after: readonly string[];

  constructor(cues: SinceCues) {
    this.before = [...cues.before].sort((a, b) => b.length - a.length);
    this.after = [...cues.after].sort((a, b) => b.length - a.length);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const today = formatDate(ctx.today);
    for (const s of spans) {
      if (s.kind !== 'date' || s.role === 'last_update' || s.value.from > today) continue;
      if (!this.sinceBefore(ctx.lower.slice(Math.max(0, s.index - LOOK_BACK), s.index)) && !this.sinceAfter(ctx.lower.slice(s.end, s.end + 4))) continue;
      (s as DateSpan).value = { from: s.value.from, to: today };
    }
    return spans;
  }

  private sinceBefore(before: string): boolean {
    let rest = before.trimEnd();
    for (let stripped = true; stripped; ) {
      const between = BETWEEN.find((w) => endsWithWord(rest, w));
      stripped = between !== undefined;
      if (between) rest = rest.slice(0, rest.length - between.length).trimEnd();
    }
    return this.before.some((w) => endsWithWord(rest, w));
  }

  private sinceAfter(after: string): boolean {
    const rest = after.trimStart();
    return this.after.some((w) => rest.startsWith(w));
  }
}
