import { SITUATED_ROLES, type ParsingContext, type PlaceSpan, type Refiner, type Span } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';

/**
 * Fills in roles the cues left open. "X to Y" / "X到Y" / "X - Y" is a lane: X is the origin. Then
 * a lone place is the destination (people ask about parcels they sent), two open places are
 * origin then destination, and an open place beside a known role takes the other one.
 * In a correction ("not from Shanghai, Shenzhen", "不是上海，是深圳") an open place takes the cued
 * role of the negated one, or none: the dialog knows which role the wrong place had. Places joined
 * by a coordinator ("to New York and Toronto", "新加坡和香港", "a Berlín y a México") share one role:
 * several destinations, never a lane. Places the span
 * role refiners put elsewhere (where the parcel is, a new address, a signature) take no part.
 */
export class PlaceRoleRefiner implements Refiner {
  readonly name = 'PlaceRoleRefiner';
  private readonly joiners: PhraseMatcher<true>;
  private readonly coordinators: PhraseMatcher<true>;

  constructor(laneJoiners: readonly string[], coordinators: readonly string[] = []) {
    this.joiners = new PhraseMatcher(laneJoiners.map((j) => [j, true] as const));
    this.coordinators = new PhraseMatcher(coordinators.map((c) => [c, true] as const));
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const all = spans.filter((s): s is PlaceSpan => s.kind === 'place' && !SITUATED_ROLES.has(s.role));
    if (all.length === 0) return spans;
    const places = all.filter((p) => !p.negated);
    if (places.length < all.length) {
      this.correct(all, places);
      return spans;
    }
    this.coordinate(ctx, places);
    for (let k = 0; k + 1 < places.length; k++) {
      const a = places[k]!;
      const b = places[k + 1]!;
      if (b.coordinated) continue;
      if (a.role !== null && a.role !== 'destination') continue;
      if (a.role === 'destination' && !a.roleSource?.includes('weak') && a.roleSource !== undefined) continue;
      const gap = ctx.lower.slice(a.end, b.index).trim();
      const hit = gap ? this.joiners.matchAt(gap, 0) : null;
      if (hit && hit.end === gap.length && (b.role === null || b.role === 'destination')) {
        a.role = 'origin';
        a.roleSource = `lane "${hit.phrase}"`;
        if (b.role === null) {
          b.role = 'destination';
          b.roleSource = `lane "${hit.phrase}"`;
        }
      }
    }
    const open = places.filter((p) => p.role === null && !p.coordinated);
    if (open.length > 0) {
      const hasOrigin = places.some((p) => p.role === 'origin');
      const hasDestination = places.some((p) => p.role === 'destination');
      if (open.length >= 2 && !hasOrigin && !hasDestination) {
        open[0]!.role = 'origin';
        open[0]!.roleSource = 'default: first of two';
        open[1]!.role = 'destination';
        open[1]!.roleSource = 'default: second of two';
      } else {
        for (const p of open) {
          p.role = hasDestination && !hasOrigin ? 'origin' : 'destination';
          p.roleSource = `default: ${p.role}`;
        }
      }
    }
    // A place joined to the one before takes its role, once that one has one.
    for (let k = 1; k < places.length; k++) {
      const p = places[k]!;
      if (!p.coordinated || p.role !== null) continue;
      const before = places[k - 1]!;
      p.role = before.role;
      // A role guessed for the place before is guessed for this one too (both stay uncued).
      p.roleSource = before.roleSource?.startsWith('default') ? 'default: coordinated' : 'coordinated';
    }
    return spans;
  }

  /**
   * "X and Y", "X和Y", "X y a Y": Y is joined to X (the same role) when only a coordinator, or a
   * coordinator and Y's own cue of X's role, stands between them.
   */
  private coordinate(ctx: ParsingContext, places: readonly PlaceSpan[]): void {
    for (let k = 0; k + 1 < places.length; k++) {
      const a = places[k]!;
      const b = places[k + 1]!;
      const gap = ctx.lower.slice(a.end, b.index).trim();
      const hit = gap ? this.coordinators.matchAt(gap, 0) : null;
      if (!hit) continue;
      const rest = gap.slice(hit.end).trim();
      if (rest === '' && (b.role === null || b.role === a.role)) {
        b.coordinated = true;
        if (b.role === null && a.role !== null) {
          b.role = a.role;
          b.roleSource = `coordinated "${hit.phrase}"`;
        }
      } else if (rest !== '' && !/\s/u.test(rest) && b.role !== null && b.role === a.role && b.roleSource?.startsWith('cue')) {
        b.coordinated = true;
      }
    }
  }

  /** Open places of a correction take the cued role of the negated place before them, if it had one. */
  private correct(all: readonly PlaceSpan[], kept: readonly PlaceSpan[]): void {
    for (const p of kept) {
      if (p.role !== null) continue;
      const wrong = [...all].reverse().find((n) => n.negated && n.role !== null && n.index < p.index) ?? all.find((n) => n.negated && n.role !== null);
      if (!wrong) continue;
      p.role = wrong.role;
      p.roleSource = `correction of "${wrong.text}"`;
    }
  }
}
