import { describe, expect, test } from 'vitest';
import { place, testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 (11:00 in Madrid).
const TZ = 'Europe/Madrid';

describe('ES follow-ups, days alone, corrections, bare places', () => {
  test.each([
    ['¿y el de Madrid?', { origin: place('Madrid', 'ES') }],
    ['¿y el que mandé a Lima?', { destination: place('Lima', 'PE') }],
    ['¿y el de ayer?', { dateRange: { from: '2025-03-19', to: '2025-03-19' } }],
  ])('should read "%s" as track_shipment with its entities', (text, fields) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p).toMatchObject(fields);
    });
  });

  test.each([
    ['el 14', '2025-03-14'],
    ['no, el 3', '2025-03-03'],
    ['el día 18', '2025-03-18'],
    ['el 14 por favor', '2025-03-14'],
    ['lo mandé el 15 de marzo', '2025-03-15'],
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  // Durations, not dates (found by an outside tester: "más de una semana" was read as a week from today).
  test.each([['el 10% del envío'], ['tengo 2 paquetes'], ['lleva más de una semana de retraso'], ['está parado por tres días'], ['lleva durante dos semanas sin moverse'], ['retrasado más de 5 días']])('should find no date in "%s"', (text) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toBeNull());
  });

  test('should read "no es Madrid, es Barcelona" as a correction', () => {
    testSingleCase('no es Madrid, es Barcelona', TZ, (p) => {
      expect(p.negatedPlaces).toEqual([place('Madrid', 'ES')]);
      expect(p.places).toEqual([place('Barcelona', 'ES')]);
      expect(p.destination).toBeNull();
    });
  });

  test('should give a cued correction its role', () => {
    testSingleCase('no desde Zaragoza, desde Bilbao', TZ, (p) => {
      expect(p.origin).toEqual(place('Bilbao', 'ES'));
      expect(p.negatedPlaces).toEqual([place('Zaragoza', 'ES')]);
    });
  });
});
