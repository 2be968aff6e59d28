import { SITUATED_ROLES, type ParsingContext, type PlaceSpan, type Refiner, type Span } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';

/**
 * Fills in roles the cues left open. "X to Y" / "X到Y" / "X - Y" is a lane: X is the origin. Then
 * a lone place is the destination (people ask about parcels they sent), two open places are
 * origin then destination, and an open place beside a known role takes the other one.
 * In a correction ("not from Shanghai, Shenzhen", "不是上海，是深圳") an open place takes the cued
 * role of the negated one, or none: the dialog knows which role the wrong place had. Places the span
 * role refiners put elsewhere (where the parcel is, a new address, a signature) take no part.
 */
export class PlaceRoleRefiner implements Refiner {
  readonly name = 'PlaceRoleRefiner';
  private readonly joiners: PhraseMatcher<true>;

  constructor(laneJoiners: readonly string[]) {
    this.joiners = new PhraseMatcher(laneJoiners.map((j) => [j, true] as const));
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const all = spans.filter((s): s is PlaceSpan => s.kind === 'place' && !SITUATED_ROLES.has(s.role));
    if (all.length === 0) return spans;
    const places = all.filter((p) => !p.negated);
    if (places.length < all.length) {
      this.correct(all, places);
      return spans;
    }
    for (let k = 0; k + 1 < places.length; k++) {
      const a = places[k]!;
      const b = places[k + 1]!;
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
    const open = places.filter((p) => p.role === null);
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
    return spans;
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
