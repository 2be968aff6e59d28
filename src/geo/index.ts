export { Gazetteer, getGazetteer, FUZZY_MIN_POPULATION } from './Gazetteer.ts';
export { normalizePlaceName, placeKeyOfWord } from './normalizePlaceName.ts';
export type { GeoEntry, FuzzyHit, GeoKind } from './types.ts';
