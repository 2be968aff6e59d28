import { ES_AGO_UNITS, ES_NUMBER_WORDS } from '../locales/es/constants.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { addDays, formatDate } from '../text/timeZone.ts';

const HACE = /\bhace\s+(más de\s+|mas de\s+)?(\p{L}+|\d{1,3})\s+(\p{L}+)/gu;
/** "hace más de una semana": between that long and three times that long ago (a vague past, never the coming week). */
const MORE_THAN_SPAN = 3;
const UNIT_DAYS = { day: 1, week: 7, month: 30 } as const;

/** "hace dos días", "hace 3 semanas", "hace más de una semana": chrono's Spanish parser does not read these. */
export class EsAgoDateExtractor implements Extractor {
  readonly name = 'ESAgoDateExtractor';

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    if (!ctx.lower.includes('hace')) return spans;
    for (const m of ctx.lower.matchAll(HACE)) {
      const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : ES_NUMBER_WORDS[m[2]!];
      const unit = ES_AGO_UNITS[m[3]!];
      if (n === undefined || unit === undefined) continue;
      const days = n * UNIT_DAYS[unit];
      const iso = formatDate(addDays(ctx.today, -days));
      const from = m[1] ? formatDate(addDays(ctx.today, -days * MORE_THAN_SPAN)) : iso;
      spans.push({
        kind: 'date',
        index: m.index,
        end: m.index + m[0].length,
        text: ctx.text.slice(m.index, m.index + m[0].length),
        value: { from, to: iso },
        source: `${this.name}:hace ${n} ${unit}`,
      });
    }
    return spans;
  }
}
