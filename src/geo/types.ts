/** A place: its English name and ISO 3166-1 alpha-2 country (what the parser's places are). */
export interface Place {
  /** English name. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export type GeoKind = 'city' | 'country' | 'alias' | 'iata';

/** One name the gazetteer knows, and the place it stands for. */
export interface GeoEntry {
  /** Normalised name (normalizePlaceName). */
  key: string;
  place: Place;
  /** GeoNames population for cities; large constants for countries and curated aliases. */
  population: number;
  kind: GeoKind;
  /** Which table it came from, for --explain: "geonames", "iso-countries en", "alias zh". */
  source: string;
}

export interface FuzzyHit {
  entry: GeoEntry;
  /** Fuse.js score: 0 is exact, 1 is no match. */
  score: number;
  /** Edits between the query and the name. */
  distance: number;
}
