import { getGazetteer, normalizePlaceName, type GeoEntry } from '../geo/index.ts';
import type { Place } from './types.ts';

/** The longest place name, in words, looked up in the gazetteer ("rio de janeiro", "ciudad de mexico"). */
const MAX_NAME_WORDS = 4;

/** The gazetteer's spelling when it knows the name in that country, so the model's places look like the rules' places. */
export function canonicalPlace(place: Place): Place {
  const known = getGazetteer().exact(normalizePlaceName(place.name));
  return known && known.place.country === place.country ? { ...known.place } : { name: place.name, country: place.country };
}

/**
 * Whether the message names `place`: its name as whole words ("reykjavik" for Reykjavík), or a
 * name the gazetteer knows for the same place ("洛杉矶", "Nueva York", "PVG"). A place the model
 * read into the message without it being there is invented.
 */
export function placeNamedIn(place: Place, text: string): boolean {
  const textKey = ` ${normalizePlaceName(text)} `;
  const names = new Set([normalizePlaceName(place.name), normalizePlaceName(canonicalPlace(place).name)]);
  for (const name of names) if (name && textKey.includes(` ${name} `)) return true;
  return gazetteerNamesIn(text, textKey).some((e) => e.place.country === place.country && names.has(normalizePlaceName(e.place.name)));
}

/** The gazetteer entries whose names occur in the text: word n-grams, Chinese names, capitalised IATA codes. */
function gazetteerNamesIn(text: string, textKey: string): GeoEntry[] {
  const gazetteer = getGazetteer();
  const found: GeoEntry[] = [];
  const words = textKey.trim().split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_NAME_WORDS && i + n <= words.length; n++) {
      // Countries, aliases and large cities: a small town is found by its own name above, and a miss loads no towns.
      const e = gazetteer.exactLarge(words.slice(i, i + n).join(' '));
      if (e) found.push(e);
    }
  }
  if (/\p{Script=Han}/u.test(text)) for (const [name, e] of gazetteer.zhAliases) if (text.includes(name)) found.push(e);
  for (const code of text.match(/\b[A-Z]{3}\b/g) ?? []) {
    const e = gazetteer.iata(code);
    if (e) found.push(e);
  }
  return found;
}
