import { describe, expect, test } from 'vitest';
import { Gazetteer, getGazetteer, normalizePlaceName } from '../../src/geo/index.ts';
import { EAGER_MIN_POPULATION } from '../../src/geo/Gazetteer.ts';

describe('gazetteer', () => {
  const g = getGazetteer();

  test('should load once per process', () => {
    expect(getGazetteer()).toBe(g);
    expect(g.cityCount).toBeGreaterThan(100_000);
  });

  test.each([
    ['Paris', 'Paris', 'FR'],
    ['são paulo', 'São Paulo', 'BR'],
    ['New York', 'New York', 'US'],
    ['Londres', 'London', 'GB'],
    ['Deutschland', undefined, undefined],
    ['Alemania', 'Germany', 'DE'],
    ['Mexico', 'Mexico', 'MX'],
  ])('should find %s exactly', (name, expectedName, country) => {
    const e = g.exact(normalizePlaceName(name));
    expect(e?.place.name).toBe(expectedName);
    expect(e?.place.country).toBe(country);
  });

  test.each([
    ['new yrok', 'New York'],
    ['londn', 'London'],
    ['shangai', 'Shanghai'],
    ['sao paolo', 'São Paulo'],
    ['frnakfurt', 'Frankfurt am Main'],
  ])('should correct %s to %s', (typo, name) => {
    expect(g.fuzzy(normalizePlaceName(typo))?.entry.place.name).toBe(name);
  });

  test.each([['talk'], ['person'], ['report'], ['reschedule']])('should not fuzzy-match the word %s', (word) => {
    expect(g.fuzzy(word)).toBeNull();
  });

  test('should know Chinese aliases and IATA codes', () => {
    expect(g.zhAliases.get('上海')?.place).toEqual({ name: 'Shanghai', country: 'CN' });
    expect(g.zhAliases.get('美国')?.place).toEqual({ name: 'United States', country: 'US' });
    expect(g.iata('PVG')?.place).toEqual({ name: 'Shanghai', country: 'CN' });
  });

  test('should normalise names', () => {
    expect(normalizePlaceName('  São  Paulo, ')).toBe('sao paulo');
    expect(normalizePlaceName('St. Louis')).toBe('st louis');
  });

  test('should load only large cities at start and the small towns on the first miss', () => {
    const fresh = new Gazetteer();
    expect(fresh.loadedCityCount).toBeLessThan(fresh.cityCount / 5);
    expect(fresh.exactLarge('paris')?.place).toEqual({ name: 'Paris', country: 'FR' });
    // A town below the eager floor: exactLarge does not know it, exact loads the rest and does.
    expect(fresh.exactLarge('sitka')).toBeUndefined();
    const town = fresh.exact('sitka');
    expect(town?.place.country).toBe('US');
    expect(town!.population).toBeLessThan(EAGER_MIN_POPULATION);
    expect(fresh.loadedCityCount).toBe(fresh.cityCount);
    expect(fresh.exact('paris')).toEqual(g.exact('paris'));
  });

  test('should know which words start a multi-word name', () => {
    expect(g.startsMultiWordName('new')).toBe(true);
    expect(g.startsMultiWordName('where')).toBe(false);
  });

  test('should know which first words a longer large name begins with', () => {
    // "new york", "new york city"; "i zaz" starts with "i" but nothing starts with "i sent".
    expect(g.startsMultiWordName('new york')).toBe(true);
    expect(g.startsMultiWordName('new york city')).toBe(true);
    expect(g.startsMultiWordName('i zaz')).toBe(true);
    expect(g.startsMultiWordName('i sent')).toBe(false);
    expect(g.startsMultiWordName('new yrok')).toBe(false);
    // Every large multi-word name begins with its own first two words.
    const large = [...(g as unknown as { largeMap: Map<string, unknown> }).largeMap.keys()].filter((k) => k.includes(' '));
    expect(large.filter((k) => !g.startsMultiWordName(k.split(' ').slice(0, 2).join(' ')))).toEqual([]);
  });
});
