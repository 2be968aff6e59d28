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
  // Mostly Spanish with one English phrase, or Spanish words no marker list had (found by an outside tester, H30 H48).
  ['hey mi tracking 1Z6M1S5E0800001118 no se mueve, is it lost??', 'es'],
  ['somos clientes vip? cuanto costaria', 'es'],
  ['el envio de la semana no se mueve, any news?', 'es'],
  ['is my parcel to Madrid there yet? gracias', 'en'],
])('should read %j as %s', (text, language) => {
  expect(messageLanguage(text)).toBe(language);
  expect(detectLanguage(text.toLowerCase()).language).toBe(language);
});

test('should not call a place name alone Spanish', () => {
  expect(messageLanguage('San Diego')).toBeNull();
});

test.each(['no, I meant Las Vegas', 'to Los Angeles, the one from San Diego', 'no'])('should not call %j Spanish', (text) => {
  expect(messageLanguage(text)).not.toBe('es');
});
