import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { DateSpan, ParsingContext, Refiner, Span, StatusSpan } from '../pipeline/types.ts';
import { clauseEnd, clauseStart, Cues, lastWordsStart, trimmedEnd } from './roleText.ts';

const isoDay = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
/** A Chinese weekday said alone ("周五", "星期五", "礼拜五"), no month or day beside it. */
const BARE_ZH_WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]$/u;
const shiftDays = (r: { from: string; to: string }, days: number) => {
  const at = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { from: at(r.from), to: at(r.to) };
};

/** Between a Han verb and the date after it: "签收于3月2日", "是在昨天". */
const HAN_LINKS = '于在是';

/** Words before a date in which its verb is looked for ("I received a parcel yesterday", "it was due on Tuesday"). */
const WORDS_BEFORE = 5;
/** Characters after a Han date in which its verb is looked for ("昨天我签收的", "上周五寄往"). */
const CHARS_AFTER = 4;
/** Statuses a parcel is in for a while: a date right next to one, with no verb, is when it holds. */
const STATES_NOW: ReadonlySet<string> = new Set(['in_transit', 'out_for_delivery', 'stuck', 'exception', 'in_customs', 'held_in_customs']);
/** What may stand between a date and the status it dates ("today, out for delivery"). */
const STATE_GAP = /^[\s,，、]*$/u;

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
  private readonly expected: Cues;
  private readonly shipped: ReadonlySet<string>;
  private readonly deadline: Cues;
  private readonly requested: Cues;
  private readonly past: Cues;

  constructor(
    private readonly cues: SpanRoleCues['dates'],
    private readonly clauseEnds: string,
  ) {
    this.verbs = new Cues([...cues.delivered, ...cues.shipped, ...cues.silent]);
    this.delivered = new Set(cues.delivered);
    this.silent = new Set(cues.silent);
    this.expected = new Cues(cues.expected);
    this.shipped = new Set(cues.shipped);
    this.deadline = new Cues(cues.deadline);
    this.requested = new Cues(cues.requested);
    this.past = new Cues(cues.past);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    for (const s of spans) {
      if (s.kind !== 'date') continue;
      const found = this.cues.verbSide === 'after' ? this.verbAfter(ctx, s) ?? this.verbBefore(ctx, s, true) : this.verbBefore(ctx, s, false);
      // "sale hoy en reparto", "out for delivery today", "今天正在派送": the day the status holds, not the
      // day it was sent (a verb starting in that status's own words, "delivery", "派送的", does not count).
      const state = spans.find((t): t is StatusSpan => t.kind === 'status' && STATES_NOW.has(t.value) && this.besides(ctx, s, t));
      const verb = found && state && ctx.lower.slice(state.index, state.end + found.length).includes(found) ? null : found;
      s.role = verb && this.delivered.has(verb) ? 'delivered' : (verb && this.silent.has(verb)) || (!verb && state) ? 'last_update' : 'shipped';
      if (verb && this.shipped.has(verb)) {
        s.sentOn = true;
        // "周五寄去柏林的包裹" on a Monday: a bare weekday read as this week's coming one was the last one (nothing is sent ahead).
        if (s.value.from > isoDay(ctx.today) && s.value.from === s.value.to && BARE_ZH_WEEKDAY.test(s.text)) s.value = shiftDays(s.value, -7);
      }
      // "gonna make it today?", "¿llega mañana?", "明天能到吗": a day not yet past beside an arrival verb is when it is expected.
      if ((s.role === 'shipped' && !verb) || (s.role === 'delivered' && this.notPast(ctx, s) && s.value.from > isoDay(ctx.today))) {
        if (this.notPast(ctx, s) && this.arrivalInClause(ctx, s)) s.role = 'expected';
      }
      if (s.role !== 'last_update' && !(verb && this.shipped.has(verb))) this.wantedDay(ctx, s);
    }
    return spans;
  }

  /**
   * "by Thursday", "para el miércoles", "周四之前" (`deadline`); "deliver it on Wednesday instead", "que lo entreguen
   * el lunes 14", "改到周四送" (`requested`): a day the parcel is wanted on, never when it was sent. A bare weekday
   * read as the last one is then the coming one; a day past for good ("by last Friday") or a clause in the past
   * ("did it get there by Thursday?") keeps its role.
   */
  private wantedDay(ctx: ParsingContext, s: DateSpan): void {
    const today = isoDay(ctx.today);
    const upcoming = s.value.from < today && s.futureValue && s.futureValue.from >= today ? s.futureValue : null;
    if (s.value.from < today && !upcoming) return;
    const from = clauseStart(ctx.lower, s.index, this.clauseEnds);
    const to = clauseEnd(ctx.lower, s.end, this.clauseEnds);
    const clause = ctx.lower.slice(from, to);
    if (this.past.all(clause).length) return;
    const role = this.deadlineBeside(ctx, s, from) ? 'deadline' : this.requested.all(clause).length ? 'requested' : null;
    if (!role) return;
    s.role = role;
    if (upcoming) {
      s.value = upcoming;
      delete s.impliedPast;
    }
  }

  /** A deadline word right before the date (en, es: "by", "para el") or right after it (zh: "前", "之前"). */
  private deadlineBeside(ctx: ParsingContext, s: DateSpan, clauseFrom: number): boolean {
    if (this.cues.verbSide === 'after') return this.deadline.startingAt(ctx.lower, s.end) !== null;
    return this.deadline.endingAt(ctx.lower, s.index, clauseFrom) !== null;
  }

  /** The date is today or later. */
  private notPast(ctx: ParsingContext, s: DateSpan): boolean {
    return s.value.from >= isoDay(ctx.today);
  }

  /** An arrival verb in the date's clause. */
  private arrivalInClause(ctx: ParsingContext, s: DateSpan): boolean {
    const from = clauseStart(ctx.lower, s.index, this.clauseEnds);
    const to = clauseEnd(ctx.lower, s.end, this.clauseEnds);
    return this.expected.all(ctx.lower.slice(from, to)).length > 0;
  }

  /** Whether two spans stand side by side, with only spaces or a comma between them. */
  private besides(ctx: ParsingContext, a: Span, b: Span): boolean {
    const [first, second] = a.index <= b.index ? [a, b] : [b, a];
    return first.end <= second.index && STATE_GAP.test(ctx.lower.slice(first.end, second.index));
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
