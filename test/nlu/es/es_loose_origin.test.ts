import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

const TZ = 'Europe/Madrid';

/** "el de X" names a parcel by a place without saying which end: the parse says the origin's cue was loose. */
describe('ES loose origin cue', () => {
  test.each([
    ['¿y el de Madrid?', true],
    ['y lo de Ciudad de México?', true],
    ['el paquete del Perú', true],
    ['el paquete desde Madrid', false],
    ['lo que salió de Barcelona', false],
    ['el paquete de Madrid a Lima', false],
  ])('should mark "%s" loose: %s', (text, loose) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.origin).not.toBeNull();
      expect(p.looseOrigin === true).toBe(loose);
    });
  });

  test('should never mark an English origin loose', () => {
    testSingleCase('and the one from Madrid?', TZ, (p) => {
      expect(p.origin).not.toBeNull();
      expect(p.looseOrigin).toBeUndefined();
    });
  });
});
