import { ZH_RELATIVE_WEEK_PREFIXES, ZH_WEEKDAYS } from '../locales/zh/constants.ts';
import type { DateSpan, Extractor, ParsingContext } from '../pipeline/types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';
import { addDays, formatDate, isoWeekday } from '../text/timeZone.ts';

/**
 * 本周一 / 上周日 / 下礼拜三 / 上上周五: that weekday of a Monday–Sunday week counted from this one.
 * chrono reads 上周日 as the Sunday before today and 下周日 as the coming Sunday; in Chinese they
 * are the Sundays of last and next week.
 */
export class ZhRelativeWeekdayExtractor implements Extractor {
  readonly name = 'ZHRelativeWeekdayExtractor';
  private readonly prefixes = new PhraseMatcher(Object.entries(ZH_RELATIVE_WEEK_PREFIXES));

  extract(ctx: ParsingContext): DateSpan[] {
    const spans: DateSpan[] = [];
    for (const h of this.prefixes.findAll(ctx.lower)) {
      const weekday = ZH_WEEKDAYS[ctx.lower[h.end] ?? ''];
      if (weekday === undefined) continue;
      // "改一下周五寄的…": "一下" (a verb's "a bit") then a bare 周五, not 下周五 (found in a spot check: next week's Friday).
      if (ctx.lower.startsWith('下', h.index) && ctx.lower[h.index - 1] === '一') continue;
      const monday = addDays(ctx.today, 1 - isoWeekday(ctx.today) + 7 * h.value);
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
