import type { Language } from '../types.ts';
import { EN_MARKERS } from '../locales/en/constants.ts';
import { ES_MARKERS } from '../locales/es/constants.ts';
import { scriptProfile } from './normalizeText.ts';
import { WordTrie } from './wordTrie.ts';

const EN = 1;
const ES = 2;
/** The marker words, walked while a message's words are scanned. */
const MARKERS = new WordTrie([...EN_MARKERS.map((w) => [w, EN] as const), ...ES_MARKERS.map((w) => [w, ES] as const)]);
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

/** How many words of `lower` ([\p{L}'’]+) are English and Spanish markers; scanned by character code unless astral characters need the regex. */
function countMarkers(lower: string): { en: number; es: number } {
  let en = 0;
  let es = 0;
  if (SURROGATE.test(lower)) {
    for (const word of lower.split(NON_WORD)) {
      const f = word ? MARKERS.lookup(word, 0, word.length) : 0;
      if (f & EN) en++;
      if (f & ES) es++;
    }
    return { en, es };
  }
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let node = 0;
    for (; i < n; i++) {
      const code = lower.charCodeAt(i);
      if (!isWordCode(code)) break;
      node = MARKERS.step(node, code);
    }
    const f = MARKERS.flags(node);
    if (f & EN) en++;
    if (f & ES) es++;
  }
  return { en, es };
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
  let { en, es } = countMarkers(lower);
  if (SPANISH_CHARS.test(lower)) es += 2;
  if (es > en) return { language: 'es', reason: `markers es=${es} en=${en}` };
  return { language: 'en', reason: `markers es=${es} en=${en}` };
}
