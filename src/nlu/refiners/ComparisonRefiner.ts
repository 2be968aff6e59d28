import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { AskSpan, DateSpan, ParsingContext, PlaceSpan, Refiner, Span } from '../pipeline/types.ts';
import type { ComparedSide } from '../types.ts';
import { Cues } from './roleText.ts';

/** A stretch of the message between the comparison's joiners and its question phrase. */
interface Segment {
  from: number;
  to: number;
}

/** The most characters between "arrive before" and the day it is before (" del ", " the "). */
const DEADLINE_GAP = 6;

/**
 * "which arrives first, the toronto one or the new york one?", "寄多伦多的和寄纽约的，哪个先到？", "cuál llega
 * antes, el de méxico o el de berlín de ayer": a question of which parcel arrives first (an `arrives_first`
 * ask carrying the sides compared). Its arrival verb is what is asked, not the status delivered; "X or Y"
 * is two parcels, never a lane from X to Y, so each side's place is where its parcel goes (unless a firm
 * origin cue says otherwise), and a date belongs to the side it is written in. Runs after the place roles
 * and the other questions (it overrides their reading of the same words).
 */
export class ComparisonRefiner implements Refiner {
  readonly name = 'ComparisonRefiner';
  private readonly question: Cues;
  private readonly joiners: Cues;
  private readonly looseOrigin: ReadonlySet<string>;

  constructor(cues: SpanRoleCues['comparison'], looseOriginCues: readonly string[]) {
    this.question = new Cues(cues.firstArrival);
    this.joiners = new Cues(cues.sideJoiners);
    this.looseOrigin = new Set(looseOriginCues);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const asked = this.question.all(ctx.lower)[0];
    if (!asked) return spans;
    // "¿llega antes del jueves?", "will it arrive before monday?": a day to arrive by (DateRoleRefiner), no parcels compared.
    if (spans.some((s) => s.kind === 'date' && s.role === 'deadline' && s.index >= asked.end && s.index - asked.end <= DEADLINE_GAP)) return spans;
    // The question phrase and the joiners part the message into the sides compared.
    const cuts = [asked, ...this.joiners.all(ctx.lower)].sort((a, b) => a.index - b.index);
    const segments: Segment[] = [];
    let from = 0;
    for (const c of cuts) {
      if (c.index < from) continue;
      segments.push({ from, to: c.index });
      from = c.end;
    }
    segments.push({ from, to: ctx.lower.length });
    const inside = (s: Span, g: Segment) => s.index >= g.from && s.end <= g.to;
    const places = spans.filter((s): s is PlaceSpan => s.kind === 'place' && !s.negated && (s.role === null || s.role === 'origin' || s.role === 'destination'));
    const dates = spans.filter((s): s is DateSpan => s.kind === 'date' && s.role !== 'last_update');
    const sides: ComparedSide[] = [];
    for (const g of segments) {
      const own = places.filter((p) => inside(p, g));
      const date = dates.find((d) => inside(d, g));
      if (!own.length && !date) continue;
      const origin = own.find((p) => this.firmOrigin(p));
      const destination = own.find((p) => p !== origin);
      sides.push({ origin: origin ? { ...origin.value } : null, destination: destination ? { ...destination.value } : null, dateRange: date?.value ?? null });
    }
    // Each side's place is where its parcel goes (no lane from one side to the other).
    const out: Span[] = spans
      .filter((s) => !(s.kind === 'status' && s.index < asked.end && s.end > asked.index))
      .map((s) => (s.kind === 'place' && places.includes(s) && !this.firmOrigin(s) ? { ...s, role: 'destination' as const, roleSource: 'comparison: a side compared' } : s));
    const ask: AskSpan = { kind: 'ask', index: asked.index, end: asked.end, text: ctx.text.slice(asked.index, asked.end), value: 'arrives_first', source: `${this.name}:"${asked.phrase}"`, sides };
    return [...out, ask].sort((a, b) => a.index - b.index || b.end - a.end);
  }

  /** An origin by a cue that only means "from" ("from Shanghai", "寄自"), not by default nor by "de" (which also means "of"). */
  private firmOrigin(p: PlaceSpan): boolean {
    const cue = /^cue "(.+)"$/u.exec(p.roleSource ?? '')?.[1];
    return p.role === 'origin' && cue !== undefined && !this.looseOrigin.has(cue);
  }
}
