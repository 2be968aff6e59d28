import { CITY_TIME_ZONES, MAIN_TIME_ZONES } from './data/cityTimeZones.ts';
import { normalizePlaceName } from './normalizePlaceName.ts';

/** "City|ISO2" (city normalised) -> zone, from the curated table. */
const CURATED = new Map<string, string>(
  CITY_TIME_ZONES.map((line) => {
    const [city, country, zone] = line.split('|') as [string, string, string];
    return [`${normalizePlaceName(city)}|${country}`, zone];
  }),
);

const countryZones = new Map<string, readonly string[]>();

/** The IANA zones CLDR lists for a country (Intl.Locale's timeZones), empty when it knows none. */
function zonesOf(country: string): readonly string[] {
  let zones = countryZones.get(country);
  if (!zones) {
    let listed: readonly string[] | undefined;
    try {
      // Node 20 has the getter; later runtimes the method that replaced it.
      const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
      listed = locale.timeZones ?? locale.getTimeZones?.();
    } catch {
      listed = undefined;
    }
    zones = listed ?? [];
    countryZones.set(country, zones);
  }
  return zones;
}

/** "America/Mexico_City" -> "mexico city": the city a zone is named after. */
const zoneCity = (zone: string) => normalizePlaceName(zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' '));

/**
 * The IANA time zone of a city (English name, ISO 3166-1 alpha-2 country): a curated city; else the
 * country's zone named after the city ("Toronto" -> America/Toronto); else the country's only zone or
 * its main one. Null when the country spans several zones and the city is none of the known ones:
 * guessing would show a wrong local time.
 */
export function placeTimeZone(city: string, country: string): string | null {
  const key = normalizePlaceName(city);
  const curated = CURATED.get(`${key}|${country}`);
  if (curated) return curated;
  const zones = zonesOf(country);
  const named = zones.find((z) => zoneCity(z) === key);
  if (named) return named;
  if (zones.length === 1) return zones[0]!;
  return MAIN_TIME_ZONES[country] ?? null;
}
