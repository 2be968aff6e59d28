import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { DateSpan, ParsingContext, Refiner, Span } from '../pipeline/types.ts';
import { clauseEnd, clauseStart, Cues, lastWordsStart, trimmedEnd } from './roleText.ts';

/** Between a Han verb and the date after it: "签收于3月2日", "是在昨天". */
const HAN_LINKS = '于在是';

/** Words before a date in which its verb is looked for ("I received a parcel yesterday", "it was due on Tuesday"). */
const WORDS_BEFORE = 5;
/** Characters after a Han date in which its verb is looked for ("昨天我签收的", "上周五寄往"). */
const CHARS_AFTER = 4;

/**
 * What a date is: the day a parcel was sent (the default) or the day it was delivered ("delivered on
 * Monday", "I received it yesterday", "3月2日签收的", "me llegó el lunes"). The verb nearest the date
 * decides: before it in English and Spanish, after it in Chinese ("签收于" before it too).
 */
export class DateRoleRefiner implements Refiner {
  readonly name = 'DateRoleRefiner';
  private readonly verbs: Cues;
  private readonly delivered: ReadonlySet<string>;
  private readonly silent: ReadonlySet<string>;

  constructor(
    private readonly cues: SpanRoleCues['dates'],
    private readonly clauseEnds: string,
  ) {
    this.verbs = new Cues([...cues.delivered, ...cues.shipped, ...cues.silent]);
    this.delivered = new Set(cues.delivered);
    this.silent = new Set(cues.silent);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    for (const s of spans) {
      if (s.kind !== 'date') continue;
      const verb = this.cues.verbSide === 'after' ? this.verbAfter(ctx, s) ?? this.verbBefore(ctx, s, true) : this.verbBefore(ctx, s, false);
      s.role = verb && this.delivered.has(verb) ? 'delivered' : verb && this.silent.has(verb) ? 'last_update' : 'shipped';
    }
    return spans;
  }

  /** The last verb in the few words before the date, in its clause (Han: only one right before it, "签收于"). */
  private verbBefore(ctx: ParsingContext, s: DateSpan, adjacent: boolean): string | null {
    const text = ctx.lower;
    const from = clauseStart(text, s.index, this.clauseEnds);
    if (adjacent) {
      const end = trimmedEnd(text, s.index);
      return this.verbs.endingAt(text, end > from && HAN_LINKS.includes(text[end - 1]!) ? end - 1 : end, from)?.phrase ?? null;
    }
    const hits = this.verbs.all(text.slice(lastWordsStart(text, WORDS_BEFORE, s.index, from), s.index));
    return hits.length ? hits[hits.length - 1]!.phrase : null;
  }

  /** The first verb within a few characters after the date, in its clause. */
  private verbAfter(ctx: ParsingContext, s: DateSpan): string | null {
    const after = ctx.lower.slice(s.end, Math.min(s.end + CHARS_AFTER + 3, clauseEnd(ctx.lower, s.end, this.clauseEnds)));
    const first = this.verbs.all(after)[0];
    return first && first.index <= CHARS_AFTER ? first.phrase : null;
  }
}
