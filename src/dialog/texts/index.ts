import { LANGUAGE_CODES, localized, type Catalogue } from '../../locale/index.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { Texts } from './types.ts';
import { zh } from './zh.ts';

/** The dialog's own sentences, per language. */
export const DIALOG_TEXTS: Catalogue<Texts> = Object.freeze({ en, zh, es });

/** Locales the assistant answers in; the first is the fallback. */
export const SUPPORTED_LOCALES = LANGUAGE_CODES;

/** The texts for a locale ("zh-CN" and "zh" alike), English when the locale is not served. */
export function textsFor(locale: string): Texts {
  return localized(DIALOG_TEXTS, locale);
}

export type { Texts, TrackingFacts } from './types.ts';
