import type { PeriodName } from '../en/constants.ts';

/** Chinese dictionaries (simplified; traditional text is folded before matching). Data only. */

/** Immediately before a place: origin. */
export const ZH_ORIGIN_PREFIXES: readonly string[] = ['从', '由', '自', '打'];
/** Immediately after a place: origin ("上海寄来的", "上海发出", "广州发的"). */
export const ZH_ORIGIN_SUFFIXES: readonly string[] = [
  '寄来', '发来', '寄过来', '发过来', '寄出', '发出', '运来', '过来的', '来的', '出发', '发的', '寄的', '运的',
];
/** Immediately before a place: destination. */
export const ZH_DESTINATION_PREFIXES: readonly string[] = [
  '寄往', '发往', '寄到', '发到', '寄去', '发去', '送到', '运到', '送往', '运往', '寄给', '寄至', '发至', '到', '去', '往', '至',
];
/** Immediately after a place: destination ("寄去纽约", handled by prefix; "纽约那边的收件人"). */
export const ZH_DESTINATION_SUFFIXES: readonly string[] = ['方向'];
/** Between two places: lane "上海到纽约", "上海-纽约", "上海寄纽约". */
export const ZH_LANE_JOINERS: readonly string[] = ['到', '至', '-', '寄往', '发往', '寄到', '发到', '寄', '飞', '→'];
/** Between two places of one role: "新加坡和香港的包裹" names two destinations, not a lane. */
export const ZH_PLACE_COORDINATORS: readonly string[] = ['和', '、', '跟', '与', '及', '以及', '还有', '或', '或者', 'and'];

export const ZH_STATUS_HINTS: Readonly<Record<string, readonly string[]>> = {
  /** Asking about the status, not filtering by it ("签收了吗", "has it arrived"): matched so its shorter words do not count; dropped. */
  question: ['签收了吗', '签收了没', '签收了没有', '签收没有', '签收了嘛', '到了吗', '到了没', '到了没有', '送到了吗', '送到了没', '送到了没有', '送达了吗', '送达了没', '收到了吗', '已经签收了吗', '已签收了吗', '已经到了吗', '有没有签收', '有没有送到', '有没有到', '是否签收', '是否送达', '是否已签收', '什么时候到', '什么时候能到', '哪天到', '何时送达'],
  not_delivered: [
    '还没到', '没收到', '还没收到', '未收到', '没到', '还没送到', '一直没到', '还没有到', '没有收到', '未送达', '没送到', '还没来',
    '没签收', '还没签收', '未签收', '尚未签收', '没有签收', '还未签收', '尚未到', '还未到', '尚未送达', '还未送达', '没送达',
    '还未送到', '未送到', '尚未送到', '还没有送到', '还没有签收',
    // Going to a place ("正在寄往伦敦的"): not there yet, whatever its last scan says.
    '正在寄往', '正在发往', '正在运往', '正在送往', '正寄往', '正发往', '正运往',
  ],
  delivered: ['已签收', '显示签收', '已送达', '签收了', '送到了', '已经到了', '显示已送达', '显示送达', '已经签收', '已经送到', '已经送达'],
  /** Places that hold a status word: 转运中心 is a transit centre, not 转运中 (in transit). */
  not_status: ['转运中心', '派送中心', '运输中心'],
  stuck: ['卡住', '卡在', '卡了', '停了', '不动', '没有更新', '没更新', '停在', '一直没动', '没动静', '不更新', '没有动静', '停滞'],
  in_customs: ['在海关', '清关中', '待清关', '等待清关', '正在清关', '报关中'],
  // "芝加哥被扣的那个": a parcel "held" is held in customs, as 扣关 says (found by an outside tester: every exception).
  held_in_customs: ['海关扣', '被海关扣', '扣关', '被扣关', '海关扣留', '卡在海关', '被扣', '扣住', '被扣住'],
  exception: ['异常', '退回', '扣留', '派送失败'],
  in_transit: ['运输中', '在路上', '转运中', '在途'],
  damaged: ['坏了', '破损', '损坏', '摔坏', '压坏', '破了', '碎了', '压扁'],
  late: ['延误', '延迟', '逾期', '晚到', '迟到', '超时', '误点', '晚点', '过了预计', '超过预计',
    // "我们哪些包裹有问题？": 异常（被扣、破损……）或已过预计送达。
    '包裹有问题', '包裹出问题', '包裹出了问题', '有问题的包裹', '出问题的包裹', '快件有问题', '货有问题',
    // "今天寄出的有几个出问题了": the parcels asked about went wrong.
    '个出问题', '个出了问题', '出问题了'],
  out_for_delivery: ['派送中', '正在派送', '派件中', '正在派件', '在派送', '投递中', '正在投递'],
};

