/**
 * Spanish typed without accents is still Spanish (found by an outside tester: "mande algo a Londres en
 * febrero?" was answered in English): a marker word counts with or without its accents.
 */
import { expect, test } from 'vitest';
import { messageLanguage } from '../../src/nlu/messageLanguage.ts';
import { detectLanguage } from '../../src/nlu/text/detectLanguage.ts';

test.each([
  ['mandé algo a Londres en febrero?', 'es'],
  ['mande algo a Londres en febrero?', 'es'],
  ['ya llego el paquete de ayer?', 'es'],
  ['cuando llego? no se nada todavia', 'es'],
  ['did I send anything to London in february?', 'en'],
  ['parcels to Los Angeles in february', 'en'],
])('should read %j as %s', (text, language) => {
  expect(messageLanguage(text)).toBe(language);
  expect(detectLanguage(text.toLowerCase()).language).toBe(language);
});

test('should not call a place name alone Spanish', () => {
  expect(messageLanguage('San Diego')).toBeNull();
});
