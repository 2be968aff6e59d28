import type { Language } from '../types.ts';
import { EN_MARKERS } from '../locales/en/constants.ts';
import { ES_MARKERS } from '../locales/es/constants.ts';
import { scriptProfile } from './normalizeText.ts';

const EN_SET = new Set(EN_MARKERS);
const ES_SET = new Set(ES_MARKERS);
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
  const profile = scriptProfile(lower);
  if (profile.han > 0 && profile.han * 3 >= profile.latin) return { language: 'zh', reason: `han=${profile.han}` };
  let en = 0;
  let es = 0;
  for (const word of lower.split(/[^\p{L}'’]+/u)) {
    if (!word) continue;
    if (EN_SET.has(word)) en++;
    if (ES_SET.has(word)) es++;
  }
  if (SPANISH_CHARS.test(lower)) es += 2;
  if (es > en) return { language: 'es', reason: `markers es=${es} en=${en}` };
  return { language: 'en', reason: `markers es=${es} en=${en}` };
}
