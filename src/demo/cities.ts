/**
 * The curated places the demo ships between: real cities with their country (ISO 3166-1 alpha-2),
 * IANA time zone and coordinates (city centre, 4 decimals), plus a few street names so addresses look
 * local. `region` groups countries for lanes and hubs; `hub` marks UPS sorting hubs that appear in
 * event timelines but rarely as an origin or destination.
 */

export type Region = 'cn' | 'hk' | 'asia' | 'us' | 'ca' | 'latam' | 'eu' | 'gb' | 'oceania' | 'me';

export interface City {
  /** Stable key used in tables and story definitions. */
  key: string;
  name: string;
  country: string;
  countryName: string;
  region: Region;
  timeZone: string;
  lat: number;
  lon: number;
  postcode: string;
  streets: readonly string[];
  /** Continental European style: "Calle de Alcalá 45" rather than "45 Main Street". */
  numberAfterStreet?: boolean;
  hub?: boolean;
}

export const CITIES: readonly City[] = [
  { key: 'shanghai', name: 'Shanghai', country: 'CN', countryName: 'China', region: 'cn', timeZone: 'Asia/Shanghai', lat: 31.2304, lon: 121.4737, postcode: '200120', streets: ['Century Avenue', 'Nanjing West Road', 'Huaihai Middle Road'] },
  { key: 'shenzhen', name: 'Shenzhen', country: 'CN', countryName: 'China', region: 'cn', timeZone: 'Asia/Shanghai', lat: 22.5431, lon: 114.0579, postcode: '518048', streets: ['Shennan Avenue', 'Keyuan Road', 'Huaqiang North Road'] },
  { key: 'beijing', name: 'Beijing', country: 'CN', countryName: 'China', region: 'cn', timeZone: 'Asia/Shanghai', lat: 39.9042, lon: 116.4074, postcode: '100020', streets: ['Jianguo Road', 'Chang\u2019an Avenue', 'Zhongguancun Street'] },
  { key: 'guangzhou', name: 'Guangzhou', country: 'CN', countryName: 'China', region: 'cn', timeZone: 'Asia/Shanghai', lat: 23.1291, lon: 113.2644, postcode: '510623', streets: ['Tianhe Road', 'Huacheng Avenue', 'Dongfeng Middle Road'] },
  { key: 'hangzhou', name: 'Hangzhou', country: 'CN', countryName: 'China', region: 'cn', timeZone: 'Asia/Shanghai', lat: 30.2741, lon: 120.1551, postcode: '310002', streets: ['Yan\u2019an Road', 'Wensan Road', 'Qingchun Road'] },
  { key: 'chengdu', name: 'Chengdu', country: 'CN', countryName: 'China', region: 'cn', timeZone: 'Asia/Shanghai', lat: 30.5728, lon: 104.0668, postcode: '610041', streets: ['Tianfu Avenue', 'Renmin South Road', 'Chunxi Road'] },
  { key: 'hong-kong', name: 'Hong Kong', country: 'HK', countryName: 'Hong Kong', region: 'hk', timeZone: 'Asia/Hong_Kong', lat: 22.3193, lon: 114.1694, postcode: '', streets: ['Nathan Road', 'Queen\u2019s Road Central', 'Hennessy Road'] },
  { key: 'tokyo', name: 'Tokyo', country: 'JP', countryName: 'Japan', region: 'asia', timeZone: 'Asia/Tokyo', lat: 35.6762, lon: 139.6503, postcode: '100-0005', streets: ['Marunouchi', 'Ginza', 'Shibuya'] },
  { key: 'seoul', name: 'Seoul', country: 'KR', countryName: 'South Korea', region: 'asia', timeZone: 'Asia/Seoul', lat: 37.5665, lon: 126.978, postcode: '04524', streets: ['Sejong-daero', 'Teheran-ro', 'Eulji-ro'] },
  { key: 'singapore', name: 'Singapore', country: 'SG', countryName: 'Singapore', region: 'asia', timeZone: 'Asia/Singapore', lat: 1.3521, lon: 103.8198, postcode: '018989', streets: ['Orchard Road', 'Raffles Place', 'Robinson Road'] },
  { key: 'mumbai', name: 'Mumbai', country: 'IN', countryName: 'India', region: 'asia', timeZone: 'Asia/Kolkata', lat: 19.076, lon: 72.8777, postcode: '400001', streets: ['Marine Drive', 'Linking Road', 'Colaba Causeway'] },
  { key: 'dubai', name: 'Dubai', country: 'AE', countryName: 'United Arab Emirates', region: 'me', timeZone: 'Asia/Dubai', lat: 25.2048, lon: 55.2708, postcode: '', streets: ['Sheikh Zayed Road', 'Al Wasl Road', 'Jumeirah Beach Road'] },
  { key: 'new-york', name: 'New York', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/New_York', lat: 40.7128, lon: -74.006, postcode: 'NY 10013', streets: ['Hudson Street', 'Broadway', 'West 34th Street'] },
  { key: 'los-angeles', name: 'Los Angeles', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Los_Angeles', lat: 34.0522, lon: -118.2437, postcode: 'CA 90012', streets: ['Sunset Boulevard', 'Wilshire Boulevard', 'South Alameda Street'] },
  { key: 'chicago', name: 'Chicago', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Chicago', lat: 41.8781, lon: -87.6298, postcode: 'IL 60601', streets: ['Michigan Avenue', 'West Madison Street', 'North Clark Street'] },
  { key: 'miami', name: 'Miami', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/New_York', lat: 25.7617, lon: -80.1918, postcode: 'FL 33131', streets: ['Brickell Avenue', 'Biscayne Boulevard', 'Collins Avenue'] },
  { key: 'seattle', name: 'Seattle', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Los_Angeles', lat: 47.6062, lon: -122.3321, postcode: 'WA 98101', streets: ['Pike Street', 'Westlake Avenue', 'First Avenue'] },
  { key: 'dallas', name: 'Dallas', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Chicago', lat: 32.7767, lon: -96.797, postcode: 'TX 75201', streets: ['Elm Street', 'McKinney Avenue', 'Commerce Street'] },
  { key: 'louisville', name: 'Louisville', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Kentucky/Louisville', lat: 38.2527, lon: -85.7585, postcode: 'KY 40202', streets: ['Main Street', 'Bardstown Road', 'Grade Lane'], hub: true },
  { key: 'ontario', name: 'Ontario', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Los_Angeles', lat: 34.0633, lon: -117.6509, postcode: 'CA 91761', streets: ['East Airport Drive'], hub: true },
  { key: 'anchorage', name: 'Anchorage', country: 'US', countryName: 'United States', region: 'us', timeZone: 'America/Anchorage', lat: 61.2181, lon: -149.9003, postcode: 'AK 99501', streets: ['4th Avenue', 'International Airport Road', 'C Street'], hub: true },
  { key: 'toronto', name: 'Toronto', country: 'CA', countryName: 'Canada', region: 'ca', timeZone: 'America/Toronto', lat: 43.6532, lon: -79.3832, postcode: 'ON M5V 2T6', streets: ['King Street West', 'Queen Street West', 'Yonge Street'] },
  { key: 'vancouver', name: 'Vancouver', country: 'CA', countryName: 'Canada', region: 'ca', timeZone: 'America/Vancouver', lat: 49.2827, lon: -123.1207, postcode: 'BC V6B 1A1', streets: ['Granville Street', 'Robson Street', 'West Hastings Street'] },
  { key: 'montreal', name: 'Montreal', country: 'CA', countryName: 'Canada', region: 'ca', timeZone: 'America/Toronto', lat: 45.5019, lon: -73.5674, postcode: 'QC H3B 1A7', streets: ['Rue Sainte-Catherine', 'Boulevard Saint-Laurent', 'Rue Sherbrooke'] },
  { key: 'mexico-city', name: 'Mexico City', country: 'MX', countryName: 'Mexico', region: 'latam', timeZone: 'America/Mexico_City', lat: 19.4326, lon: -99.1332, postcode: '06600', streets: ['Paseo de la Reforma', 'Avenida Insurgentes Sur', 'Calle Madero'], numberAfterStreet: true },
  { key: 'sao-paulo', name: 'S\u00e3o Paulo', country: 'BR', countryName: 'Brazil', region: 'latam', timeZone: 'America/Sao_Paulo', lat: -23.5505, lon: -46.6333, postcode: '01310-100', streets: ['Avenida Paulista', 'Rua Oscar Freire', 'Rua Augusta'], numberAfterStreet: true },
  { key: 'london', name: 'London', country: 'GB', countryName: 'United Kingdom', region: 'gb', timeZone: 'Europe/London', lat: 51.5074, lon: -0.1278, postcode: 'EC1V 9HX', streets: ['Baker Street', 'Old Street', 'Kingsland Road'] },
  { key: 'manchester', name: 'Manchester', country: 'GB', countryName: 'United Kingdom', region: 'gb', timeZone: 'Europe/London', lat: 53.4808, lon: -2.2426, postcode: 'M1 1AE', streets: ['Deansgate', 'Oxford Road', 'Portland Street'] },
  { key: 'east-midlands', name: 'East Midlands Airport', country: 'GB', countryName: 'United Kingdom', region: 'gb', timeZone: 'Europe/London', lat: 52.8311, lon: -1.3281, postcode: 'DE74 2SA', streets: ['Beverley Road'], hub: true },
  { key: 'paris', name: 'Paris', country: 'FR', countryName: 'France', region: 'eu', timeZone: 'Europe/Paris', lat: 48.8566, lon: 2.3522, postcode: '75002', streets: ['Rue de Rivoli', 'Boulevard Haussmann', 'Rue du Faubourg Saint-Antoine'] },
  { key: 'berlin', name: 'Berlin', country: 'DE', countryName: 'Germany', region: 'eu', timeZone: 'Europe/Berlin', lat: 52.52, lon: 13.405, postcode: '10117', streets: ['Friedrichstra\u00dfe', 'Torstra\u00dfe', 'Kastanienallee'], numberAfterStreet: true },
  { key: 'cologne', name: 'Cologne', country: 'DE', countryName: 'Germany', region: 'eu', timeZone: 'Europe/Berlin', lat: 50.9375, lon: 6.9603, postcode: '51147', streets: ['Heinrich-Steinmann-Stra\u00dfe'], numberAfterStreet: true, hub: true },
  { key: 'amsterdam', name: 'Amsterdam', country: 'NL', countryName: 'Netherlands', region: 'eu', timeZone: 'Europe/Amsterdam', lat: 52.3676, lon: 4.9041, postcode: '1012 JS', streets: ['Damrak', 'Prinsengracht', 'Kalverstraat'], numberAfterStreet: true },
  { key: 'milan', name: 'Milan', country: 'IT', countryName: 'Italy', region: 'eu', timeZone: 'Europe/Rome', lat: 45.4642, lon: 9.19, postcode: '20121', streets: ['Via Montenapoleone', 'Corso Buenos Aires', 'Via Torino'], numberAfterStreet: true },
  { key: 'madrid', name: 'Madrid', country: 'ES', countryName: 'Spain', region: 'eu', timeZone: 'Europe/Madrid', lat: 40.4168, lon: -3.7038, postcode: '28013', streets: ['Calle de Alcal\u00e1', 'Gran V\u00eda', 'Calle de Serrano'], numberAfterStreet: true },
  { key: 'barcelona', name: 'Barcelona', country: 'ES', countryName: 'Spain', region: 'eu', timeZone: 'Europe/Madrid', lat: 41.3874, lon: 2.1686, postcode: '08007', streets: ['Passeig de Gr\u00e0cia', 'Carrer de Balmes', 'La Rambla'], numberAfterStreet: true },
  { key: 'sydney', name: 'Sydney', country: 'AU', countryName: 'Australia', region: 'oceania', timeZone: 'Australia/Sydney', lat: -33.8688, lon: 151.2093, postcode: 'NSW 2000', streets: ['George Street', 'Pitt Street', 'Oxford Street'] },
  { key: 'melbourne', name: 'Melbourne', country: 'AU', countryName: 'Australia', region: 'oceania', timeZone: 'Australia/Melbourne', lat: -37.8136, lon: 144.9631, postcode: 'VIC 3000', streets: ['Collins Street', 'Flinders Street', 'Swanston Street'] },
];

const BY_KEY: ReadonlyMap<string, City> = new Map(CITIES.map((c) => [c.key, c]));

/** The city with this key; unknown keys are a bug in a table, so they throw. */
export function cityByKey(key: string): City {
  const city = BY_KEY.get(key);
  if (!city) throw new Error(`demo cities: unknown city key "${key}"`);
  return city;
}

/** Member states of the EU customs union among our countries: no customs between them. */
const EU_CUSTOMS_UNION: ReadonlySet<string> = new Set(['FR', 'DE', 'NL', 'IT', 'ES']);

/** Lanes a truck can drive: within North America, or within Europe including Great Britain. */
const OVERLAND_GROUPS: readonly ReadonlySet<string>[] = [
  new Set(['US', 'CA', 'MX']),
  new Set(['GB', 'FR', 'DE', 'NL', 'IT', 'ES']),
];

export function isDomestic(a: City, b: City): boolean {
  return a.country === b.country;
}

export function isOverland(a: City, b: City): boolean {
  return isDomestic(a, b) || OVERLAND_GROUPS.some((g) => g.has(a.country) && g.has(b.country));
}

export function needsCustoms(a: City, b: City): boolean {
  if (isDomestic(a, b)) return false;
  return !(EU_CUSTOMS_UNION.has(a.country) && EU_CUSTOMS_UNION.has(b.country));
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance in km. */
export function greatCircleKm(a: City, b: City): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Rough USD exchange rates for domestic declared values and invoices (demo-grade, not a rate source). */
export const USD_RATE: Readonly<Record<string, number>> = {
  USD: 1, CNY: 7.2, HKD: 7.8, JPY: 150, KRW: 1380, SGD: 1.34, INR: 84, AED: 3.67, CAD: 1.37, MXN: 18,
  BRL: 5.5, GBP: 0.78, EUR: 0.92, AUD: 1.52,
};

/** Local currency for domestic declared values. */
export const CURRENCY_BY_COUNTRY: Readonly<Record<string, string>> = {
  CN: 'CNY', HK: 'HKD', JP: 'JPY', KR: 'KRW', SG: 'SGD', IN: 'INR', AE: 'AED', US: 'USD', CA: 'CAD',
  MX: 'MXN', BR: 'BRL', GB: 'GBP', FR: 'EUR', DE: 'EUR', NL: 'EUR', IT: 'EUR', ES: 'EUR', AU: 'AUD',
};
