import type { LanguagePack } from '../types.ts';
import { ES_WORDS } from './words.ts';

export const es = {
  code: 'es' as const,
  intlTag: 'es-ES',
  userLocale: 'es-ES',
  spacesBetweenWords: true,
  placeOrder: 'city, country',
  words: ES_WORDS,
} satisfies LanguagePack;
