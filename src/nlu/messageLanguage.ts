import { EN_MARKERS } from './locales/en/constants.ts';
import { ES_MARKERS } from './locales/es/constants.ts';
import type { Language } from './types.ts';
import { scriptProfile } from './text/normalizeText.ts';

/** Tracking numbers, account numbers, digits and symbols say nothing about the language. */
const NEUTRAL = /\b1z[\s-]*(?:[0-9a-z][\s-]*){15}[0-9]\b|[\d\p{P}\p{S}\s]+/giu;
const SPANISH_LETTERS = /[ñáéíóú¿¡]/;
const EN = new Set(EN_MARKERS);
const ES = new Set(ES_MARKERS);

/**
 * The language a message shows clearly enough to switch the conversation to it, or null: then the
 * conversation keeps the language it had. Han script is Chinese. Spanish needs its own letters or a
 * clear lead in marker words, since a place name such as "Los Angeles" or "San Diego" is not Spanish
 * speech (or a majority of at least three); English needs a lead of one marker word.
 */
export function messageLanguage(text: string): Language | null {
  const lower = text.toLowerCase();
  const words = lower.replace(NEUTRAL, ' ').trim();
  if (!/\p{L}/u.test(words)) return null;
  const profile = scriptProfile(words);
  if (profile.han > 0 && profile.han * 3 >= profile.latin) return 'zh';
  let en = 0;
  let es = 0;
  for (const w of words.split(/[^\p{L}'’]+/u)) {
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
  }
  // A majority of three or more Spanish words is Spanish speech with an English phrase in it ("mi tracking
  // no se mueve, is it lost??"), not a place name in English.
  // "¿" and "¡" count although the punctuation says nothing else: "¿mandamos algo ayer?" (found by an outside tester).
  if (SPANISH_LETTERS.test(lower) ? es >= en : es - en >= 2 || (es >= 3 && es > en)) return 'es';
  if (en - es >= 1) return 'en';
  return null;
}
