/**
 * The languages the assistant answers in: one line each. The first is the fallback. A language is a
 * folder beside this file (its Intl tag, how it is written, its word lists: `<code>/index.ts`); the
 * parser's own seam for it is src/nlu/locales/<code>/.
 */
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import type { LanguagePack } from './types.ts';
import { zh } from './zh/index.ts';

export const LANGUAGES = Object.freeze([
  en,
  zh,
  es,
] as const);

/** A language code the assistant answers in: "en" | "zh" | "es". */
export type Language = (typeof LANGUAGES)[number]['code'];

/** The codes in order, the fallback first ("en"): the locales a conversation may hold. */
export const LANGUAGE_CODES: readonly Language[] = Object.freeze(LANGUAGES.map((l) => l.code));

const BY_CODE: ReadonlyMap<string, LanguagePack> = new Map(LANGUAGES.map((l) => [l.code, l]));

/** The language of a locale ("zh-CN", "zh_TW" and "zh" alike), or undefined when it is not served. */
export function languageOf(locale: string): (LanguagePack & { code: Language }) | undefined {
  // A bare code ("en", as nearly every caller passes) is looked up as it is: the dialog asks per cue and word.
  const pack = BY_CODE.get(locale) ?? BY_CODE.get(locale.split(/[-_]/)[0]!.toLowerCase());
  return pack as (LanguagePack & { code: Language }) | undefined;
}

/** What goes between two sentences joined into one reply: a space, or nothing in a language written without spaces. */
export function sentenceGap(locale: string): '' | ' ' {
  return languageOrFallback(locale).spacesBetweenWords ? ' ' : '';
}

/** The language of a locale, the fallback (English) when it is not served. */
export function languageOrFallback(locale: string): LanguagePack & { code: Language } {
  return languageOf(locale) ?? LANGUAGES[0];
}
