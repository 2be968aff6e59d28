import { describe, expect, test } from 'vitest';
import { CITIES } from '../../src/demo/cities.ts';
import { placeTimeZone } from '../../src/geo/placeTimeZone.ts';

/** The zone's canonical id, so aliases (Asia/Kolkata, Asia/Calcutta) compare equal. */
const canonical = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;

describe('placeTimeZone', () => {
  test.each([
    ['Toronto', 'CA', 'America/Toronto'],
    ['Montreal', 'CA', 'America/Toronto'],
    ['Mexico City', 'MX', 'America/Mexico_City'],
    ['São Paulo', 'BR', 'America/Sao_Paulo'],
    ['Seattle', 'US', 'America/Los_Angeles'],
    ['Sydney', 'AU', 'Australia/Sydney'],
    ['Beijing', 'CN', 'Asia/Shanghai'],
    ['Barcelona', 'ES', 'Europe/Madrid'],
    ['London', 'GB', 'Europe/London'],
    ['Mumbai', 'IN', 'Asia/Kolkata'],
  ])('should put %s, %s on %s', (city, country, zone) => {
    expect(canonical(placeTimeZone(city, country)!)).toBe(canonical(zone));
  });

  test('should give every demo city the zone the demo data were generated in', () => {
    const wrong = CITIES.filter((c) => canonical(placeTimeZone(c.name, c.country) ?? 'UTC') !== canonical(c.timeZone)).map((c) => c.name);
    expect(wrong).toEqual([]);
  });

  test.each([
    ['Springfield', 'US'],
    ['Nowhere', 'AU'],
    ['Atlantis', 'XX'],
  ])('should not guess the zone of %s, %s (its country has several, or is unknown)', (city, country) => {
    expect(placeTimeZone(city, country)).toBeNull();
  });
});
