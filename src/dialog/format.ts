/** Dates and times for the customer's locale and time zone. */

const LOCALE_TAGS: Record<string, string> = { en: 'en-GB', zh: 'zh-CN', es: 'es-ES' };

function tag(locale: string): string {
  return LOCALE_TAGS[locale] ?? locale;
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(locale), {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** "Tue, 3 Mar 2026, 14:05" in the given zone; an instant in ISO-8601. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, true).format(new Date(iso));
}

/** A local calendar date (YYYY-MM-DD) as the customer writes dates; no zone shift. */
export function formatLocalDate(date: string, locale: string): string {
  return formatter(locale, 'UTC', false).format(new Date(`${date}T12:00:00Z`));
}

const shortCache = new Map<string, Intl.DateTimeFormat>();

/** A local calendar date, short: "18 Mar", "3月18日", "18 mar". */
export function formatShortDate(date: string, locale: string): string {
  let f = shortCache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(tag(locale), { timeZone: 'UTC', day: 'numeric', month: 'short' });
    shortCache.set(locale, f);
  }
  return f.format(new Date(`${date}T12:00:00Z`));
}
