import { describe, expect, test } from 'vitest';
import { languageOf, localized, sentenceGap, wordsInEveryLanguage, wordsOf, type Catalogue } from '../../src/locale/index.ts';

const LABELS: Catalogue<string> = { en: 'Choose', zh: '选择', es: 'Elegir' };

describe('localized', () => {
  test.each([
    ['en', 'Choose'],
    ['zh', '选择'],
    ['zh-CN', '选择'],
    ['zh_TW', '选择'],
    ['ES', 'Elegir'],
    // Not served: the fallback language.
    ['fr', 'Choose'],
    ['', 'Choose'],
  ])('should give %s the entry %s', (locale, text) => {
    expect(localized(LABELS, locale)).toBe(text);
  });
});

describe('languageOf', () => {
  test('should know a served language by any of its tags, and nothing else', () => {
    expect(languageOf('es-MX')?.code).toBe('es');
    expect(languageOf('fr-FR')).toBeUndefined();
  });

  test.each([
    ['en', ' ', 'city, country'],
    ['zh', '', 'country city'],
    ['es', ' ', 'city, country'],
  ])('should describe how %s is written', (locale, gap, order) => {
    expect(sentenceGap(locale)).toBe(gap);
    expect(languageOf(locale)?.placeOrder).toBe(order);
  });
});

describe('word lists', () => {
  test('should read one language, or every language together in the list order', () => {
    expect(wordsOf('zh').yes).toContain('好的');
    expect(wordsOf('zh').yes).not.toContain('yes');
    const yes = wordsInEveryLanguage((w) => w.yes);
    expect(yes).toEqual(expect.arrayContaining(['yes', '好的', 'vale']));
    expect(yes.indexOf('yes')).toBeLessThan(yes.indexOf('好的'));
    expect(yes.indexOf('好的')).toBeLessThan(yes.indexOf('vale'));
  });
});
