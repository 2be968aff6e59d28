import type { WeekdayPinnedSyntax } from '../../extractors/WeekdayPinnedDateExtractor.ts';
import { ZH_DAY_NUMERALS, ZH_WEEKDAYS } from './constants.ts';

/** A day of the month in digits or numerals, not after 月, 年, 第 or another digit (3月18号 is chrono's). */
const DAY = '(?<![0-9月年第.\\-/:：零〇一二三四五六七八九十廿])(?<day>[0-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])\\s*[号日]';
/** 星期二, 礼拜二, 周二; not 上周二 or 下周二 (that week's day: ZhRelativeWeekdayExtractor). */
const WEEKDAY = '(?<![上下这本])(?:星期|礼拜|周)(?<weekday>[一二三四五六日天1-7])';

/** "18号星期二", "18号（周二）", "星期二18号", "周二，十八号": a weekday with its day of the month. */
export const ZH_WEEKDAY_PINNED: WeekdayPinnedSyntax = {
  gate: /[号日][\s,，（(]*(?:星期|礼拜|周)|(?:星期|礼拜|周)[一二三四五六日天1-7][\s,，的]*[0-9一二三四五六七八九十廿]/,
  forms: [{ pattern: new RegExp(`${DAY}[\\s,，（(]*${WEEKDAY}`, 'g') }, { pattern: new RegExp(`${WEEKDAY}[\\s,，的]*${DAY}`, 'g') }],
  weekdays: ZH_WEEKDAYS,
  dayNumerals: ZH_DAY_NUMERALS,
};
