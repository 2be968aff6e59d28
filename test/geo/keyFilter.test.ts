import { describe, expect, test } from 'vitest';
import { KeyFilter } from '../../src/geo/keyFilter.ts';
import { getGazetteer } from '../../src/geo/index.ts';

describe('KeyFilter', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `place ${i} ${String.fromCharCode(0x61 + (i % 26))}ville`);
  const filter = new KeyFilter(keys, keys.length);

  test('should never turn away a key it was given', () => {
    expect(keys.filter((k) => !filter.mayHave(k))).toEqual([]);
  });

  test('should turn away most keys it was not given', () => {
    const others = Array.from({ length: 5000 }, (_, i) => `word ${i} that is no place`);
    const passed = others.filter((k) => filter.mayHave(k)).length;
    expect(passed / others.length).toBeLessThan(0.1);
  });

  test('should let the gazetteer find every large place and multi-word start it has', () => {
    const g = getGazetteer() as unknown as { largeMap: Map<string, unknown>; multiWordPrefixes: Set<string> };
    const gaz = getGazetteer();
    expect([...g.largeMap.keys()].filter((k) => gaz.exactLarge(k) === undefined)).toEqual([]);
    expect([...g.multiWordPrefixes].filter((w) => !gaz.startsMultiWordName(w))).toEqual([]);
  });
});
