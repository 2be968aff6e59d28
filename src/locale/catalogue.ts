import { LANGUAGES, languageOrFallback, type Language } from './languages.ts';

/**
 * Texts (or any per-language data) of one concern, one entry per language. Typed by `Language`, so a
 * language added to the list and missing here is a compile error; `test/locale/completeness.test.ts`
 * finds empty or missing keys inside the entries.
 */
export type Catalogue<T> = Readonly<Record<Language, T>>;

/** A catalogue's entry for a locale ("zh-CN" and "zh" alike), the fallback language's when it is not served. */
export function localized<T>(catalogue: Catalogue<T>, locale: string): T {
  return catalogue[languageOrFallback(locale).code] ?? catalogue[LANGUAGES[0].code];
}
