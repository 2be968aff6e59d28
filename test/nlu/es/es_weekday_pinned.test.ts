import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 (11:00 in Madrid).
const TZ = 'Europe/Madrid';

describe('ES weekday said with its day: the nearest date where they agree', () => {
  test.each([
    ['lo envié el martes 18', '2025-03-18'],
    ['llega el lunes 14', '2025-04-14'], // the nearest Monday the 14th is in April
    ['lo mandé el martes, día 18', '2025-03-18'],
    ['lo envié el martes 18 de marzo', '2025-03-18'],
    ['mandé el lunes 2 paquetes', '2025-03-17'], // a count, not a day: the Monday alone
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });
});
