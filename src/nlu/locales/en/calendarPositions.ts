import type { WeekdayPinnedSyntax } from '../../extractors/WeekdayPinnedDateExtractor.ts';
import { EN_MONTH_NUMBERS, EN_ORDINAL_NOUNS, EN_WEEKDAY_NUMBERS } from './constants.ts';

/**
 * English dictionaries and patterns of dates placed inside a month, a year or a week ("the last day of
 * May", "the first week of October", "last week's Sunday", "Tuesday the 19th"). Kept apart from
 * constants.ts, which also holds the place and status cues; built from the same dictionaries.
 */

/** Ordinal words and forms up to 31, for days and weeks counted inside a period. */
export const EN_ORDINAL_NUMBERS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(
    [
      'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
      'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
      'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
      'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first',
    ].flatMap((word, i) => {
      const n = i + 1;
      const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
      return [
        [word, n],
        [`${n}${suffix}`, n],
      ];
    }),
  ),
);

const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const ORDINAL = alternation(Object.keys(EN_ORDINAL_NUMBERS));
const MONTH = `(${alternation(Object.keys(EN_MONTH_NUMBERS))})\\.?`;
const WEEKDAY = `(${alternation(Object.keys(EN_WEEKDAY_NUMBERS))})\\.?`;
const YEAR = '([12][0-9]{3})';

/**
 * A day or a week counted inside a month or a year: "the third day of October", "the last day of May
 * 2015", "the second last day in June", "the first week of October 2014", "the third last week of
 * 2018". Groups: 1 the ordinal (absent with "last": the last), 2 "last", 3 day or week, 4 the month
 * (not followed by a day: "the week of October 7" is another phrase), 5 its year, 6 a year alone.
 */
export const EN_POSITION_IN_PERIOD = new RegExp(
  `\\b(?:the\\s+)?(?:(${ORDINAL})\\s+)?(?:(last)\\s+)?(day|week)\\s+(?:of|in)\\s+(?:${MONTH}(?!\\s+[0-3]?[0-9](?![0-9]))(?:,?\\s+${YEAR})?|${YEAR})\\b`,
  'gi',
);

/** "last week's Sunday", "next week's Friday", "this week's Monday": which Monday–Sunday week. */
export const EN_WEEK_OFFSETS: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, next: 1, "the previous": -1, "the next": 1 };
export const EN_WEEKDAY_OF_RELATIVE_WEEK = new RegExp(`\\b(${alternation(Object.keys(EN_WEEK_OFFSETS))})\\s+week['’]?s\\s+${WEEKDAY}`, 'gi');
/**
 * The same said weekday first or with "on": "Thursday last week", "Thursday of last week", "last week
 * on Thursday" (chrono reads this week's Thursday for the first two). Groups: 1 the weekday, 2 the week
 * (weekday first); 3 the week, 4 the weekday ("… week on …").
 */
export const EN_WEEKDAY_AND_RELATIVE_WEEK = new RegExp(
  // "on" belongs to the phrase: chrono's reading of "on Tuesday of last week" would otherwise be the longer one.
  `\\b(?:on\\s+)?${WEEKDAY}\\s+(?:of\\s+|in\\s+)?(${alternation(Object.keys(EN_WEEK_OFFSETS))})\\s+week\\b|\\b(${alternation(Object.keys(EN_WEEK_OFFSETS))})\\s+week\\s+on\\s+${WEEKDAY}`,
  'gi',
);

/** "March after next": the month a year after the coming one. */
export const EN_MONTH_AFTER_NEXT = new RegExp(`\\b${MONTH}\\s+after\\s+next\\b`, 'gi');

/** "March the 15th", "Feb the 3rd": a month, "the" and a day (chrono reads only the month). */
export const EN_MONTH_THE_DAY = new RegExp(`\\b${MONTH}\\s+the\\s+(${ORDINAL})\\b`, 'gi');

/** A weekday, a month and a day as named groups (one form may hold each once). */
const NAMED_WEEKDAY = `(?<weekday>${alternation(Object.keys(EN_WEEKDAY_NUMBERS))})\\.?`;
const NAMED_MONTH = `(?<month>${alternation(Object.keys(EN_MONTH_NUMBERS))})\\.?`;
const NAMED_DAY = '(?<day>[0-3]?[0-9])(?:st|nd|rd|th)?';
/** No year follows: with one, chrono's reading of the whole date stands. */
const NO_YEAR = '(?![,/\\s]*[12][0-9]{3})';

/**
 * A weekday with the day that pins it, so the month or the year is found where they agree (groups
 * weekday, day, month): "Tuesday the 19th", "Fri 13th"; "Sunday 3 March", "Friday, July 18";
 * "July 18, Friday". The first form is checked for a count after it ("Monday 2nd attempt").
 */
const EN_WEEKDAY_PINNED_FORMS: WeekdayPinnedSyntax['forms'] = [
  {
    // A day in words needs "the" ("Monday first thing" is no date); "19th" does not.
    pattern: new RegExp(`\\b${NAMED_WEEKDAY},?\\s+(?:the\\s+|(?=[0-9]))(?<day>${ORDINAL})\\b(?!\\s+(?:of\\s+)?${MONTH})${NO_YEAR}`, 'gi'),
    countAfter: true,
  },
  { pattern: new RegExp(`\\b${NAMED_WEEKDAY},?\\s+(?:the\\s+)?${NAMED_DAY}\\s+(?:of\\s+)?${NAMED_MONTH}\\b${NO_YEAR}`, 'gi') },
  { pattern: new RegExp(`\\b${NAMED_WEEKDAY},?\\s+${NAMED_MONTH}\\s+(?:the\\s+)?${NAMED_DAY}\\b${NO_YEAR}`, 'gi') },
  { pattern: new RegExp(`\\b${NAMED_MONTH}\\s+${NAMED_DAY},?\\s+${NAMED_WEEKDAY}\\b`, 'gi') },
];

export const EN_WEEKDAY_PINNED: WeekdayPinnedSyntax = {
  // Every form names a weekday.
  gate: /mon|tue|wed|thu|fri|sat|sun/,
  forms: EN_WEEKDAY_PINNED_FORMS,
  weekdays: EN_WEEKDAY_NUMBERS,
  months: EN_MONTH_NUMBERS,
  dayNumerals: EN_ORDINAL_NUMBERS,
  countNouns: EN_ORDINAL_NOUNS,
};
