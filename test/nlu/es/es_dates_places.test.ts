import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 11:00 in Madrid.
const TZ = 'Europe/Madrid';

describe('ES dates and places', () => {
  test.each([
    ['lo mandé ayer', '2025-03-19', '2025-03-19'],
    ['lo mandé anteayer', '2025-03-18', '2025-03-18'],
    ['lo envié hace dos días', '2025-03-18', '2025-03-18'],
    ['lo envié hace 3 semanas', '2025-02-27', '2025-02-27'],
    ['enviado el 15 de marzo', '2025-03-15', '2025-03-15'],
    ['lo mandé el viernes pasado', '2025-03-14', '2025-03-14'],
    ['lo mandé la semana pasada', '2025-03-10', '2025-03-16'],
    ['lo mandé el mes pasado', '2025-02-01', '2025-02-28'],
  ])('should read "%s" as %s..%s', (text, from, to) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from, to }));
  });

  test.each([
    ['paquete de Barcelona a Londres', { name: 'Barcelona', country: 'ES' }, { name: 'London', country: 'GB' }],
    ['el envío desde Pekín', { name: 'Beijing', country: 'CN' }, null],
    ['mi paquete para Nueva York', null, { name: 'New York', country: 'US' }],
    ['quiero hablar con una persona', null, null],
  ])('should read places in %s', (text, origin, destination) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.origin).toEqual(origin);
      expect(p.destination).toEqual(destination);
    });
  });
});
