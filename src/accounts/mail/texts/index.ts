import { localized, type Catalogue } from '../../../locale/index.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { MailTexts } from './types.ts';
import { zh } from './zh.ts';

/** The e-mails' texts, per language. */
export const MAIL_TEXTS: Catalogue<MailTexts> = Object.freeze({ en, zh, es });

/** The e-mail texts for a locale ("zh-CN" and "zh" alike), English when the locale is not served. */
export function mailTextsFor(locale: string): MailTexts {
  return localized(MAIL_TEXTS, locale);
}

export type { MailTexts, VerificationMailFacts } from './types.ts';
