import type { LanguagePack } from '../types.ts';
import { EN_WORDS } from './words.ts';

export const en = {
  code: 'en' as const,
  intlTag: 'en-GB',
  userLocale: 'en',
  spacesBetweenWords: true,
  placeOrder: 'city, country',
  words: EN_WORDS,
} satisfies LanguagePack;
