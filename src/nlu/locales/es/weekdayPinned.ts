import type { WeekdayPinnedSyntax } from '../../extractors/WeekdayPinnedDateExtractor.ts';
import { ES_MONTH_AFTER_DAY, ES_ORDINAL_NOUNS } from './constants.ts';

/** Weekdays, ISO numbered (lunes = 1), with and without accents. */
const ES_WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6, domingo: 7,
};
const WEEKDAY = `(?<![\\p{L}])(?<weekday>${Object.keys(ES_WEEKDAY_NUMBERS).join('|')})`;
const DAY = '(?<day>[0-3]?[0-9])(?![\\p{N}%°]|[/:.,]\\p{N})';
const MONTH = `(?<month>${Object.keys(ES_MONTH_AFTER_DAY.months).join('|')})(?![\\p{L}])`;
/** No year follows: with one, chrono's reading of the whole date stands. */
const NO_YEAR = '(?!\\s+(?:de|del)\\s+[12][0-9]{3})';

/** "el martes 18", "martes, día 18", "el martes 18 de marzo": a weekday with its day (and month). */
export const ES_WEEKDAY_PINNED: WeekdayPinnedSyntax = {
  gate: /(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo),?\s+(?:d[ií]a\s+)?[0-9]/,
  forms: [
    { pattern: new RegExp(`${WEEKDAY},?\\s+(?:d[ií]a\\s+)?${DAY}(?!\\s+de\\s+[\\p{L}])`, 'gu'), countAfter: true },
    { pattern: new RegExp(`${WEEKDAY},?\\s+(?:d[ií]a\\s+)?${DAY}\\s+de\\s+${MONTH}${NO_YEAR}`, 'gu') },
  ],
  weekdays: ES_WEEKDAY_NUMBERS,
  months: ES_MONTH_AFTER_DAY.months,
  countNouns: ES_ORDINAL_NOUNS,
};
