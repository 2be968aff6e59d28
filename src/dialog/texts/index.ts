import { en } from './en.ts';
import { es } from './es.ts';
import type { Texts } from './types.ts';
import { zh } from './zh.ts';

const CATALOGUE: Readonly<Record<string, Texts>> = Object.freeze({ en, zh, es });

/** Locales the assistant answers in; the first is the fallback. */
export const SUPPORTED_LOCALES = Object.freeze(['en', 'zh', 'es'] as const);

/** The texts for a locale ("zh-CN" and "zh" alike), English when the locale is not served. */
export function textsFor(locale: string): Texts {
  return CATALOGUE[locale.split(/[-_]/)[0]!.toLowerCase()] ?? en;
}

export type { Texts, TrackingFacts } from './types.ts';
