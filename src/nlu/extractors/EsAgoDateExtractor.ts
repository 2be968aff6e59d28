import { ES_AGO_UNITS, ES_NUMBER_WORDS } from '../locales/es/constants.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { addDays, formatDate } from '../text/timeZone.ts';

const HACE = /\bhace\s+(\p{L}+|\d{1,3})\s+(\p{L}+)/gu;
const UNIT_DAYS = { day: 1, week: 7, month: 30 } as const;

/** "hace dos días", "hace 3 semanas": chrono's Spanish parser does not read these. */
export class EsAgoDateExtractor implements Extractor {
  readonly name = 'ESAgoDateExtractor';

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    if (!ctx.lower.includes('hace')) return spans;
    for (const m of ctx.lower.matchAll(HACE)) {
      const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : ES_NUMBER_WORDS[m[1]!];
      const unit = ES_AGO_UNITS[m[2]!];
      if (n === undefined || unit === undefined) continue;
      const iso = formatDate(addDays(ctx.today, -n * UNIT_DAYS[unit]));
      spans.push({
        kind: 'date',
        index: m.index,
        end: m.index + m[0].length,
        text: ctx.text.slice(m.index, m.index + m[0].length),
        value: { from: iso, to: iso },
        source: `${this.name}:hace ${n} ${unit}`,
      });
    }
    return spans;
  }
}
