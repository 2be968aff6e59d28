import type { IntentDefinition } from '../../intents/types.ts';
import { EN_COMMON_WORDS } from './locales/en/constants.ts';
import { ES_COMMON_WORDS } from './locales/es/constants.ts';
import type { CommonWords } from './configuration.ts';

const LOWER_WORD = /(?<![\p{L}])[\p{Ll}]+(?![\p{L}])/gu;

/**
 * Words that are not place names: the curated lists plus every lower-case word of the intents/
 * examples (place names there are capitalised), so "to track" never fuzzy-matches a town.
 */
export function buildCommonWords(intents: readonly IntentDefinition[]): CommonWords {
  const en = new Set(EN_COMMON_WORDS);
  const es = new Set(ES_COMMON_WORDS);
  for (const def of intents) {
    for (const text of def.examples.en) for (const m of text.matchAll(LOWER_WORD)) en.add(m[0]);
    for (const text of def.examples.es) for (const m of text.matchAll(LOWER_WORD)) es.add(m[0]);
  }
  for (const w of es) en.add(w);
  return { en, zh: en, es };
}
