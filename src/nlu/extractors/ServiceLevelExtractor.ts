import { NOT_A_SERVICE } from '../locales/serviceLevelKeys.ts';
import type { Extractor, ParsingContext, ServiceSpan } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';
import type { ServiceLevel } from '../types.ts';

/** Service words ("express", "标准", "terrestre") from one language's dictionary (locales/<lang>/serviceLevels.ts). */
export class ServiceLevelExtractor implements Extractor {
  readonly name: string;
  private readonly matcher: PhraseMatcher<ServiceLevel | typeof NOT_A_SERVICE>;

  constructor(language: string, levels: Readonly<Record<string, readonly string[]>>) {
    this.name = `${language.toUpperCase()}ServiceLevelExtractor`;
    const entries: [string, ServiceLevel | typeof NOT_A_SERVICE][] = [];
    for (const [level, phrases] of Object.entries(levels)) for (const p of phrases) entries.push([p, level as ServiceLevel | typeof NOT_A_SERVICE]);
    this.matcher = new PhraseMatcher(entries);
  }

  extract(ctx: ParsingContext): ServiceSpan[] {
    // "ground floor" is matched so its "ground" is not read as the service, then dropped.
    const spans: ServiceSpan[] = [];
    for (const h of this.matcher.findAll(ctx.lower)) {
      if (h.value === NOT_A_SERVICE) continue;
      spans.push({ kind: 'service', index: h.index, end: h.end, text: ctx.text.slice(h.index, h.end), value: h.value, source: `${this.name}:"${h.phrase}"` });
    }
    return spans;
  }
}