export const ZH_FUTURE_CUES: readonly string[] = ['下周', '下个', '下星期', '下礼拜', '明天', '后天', '下月'];

/** Chrono matches that are times of day, not dates. */
export const ZH_CHRONO_IGNORED = { texts: ['现在', '早上', '晚上', '下午', '上午', '中午', '今晚', '刚才', '目前'], prefixes: [] };

/** Period words with no weekday after them (checked by the extractor). */
export const ZH_PERIODS: Readonly<Record<string, PeriodName>> = {
  上周初: 'early_previous_week',
  上星期初: 'early_previous_week',
  上个星期初: 'early_previous_week',
  上礼拜初: 'early_previous_week',
  上个礼拜初: 'early_previous_week',
  上上周: 'week_before_last',
  上上个星期: 'week_before_last',
  上上个月: 'month_before_last',
  下周: 'next_week',
  下个星期: 'next_week',
  下礼拜: 'next_week',
  下个礼拜: 'next_week',
  下星期: 'next_week',
  下下周: 'week_after_next',
  下下个星期: 'week_after_next',
  下周末: 'next_weekend',
  下个月: 'next_month',
  上周: 'previous_week',
  上星期: 'previous_week',
  上礼拜: 'previous_week',
  上个星期: 'previous_week',
  上个礼拜: 'previous_week',
  本周: 'current_week',
  这周: 'current_week',
  这星期: 'current_week',
  这个星期: 'current_week',
  这礼拜: 'current_week',
  这个礼拜: 'current_week',
  本星期: 'current_week',
  上个月: 'previous_month',
  上月: 'previous_month',
  这个月: 'current_month',
  月初: 'early_current_month',
  这个月初: 'early_current_month',
  本月初: 'early_current_month',
  本月: 'current_month',
  这月: 'current_month',
  去年: 'previous_year',
  今年: 'current_year',
  明年: 'next_year',
  前年: 'year_before_last',
  后年: 'year_after_next',
  上周末: 'previous_weekend',
  这周末: 'current_weekend',
  本周末: 'current_weekend',
  这一周: 'current_week',
  这一星期: 'current_week',
  这一礼拜: 'current_week',
  今个星期: 'current_week',
  今个礼拜: 'current_week',
  今个月: 'current_month',
  下月: 'next_month',
  这一年: 'current_year',
  上年: 'previous_year',
  下年: 'next_year',
  最近几天: 'last_7_days',
  这几天: 'last_7_days',
  前几天: 'last_7_days',
};

/** Week prefixes before a weekday (本周一, 上周日, 下礼拜三) and how many weeks from this one they count. */
export const ZH_RELATIVE_WEEK_PREFIXES: Readonly<Record<string, number>> = {
  本周: 0, 这周: 0, 这星期: 0, 这个星期: 0, 这礼拜: 0, 这个礼拜: 0, 本星期: 0,
  上周: -1, 上星期: -1, 上个星期: -1, 上礼拜: -1, 上个礼拜: -1,
  下周: 1, 下星期: 1, 下个星期: 1, 下礼拜: 1, 下个礼拜: 1,
  上上周: -2, 上上个星期: -2, 下下周: 2, 下下个星期: 2,
};
export const ZH_WEEKDAYS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7,
};

/**
 * Characters and words without which chrono-node's zh.hans parser finds no date (a superset of its
 * patterns: digits, 年月日号, 今天/昨天/前天…, times of day, 星期/礼拜/周, numbers before a unit),
 * so messages without them skip chrono. test/nlu/chrono_date_cue.test.ts checks it.
 */
export const ZH_CHRONO_DATE_CUE =
  /[0-9:：月日号年周夜]|现在|立刻|立即|即刻|[今明前后昨][早晚朝天]|上午|早上|下午|晚上|中午|凌晨|星期|礼拜|[零〇一二三四五六七八九十两半几]个?\s*(?:秒|分|小时|钟|天|点|时)/;

