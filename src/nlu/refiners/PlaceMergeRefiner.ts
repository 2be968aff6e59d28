import type { ParsingContext, PlaceSpan, Refiner, Span } from '../pipeline/types.ts';

/** Only a comma, space or 的 between: "Paris, France", "美国纽约", "纽约 美国". */
const JOIN_GAP = /^[\s,，、的]{0,2}$/u;

/**
 * Merges a city with the country next to it into one place, keeping the city and the first
 * role found ("寄到美国纽约" is one destination).
 */
export class PlaceMergeRefiner implements Refiner {
  readonly name = 'PlaceMergeRefiner';

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const out: Span[] = [];
    for (const s of spans) {
      const prev = out[out.length - 1];
      if (s.kind === 'place' && prev?.kind === 'place' && JOIN_GAP.test(ctx.text.slice(prev.end, s.index)) && this.sameCountry(prev, s)) {
        const city = prev.source.includes('iso-countries') ? s : prev;
        const role = prev.role ?? s.role;
        const roleSource = prev.role ? prev.roleSource : s.roleSource;
        out[out.length - 1] = {
          ...city,
          index: prev.index,
          end: s.end,
          text: ctx.text.slice(prev.index, s.end),
          role,
          ...(roleSource ? { roleSource } : {}),
          source: `${city.source} +${this.name}`,
        };
        continue;
      }
      out.push(s);
    }
    return out;
  }

  private sameCountry(a: PlaceSpan, b: PlaceSpan): boolean {
    return a.value.country === b.value.country && (a.source.includes('iso-countries') || b.source.includes('iso-countries'));
  }
}
