import { expect, test } from 'vitest';
import { withAccentFreeForms, withoutAccents, wordsInEveryLanguage } from '../../src/locale/index.ts';

test.each([
  ['última', 'ultima'],
  ['mandé', 'mande'],
  ['¿dónde está?', '¿donde esta?'],
  ['pingüino', 'pinguino'],
  ['最新', '最新'],
  ['latest', 'latest'],
])('should write %j without accents as %j', (word, expected) => {
  expect(withoutAccents(word)).toBe(expected);
});

test('should keep every word and add its accent-free form once', () => {
  expect(withAccentFreeForms(['última', 'ultima', 'más reciente', 'latest'])).toEqual(['última', 'ultima', 'más reciente', 'mas reciente', 'latest']);
});

test('should read every word list of the dialog with and without accents', () => {
  const latest = wordsInEveryLanguage((w) => w.latestInvoice);
  for (const word of latest) expect(latest).toContain(withoutAccents(word));
});
