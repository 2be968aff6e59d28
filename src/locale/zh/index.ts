import type { LanguagePack } from '../types.ts';
import { ZH_WORDS } from './words.ts';

export const zh = {
  code: 'zh' as const,
  intlTag: 'zh-CN',
  userLocale: 'zh-CN',
  spacesBetweenWords: false,
  placeOrder: 'country city',
  words: ZH_WORDS,
} satisfies LanguagePack;
