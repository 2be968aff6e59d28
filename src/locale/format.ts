/** Intl formatting by language: numbers, dates and times, region names, sorting. */
import { languageOf } from './languages.ts';

/** The tag a locale is formatted with: its language's ("en" → "en-GB"); a locale not served is a tag already. */
export function intlTag(locale: string): string {
  const language = languageOf(locale);
  return language && language.code === locale ? language.intlTag : locale;
}

/** A number the local way ("2,074.4", "2074,4"); `options` as Intl.NumberFormat takes them. */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return value.toLocaleString(intlTag(locale), options);
}

const decimalMarks = new Map<string, string>();

/** A decimal written in code ("0.5") with the language's decimal mark ("0,5"), its digits untouched. */
export function withDecimalMark(decimal: string, locale: string): string {
  let mark = decimalMarks.get(locale);
  if (mark === undefined) {
    mark = new Intl.NumberFormat(intlTag(locale)).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    decimalMarks.set(locale, mark);
  }
  return decimal.replace('.', mark);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat for a locale and options (formatters are costly to build). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlTag(locale), options);
    dateTimeFormats.set(key, f);
  }
  return f;
}

function dateFormat(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  });
}

/** "Tue, 3 Mar 2026, 14:05" in the given zone; an instant in ISO-8601. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return dateFormat(locale, timeZone, true).format(new Date(iso));
}

/** A local calendar date (YYYY-MM-DD) as the customer writes dates, "Tue, 3 Mar 2026"; no zone shift. */
export function formatLocalDate(date: string, locale: string): string {
  return dateFormat(locale, 'UTC', false).format(new Date(`${date}T12:00:00Z`));
}

/** A local calendar date, short: "18 Mar", "3月18日", "18 mar". */
export function formatShortDate(date: string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${date}T12:00:00Z`));
}

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name in the customer's language ("Canada", "加拿大", "Canadá"). Named by the language
 * itself, not its formatting tag: CLDR's "en" says "St. Lucia" where "en-GB" says "St Lucia".
 */
export function regionName(country: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(country) ?? country;
}

/** Sorts names the way the language does (pinyin order in Chinese). */
export function collatorFor(locale: string): Intl.Collator {
  return new Intl.Collator(intlTag(locale));
}
