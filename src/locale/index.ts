/** The locale seam: languages, their Intl tags and formats, text catalogues, word lists. */
export { LANGUAGES, LANGUAGE_CODES, languageOf, languageOrFallback, sentenceGap, type Language } from './languages.ts';
export { localized, type Catalogue } from './catalogue.ts';
export { collatorFor, dateTimeFormat, formatDateTime, formatLocalDate, formatNumber, formatShortDate, intlTag, regionName, withDecimalMark } from './format.ts';
export { withAccentFreeForms, withoutAccents } from './accents.ts';
export { keyedWordsInEveryLanguage, saysAny, wordsInEveryLanguage, wordsOf } from './words.ts';
export type { LanguagePack, LocaleWords } from './types.ts';
