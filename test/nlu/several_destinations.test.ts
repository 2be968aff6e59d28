/**
 * "parcels to New York and Toronto", "新加坡和香港的包裹", "a Berlín y a México": places joined by and/和/y
 * are several destinations, never a lane "from X to Y", and none is dropped (found by an outside tester, J6).
 */
import { describe, expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

describe('several destinations joined by and', () => {
  test.each<[string, string, string[], string | null]>([
    ['en', 'where are the parcels to new york and toronto and when do they arrive', ['New York', 'Toronto'], null],
    ['en', 'where are my parcels to tokyo and singapore?', ['Tokyo', 'Singapore'], null],
    ['en', 'where are my parcels to melbourne and miami?', ['Melbourne', 'Miami'], null],
    ['en', 'parcels from shanghai to london and paris', ['London', 'Paris'], 'Shanghai'],
    ['zh', '新加坡和香港的包裹什么时候到', ['Singapore', 'Hong Kong'], null],
    ['zh', '寄往东京和新加坡的包裹', ['Tokyo', 'Singapore'], null],
    ['es', '¿dónde están los envíos a Berlín y a México?', ['Berlin', 'Mexico'], null],
    ['es', 'envíos a Berlín y México', ['Berlin', 'Mexico'], null],
  ])('(%s) should read every destination of: %s', (_lang, text, destinations, origin) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.destinations?.map((d) => d.name)).toEqual(destinations);
      expect(p.destination?.name).toBe(destinations[0]);
      expect(p.origin?.name ?? null).toBe(origin);
    });
  });

  test.each<[string, string]>([
    ['en', 'parcel from Shanghai to London'],
    ['en', 'where is my parcel to London?'],
    ['zh', '上海到伦敦的包裹'],
    ['es', 'el envío de Madrid a Lima'],
  ])('(%s) should read one destination and no list: %s', (_lang, text) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.destinations).toBeUndefined();
    });
  });
});
