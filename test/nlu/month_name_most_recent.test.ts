import { describe, expect, test } from 'vitest';
import { sharedParser } from './helpers.ts';

// A month named alone is the most recent such month. chrono takes the year nearest today, so late in the year
// "march" was next March, and the past reading then stepped back to the year before this one (March 2025 on
// 7 December 2026, found by an outside conversation: "cuantos paquetes mandamos a paris en marzo").
describe('a month named alone, late in the year', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  test.each([
    ['how many parcels did we send to paris in march', '2026-03-01', '2026-03-31'],
    ['cuantos paquetes mandamos a paris en marzo', '2026-03-01', '2026-03-31'],
    ['我们三月寄到巴黎的包裹', '2026-03-01', '2026-03-31'],
    ['parcels shipped in may', '2026-05-01', '2026-05-31'],
    ['parcels shipped in november', '2026-11-01', '2026-11-30'],
    ['parcels shipped in december', '2026-12-01', '2026-12-31'],
    ['envíos de enero', '2026-01-01', '2026-01-31'],
    ['shipped in march 2025', '2025-03-01', '2025-03-31'],
  ])('"%s" is %s..%s', (text, from, to) => {
    expect(sharedParser().parse(text, { now, timeZone: 'UTC' }).dateRange).toEqual({ from, to });
  });

  test('early in the year, a later month is last year\'s', () => {
    const p = sharedParser().parse('parcels shipped in november', { now: new Date('2026-02-10T10:00:00Z'), timeZone: 'UTC' });
    expect(p.dateRange).toEqual({ from: '2025-11-01', to: '2025-11-30' });
  });
});