/** Chinese numerals of the days of a month (十四, 二十一, 三十一). */
export const ZH_DAY_NUMERALS: Readonly<Record<string, number>> = Object.fromEntries(
  Array.from({ length: 31 }, (_, i) => {
    const n = i + 1;
    const digit = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const word = n < 10 ? digit[n]! : n === 10 ? '十' : n < 20 ? `十${digit[n - 10]}` : `${digit[Math.floor(n / 10)]}十${digit[n % 10]}`;
    return [word, n] as const;
  }).concat(
    // 廿 is twenty in dates (廿号, 廿一日).
    Array.from({ length: 10 }, (_, i) => [`廿${['', '一', '二', '三', '四', '五', '六', '七', '八', '九'][i]}`, 20 + i] as const),
  ),
);
/** After "3号" these make it a number of something else (3号楼 building 3, 1号线 line 1). */
export const ZH_DAY_NOT_BEFORE: readonly string[] = ['楼', '线', '门', '口', '柜', '仓', '库', '房', '机', '位', '车', '码', '台', '窗', '馆', '院', '店', '桌', '包裹'];
/** Day marks: 15号, 14日 (日 after a weekday word is not a day: 星期日 has no digits before it). */
export const ZH_DAY_MARKS: readonly string[] = ['号', '日'];

/**
 * A day of the month said alone: "15号", "14日", "十四号". Group 1 is the day. Not after 月 or 年
 * (3月15日 is chrono's), 第 (第3号) or another digit.
 */
export const ZH_DAY_OF_MONTH = new RegExp(
  `(?<![0-9月年第.\\-/:：零〇一二三四五六七八九十廿])([0-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])\\s*(?:${ZH_DAY_MARKS.join('|')})(?!${ZH_DAY_NOT_BEFORE.join('|')})`,
  'g',
);

/** Right before a place (or its role cue): 不是上海, 不是从上海, 并非寄往北京. Not 没: 没寄到上海 is a status. */
export const ZH_NEGATION_CUES: readonly string[] = ['不是', '并非', '并不是', '而不是', '不是在'];

/** A month named by where it is from this one. */
export const ZH_RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  本月: 0, 这个月: 0, 这月: 0, 今个月: 0, 下个月: 1, 下月: 1, 上个月: -1, 上月: -1,
};
/** A year named by where it is from this one. */
export const ZH_RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 明年: 1, 下年: 1, 去年: -1, 上年: -1, 前年: -2, 后年: 2,
};
/** Month numbers in Chinese numerals (一月 … 十二月). */
export const ZH_MONTH_NUMERALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};
/** Which one of a month's weekdays: 第一个 … 第五个, 最后一个 (-1). */
export const ZH_WEEKDAY_ORDINALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5,
};

const zhAlternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
const ZH_MONTH = `(1[0-2]|0?[1-9]|${zhAlternation(Object.keys(ZH_MONTH_NUMERALS))})月`;
const ZH_RELATIVE_MONTH = `(${zhAlternation(Object.keys(ZH_RELATIVE_MONTHS))})`;

/** 十月第一个星期一, 十月的第一個星期一, 下个月第二个礼拜三, 三月最后一个周五. */
export const ZH_WEEKDAY_OF_MONTH = new RegExp(
  `(?:${ZH_MONTH}|${ZH_RELATIVE_MONTH})的?(?:第(${zhAlternation(Object.keys(ZH_WEEKDAY_ORDINALS))})个|(最后一)个)(?:星期|礼拜|周)([一二三四五六日天1-7])`,
  'g',
);
/** 这个月二十号, 下个月20号, 上月5日. */
export const ZH_DAY_OF_RELATIVE_MONTH = new RegExp(`${ZH_RELATIVE_MONTH}的?([0-3]?[0-9]|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])\\s*[号日]`, 'g');
/** 明年九月, 下年9月, 去年十二月 (not followed by a day: 明年3月15日 is chrono's). */
export const ZH_MONTH_OF_RELATIVE_YEAR = new RegExp(
  `(${zhAlternation(Object.keys(ZH_RELATIVE_YEARS))})的?${ZH_MONTH}(?!\\s*(?:[0-9]|[零〇一二三四五六七八九十])+\\s*[号日])`,
  'g',
);
/** Cantonese days chrono's zh.hans does not know (尋日/聽日 fold to 寻日/听日), in days from today. */
export const ZH_CANTONESE_DAYS: Readonly<Record<string, number>> = { 寻日: -1, 琴日: -1, 听日: 1 };
/** Not before 本: 听日本客户说 is "heard the Japanese customer say". */
export const ZH_CANTONESE_DAY = new RegExp(`(${Object.keys(ZH_CANTONESE_DAYS).join('|')})(?!本)`, 'g');

/** "since friday": the day a period to today starts (DateSinceRefiner), before or after the date. */
export const ZH_SINCE_CUES = { before: ['从', '自从', '自'], after: ['以来', '以后', '之后', '至今'] } as const;
