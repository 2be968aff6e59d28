import { withAccentFreeForms } from './accents.ts';
import { LANGUAGES, languageOrFallback } from './languages.ts';
import type { LocaleWords } from './types.ts';

/** The words of one language (the fallback's when the locale is not served). */
export function wordsOf(locale: string): LocaleWords {
  return languageOrFallback(locale).words;
}

/**
 * One word list in every language, together: a message is read whatever language it is written in
 * (a Spanish "sí" answers an English question), and each word also without its accents, as natives
 * often type it ("la ultima factura").
 */
export function wordsInEveryLanguage(list: (words: LocaleWords) => readonly string[]): readonly string[] {
  return Object.freeze(withAccentFreeForms(LANGUAGES.flatMap((l) => list(l.words))));
}

/** Whether the message says any of the words, matched as parts of its lower-cased text. */
export function saysAny(text: string, words: readonly string[]): boolean {
  const t = text.toLowerCase();
  return words.some((w) => t.includes(w));
}

/** A keyed word list (words per action, per role …) in every language, together, in the keys' order. */
export function keyedWordsInEveryLanguage<K extends string>(
  list: (words: LocaleWords) => Readonly<Record<K, readonly string[]>>,
  keys: readonly K[],
): readonly (readonly [K, readonly string[]])[] {
  return Object.freeze(keys.map((k) => [k, wordsInEveryLanguage((w) => list(w)[k])] as const));
}
