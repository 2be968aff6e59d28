import { en } from './en.ts';
import { es } from './es.ts';
import type { MailTexts } from './types.ts';
import { zh } from './zh.ts';

const CATALOGUE: Readonly<Record<string, MailTexts>> = Object.freeze({ en, zh, es });

/** The e-mail texts for a locale ("zh-CN" and "zh" alike), English when the locale is not served. */
export function mailTextsFor(locale: string): MailTexts {
  return CATALOGUE[locale.split(/[-_]/)[0]!.toLowerCase()] ?? en;
}

export type { MailTexts, VerificationMailFacts } from './types.ts';
