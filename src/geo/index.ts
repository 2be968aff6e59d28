export { Gazetteer, getGazetteer, FUZZY_MIN_POPULATION } from './Gazetteer.ts';
export { normalizePlaceName, placeKeyOfLower } from './normalizePlaceName.ts';
export type { GeoEntry, FuzzyHit, GeoKind } from './types.ts';
export { placeTimeZone } from './placeTimeZone.ts';
