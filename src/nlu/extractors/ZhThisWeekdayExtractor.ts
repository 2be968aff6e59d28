import { ZH_THIS_WEEK_PREFIXES, ZH_WEEKDAYS } from '../locales/zh/constants.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';
import { addDays, formatDate, isoWeekday } from '../text/timeZone.ts';

/** 本周一 / 这周三 / 这星期五: that weekday of the current Monday–Sunday week. */
export class ZhThisWeekdayExtractor implements Extractor {
  readonly name = 'ZHThisWeekdayExtractor';
  private readonly prefixes = new PhraseMatcher(ZH_THIS_WEEK_PREFIXES.map((p) => [p, true] as const));

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    for (const h of this.prefixes.findAll(ctx.lower)) {
      const weekday = ZH_WEEKDAYS[ctx.lower[h.end] ?? ''];
      if (weekday === undefined) continue;
      const monday = addDays(ctx.today, 1 - isoWeekday(ctx.today));
      const iso = formatDate(addDays(monday, weekday - 1));
      spans.push({
        kind: 'date',
        index: h.index,
        end: h.end + 1,
        text: ctx.text.slice(h.index, h.end + 1),
        value: { from: iso, to: iso },
        source: `${this.name}:"${h.phrase}"+${weekday}`,
      });
    }
    return spans;
  }
}
