import type { Language } from '../types.ts';
import { EN_MARKERS } from '../locales/en/constants.ts';
import { ES_MARKERS } from '../locales/es/constants.ts';
import { scriptProfile } from './normalizeText.ts';

const EN_SET = new Set(EN_MARKERS);
const ES_SET = new Set(ES_MARKERS);
const WORD_CHAR = /^[\p{L}'’]$/u;
const NON_WORD = /[^\p{L}'’]+/u;
const SURROGATE = /[\ud800-\udfff]/;
/** Per UTF-16 code unit: 2 a letter or apostrophe (part of a marker word), 1 not, 0 not yet known. */
const wordClass = new Uint8Array(0x10000);

function isWordCode(code: number): boolean {
  let c = wordClass[code]!;
  if (c === 0) wordClass[code] = c = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
  return c === 2;
}

/** Calls `fn` for each word ([\p{L}'’]+) of `lower`; scanned by character code unless astral characters need the regex. */
function forEachWord(lower: string, fn: (word: string) => void): void {
  if (SURROGATE.test(lower)) {
    for (const word of lower.split(NON_WORD)) if (word) fn(word);
    return;
  }
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordCode(lower.charCodeAt(end))) end++;
    fn(lower.slice(i, end));
    i = end;
  }
}

/** Every Han character (astral ones as surrogates) is at or above U+2E80, CJK Radicals Supplement. */
const FIRST_HAN = 0x2e80;

/** A cheap superset of "has a Han character": some code unit at or above FIRST_HAN. */
function mayHaveHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_HAN) return true;
  return false;
}

/** Letters and marks only Spanish uses among our languages. */
const SPANISH_CHARS = /[ñáéíóú¿¡]/;

export interface LanguageGuess {
  language: Language;
  /** Why, for --explain. */
  reason: string;
}

/**
 * Han characters make it Chinese (mixed "寄到New York的包裹" too); otherwise Spanish against English
 * by marker words and Spanish-only letters. Ties go to English.
 */
export function detectLanguage(lower: string): LanguageGuess {
  if (mayHaveHan(lower)) {
    const profile = scriptProfile(lower);
    if (profile.han > 0 && profile.han * 3 >= profile.latin) return { language: 'zh', reason: `han=${profile.han}` };
  }
  const count = { en: 0, es: 0 };
  forEachWord(lower, (word) => {
    if (EN_SET.has(word)) count.en++;
    if (ES_SET.has(word)) count.es++;
  });
  let { en, es } = count;
  if (SPANISH_CHARS.test(lower)) es += 2;
  if (es > en) return { language: 'es', reason: `markers es=${es} en=${en}` };
  return { language: 'en', reason: `markers es=${es} en=${en}` };
}
