import type { LanguagePack } from '../types.ts';
import { EN_WORDS } from './words.ts';

export const en = {
  code: 'en' as const,
  intlTag: 'en-GB',
  userLocale: 'en',
  sentenceGap: ' ',
  placeOrder: 'city, country',
  words: EN_WORDS,
} satisfies LanguagePack;
