/**
 * A curated short name of a city, written in capitals amid lower case, is that city with or without a
 * cue ("yo where r my LA boxes": found by an outside tester, H1; "la" is also Spanish's article, so it
 * was dropped as a common word). Checked over every demo city that has a short alias, in every role the
 * message may give it; in lower case or in a message all in capitals it stays a word.
 */
import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../src/demo/index.ts';
import { EN_CITY_ALIASES } from '../../../src/geo/data/enCityAliases.ts';
import { testSingleCase } from '../helpers.ts';

const TZ = 'America/New_York';
const data = generateDataset({ seed: 42, now: new Date('2026-03-20T09:00:00Z'), scale: 'small' });
const demoCities = new Set(data.shipments.flatMap((s) => [`${s.origin.city}|${s.origin.country}`, `${s.destination.city}|${s.destination.country}`]));
const shortAliases = EN_CITY_ALIASES.map((line) => line.split('|'))
  .filter(([alias, name, country]) => alias!.length <= 3 && demoCities.has(`${name}|${country}`))
  .map(([alias, name, country]) => [alias!.toUpperCase(), name!, country!] as const);

describe("EN short names of the demo's cities", () => {
  test('should cover Los Angeles and New York at least', () => {
    expect(shortAliases.map(([, name]) => name)).toEqual(expect.arrayContaining(['Los Angeles', 'New York']));
  });

  test.each(shortAliases)('should read "%s" as %s without a cue', (alias, name, country) => {
    testSingleCase(`where are my ${alias} boxes that are still on the way`, TZ, (p) => expect(p.destination).toEqual({ name, country }));
    testSingleCase(`did the parcel to ${alias} arrive?`, TZ, (p) => expect(p.destination).toEqual({ name, country }));
    testSingleCase(`parcels from ${alias} to Berlin`, TZ, (p) => expect(p.origin).toEqual({ name, country }));
  });

  test('should keep "la" a word in lower case and in a message all in capitals', () => {
    testSingleCase('donde esta la caja', TZ, (p) => expect(p.destination).toBeNull());
    testSingleCase('DONDE ESTA LA CAJA', TZ, (p) => expect(p.destination).toBeNull());
  });
});
