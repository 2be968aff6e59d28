import { getGazetteer, type GeoEntry } from '../../geo/index.ts';
import type { Extractor, ParsingContext, PlaceRole, PlaceSpan } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';

export interface ZhPlaceCues {
  originPrefixes: readonly string[];
  originSuffixes: readonly string[];
  destinationPrefixes: readonly string[];
}

/** How many characters may sit between a cue and the name ("寄到了北京", "从美国的纽约"). */
const CUE_GAP = 1;

/** Chinese place names from the curated alias table (and ISO country names), longest match first. */
export class ZhPlaceExtractor implements Extractor {
  readonly name = 'ZHPlaceExtractor';
  private matcher: PhraseMatcher<GeoEntry> | null = null;

  constructor(private readonly cues: ZhPlaceCues) {}

  extract(ctx: ParsingContext): PlaceSpan[] {
    this.matcher ??= new PhraseMatcher(getGazetteer().zhAliases.entries());
    const spans: PlaceSpan[] = [];
    for (const h of this.matcher.findAll(ctx.lower)) {
      const role = this.roleOf(ctx.lower, h.index, h.end);
      spans.push({
        kind: 'place',
        index: h.index,
        end: h.end,
        text: ctx.text.slice(h.index, h.end),
        value: { ...h.value.place },
        role: role?.role ?? null,
        ...(role ? { roleSource: role.source } : {}),
        score: 1,
        source: `${this.name}:${h.value.source}`,
      });
    }
    return spans;
  }

  private roleOf(lower: string, index: number, end: number): { role: PlaceRole; source: string } | null {
    const after = lower.slice(end, end + 6);
    for (const s of this.cues.originSuffixes) if (after.startsWith(s)) return { role: 'origin', source: `suffix "${s}"` };
    for (let gap = 0; gap <= CUE_GAP; gap++) {
      const before = lower.slice(Math.max(0, index - gap - 6), index - gap);
      let best: { role: PlaceRole; source: string; len: number } | null = null;
      for (const p of this.cues.destinationPrefixes) {
        if (before.endsWith(p) && (!best || p.length > best.len)) best = { role: 'destination', source: `prefix "${p}"`, len: p.length };
      }
      for (const p of this.cues.originPrefixes) {
        if (before.endsWith(p) && (!best || p.length > best.len)) best = { role: 'origin', source: `prefix "${p}"`, len: p.length };
      }
      if (best) return { role: best.role, source: best.source };
    }
    return null;
  }
}
