import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

const TZ = 'Europe/Madrid';

/**
 * A town takes no article: after a cue and "los", "la", "the" a lower-case word is an ordinary noun
 * ("de los santos" is "of the saints", not Santos), while names that begin with the article
 * ("los ángeles", "la paz") and capitalised names stay places.
 */
describe('ES places after an article', () => {
  test.each(['un regalo de los santos', 'el paquete de la union', 'un envío a la florida', 'la caja de las palmas'])(
    'should find no town in "%s"',
    (text) => {
      testSingleCase(text, TZ, (p) => {
        expect(p.placeRoles).toEqual([]);
        expect(p.origin).toBeNull();
        expect(p.destination).toBeNull();
      });
    },
  );

  test.each([
    ['un envío a los ángeles', 'Los Angeles'],
    ['un envío a Los Ángeles', 'Los Angeles'],
    ['el paquete desde La Victoria', 'La Victoria'],
    ['un paquete a la India', 'India'],
  ])('should still find the place in "%s"', (text, name) => {
    testSingleCase(text, TZ, (p) => expect(p.placeRoles?.map((r) => r.place.name)).toEqual([name]));
  });
});

describe('ES dates that are no ship date', () => {
  test('should not take the day a parcel last moved as its ship date ("no se mueve desde el día 5")', () => {
    testSingleCase('mi paquete a Chicago no se mueve desde el día 5', TZ, (p) => expect(p.dateRange).toBeNull());
  });

  test('should read "hace más de una semana" as a vague past, never the coming week', () => {
    testSingleCase('lo mandé hace más de una semana', TZ, (p) => {
      expect(p.dateRange!.to < p.dateRange!.from).toBe(false);
      expect(p.dateRange!.to <= '2025-03-13').toBe(true);
    });
  });
});
