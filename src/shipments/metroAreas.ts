/**
 * Cities a customer names for their whole metro area: "New York" covers a parcel to Brooklyn or
 * Newark. Keys and members are English GeoNames names, as the gazetteer and the shipment records use.
 */
export const METRO_AREAS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'New York': ['New York City', 'Brooklyn', 'Queens', 'The Bronx', 'Bronx', 'Staten Island', 'Manhattan', 'Jersey City', 'Newark', 'Yonkers', 'Hoboken'],
  'Los Angeles': ['Long Beach', 'Santa Monica', 'Pasadena', 'Glendale', 'Burbank', 'Torrance', 'Anaheim'],
  'San Francisco': ['Oakland', 'San Jose', 'Berkeley', 'Daly City'],
  Chicago: ['Evanston', 'Naperville', 'Aurora', 'Joliet'],
  Toronto: ['Mississauga', 'Brampton', 'Markham', 'Vaughan', 'Scarborough', 'North York', 'Etobicoke'],
  Vancouver: ['Burnaby', 'Richmond', 'Surrey'],
  London: ['City of London', 'Westminster', 'Croydon', 'Heathrow', 'Hounslow', 'Stratford'],
  Paris: ['Boulogne-Billancourt', 'Saint-Denis', 'Roissy-en-France', 'Nanterre'],
  Shanghai: ['Pudong', 'Minhang', 'Jiading'],
  Beijing: ['Chaoyang', 'Haidian', 'Tongzhou'],
  Shenzhen: ['Bao’an', "Bao'an", 'Longgang', 'Nanshan'],
  Guangzhou: ['Panyu', 'Baiyun'],
  'Hong Kong': ['Kowloon', 'Tsuen Wan', 'Sha Tin'],
  Tokyo: ['Shinjuku', 'Shibuya', 'Yokohama', 'Kawasaki', 'Chiba', 'Narita'],
  Sydney: ['Parramatta', 'North Sydney', 'Bondi'],
  Madrid: ['Alcalá de Henares', 'Getafe', 'Móstoles', 'Alcobendas'],
  Barcelona: ["L'Hospitalet de Llobregat", 'Badalona', 'El Prat de Llobregat'],
  'Mexico City': ['Ciudad de México', 'Ecatepec', 'Naucalpan'],
  'São Paulo': ['Guarulhos', 'Santo André', 'Osasco'],
  Berlin: ['Potsdam', 'Spandau'],
  Dubai: ['Jebel Ali', 'Sharjah'],
  Singapore: [],
});

/** Lower case, no accents, one space: "São Paulo" and "sao  paulo" compare equal. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const METRO_OF = new Map<string, string>();
for (const [core, members] of Object.entries(METRO_AREAS)) {
  METRO_OF.set(normalizePlaceName(core), normalizePlaceName(core));
  for (const m of members) METRO_OF.set(normalizePlaceName(m), normalizePlaceName(core));
}

/** The metro area a city belongs to (its own name when it has none). */
export function metroOf(city: string): string {
  const n = normalizePlaceName(city);
  return METRO_OF.get(n) ?? n;
}

/** The cities a named city matches (itself, its metro area's core and members), spelt as the records spell them. */
export function citiesMatching(named: string): string[] {
  const metro = metroOf(named);
  const core = Object.keys(METRO_AREAS).find((k) => normalizePlaceName(k) === metro);
  return [...new Set([named, ...(core ? [core, ...METRO_AREAS[core]!] : [])])];
}

/** How a shipment's city matches the city a customer named. */
export function cityMatch(named: string, actual: string): 'exact' | 'metro' | null {
  const a = normalizePlaceName(named);
  const b = normalizePlaceName(actual);
  if (a === b) return 'exact';
  return metroOf(a) === metroOf(b) ? 'metro' : null;
}
