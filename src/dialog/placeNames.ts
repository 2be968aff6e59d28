import { EN_CITY_ALIASES } from '../geo/data/enCityAliases.ts';
import { ES_CITY_ALIASES } from '../geo/data/esCityAliases.ts';
import { HUB_NAMES } from '../geo/data/hubNames.ts';
import { ZH_CITY_ALIASES } from '../geo/data/zhCityAliases.ts';

/** Words Spanish place names keep in lower case ("Ciudad de México"). */
const ES_LOWER = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y']);

function titleCaseEs(name: string): string {
  return name
    .split(' ')
    .map((w, i) => (i > 0 && ES_LOWER.has(w) ? w : w.charAt(0).toLocaleUpperCase('es') + w.slice(1)))
    .join(' ');
}

/** English city name and country -> the name customers use in that language; the first alias listed wins. */
function buildIndex(lines: readonly string[], display: (alias: string) => string): Map<string, string> {
  const index = new Map<string, string>();
  for (const line of lines) {
    const [alias, name, country] = line.split('|');
    if (!alias || !name || !country) continue;
    const key = `${name}|${country}`;
    if (!index.has(key)) index.set(key, display(alias));
  }
  return index;
}

const BY_LOCALE: Readonly<Record<string, Map<string, string>>> = {
  zh: buildIndex(ZH_CITY_ALIASES, (a) => a),
  es: buildIndex(ES_CITY_ALIASES, titleCaseEs),
};

/** An English name the data may write for a city ("Cologne") -> the name the aliases are filed under ("Köln"). */
const ENGLISH_EXONYMS = new Map<string, string>();
for (const line of EN_CITY_ALIASES) {
  const [alias, name, country] = line.split('|');
  if (alias && name && country && !ENGLISH_EXONYMS.has(`${alias}|${country}`)) ENGLISH_EXONYMS.set(`${alias}|${country}`, name);
}

/**
 * The city's name in `locale` ("London" -> "伦敦", "Londres"; a scan's "Cologne" -> "科隆", "Colonia"),
 * or its English name when none is curated.
 */
export function localCityName(city: string, country: string, locale: string): string {
  const names = BY_LOCALE[locale];
  if (!names) return city;
  const key = `${city}|${country}`;
  const filedAs = ENGLISH_EXONYMS.get(`${city.toLowerCase()}|${country}`);
  return names.get(key) ?? HUB_NAMES[key]?.[locale] ?? (filedAs ? names.get(`${filedAs}|${country}`) : undefined) ?? city;
}
