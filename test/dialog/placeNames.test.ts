import { describe, expect, test } from 'vitest';
import { CITIES } from '../../src/demo/cities.ts';
import { localCityName } from '../../src/dialog/placeNames.ts';
import { placeName } from '../../src/dialog/trackingReply.ts';

describe('localCityName', () => {
  test.each([
    // Scans name the hub in English; the aliases file it under its own name (Köln) (round 5 K22).
    ['Cologne', 'DE', 'zh', '科隆'],
    ['Cologne', 'DE', 'es', 'Colonia'],
    ['Cologne', 'DE', 'en', 'Cologne'],
    ['Köln', 'DE', 'zh', '科隆'],
    ['East Midlands Airport', 'GB', 'zh', '东米德兰兹机场'],
    ['East Midlands Airport', 'GB', 'es', 'Aeropuerto de East Midlands'],
    ['London', 'GB', 'zh', '伦敦'],
    ['London', 'GB', 'es', 'Londres'],
    ['Frankfurt am Main', 'DE', 'zh', '法兰克福'],
    // An English alias of another country's city is not used: "la" is Los Angeles only in the US.
    ['La', 'FR', 'zh', 'La'],
  ])('%s, %s in %s → %s', (city, country, locale, name) => {
    expect(localCityName(city, country, locale)).toBe(name);
  });

  test('every city of the demo data, scans included, has a Chinese name (no English left in a zh reply)', () => {
    const untranslated = CITIES.filter((c) => /[A-Za-z]/.test(localCityName(c.name, c.country, 'zh'))).map((c) => c.name);
    expect(untranslated).toEqual([]);
  });

  test("a scan place in a reply: city and country in the reader's language", () => {
    expect(placeName('Cologne', 'DE', 'zh')).toBe('德国科隆');
    expect(placeName('Cologne', 'DE', 'es')).toBe('Colonia, Alemania');
  });
});
