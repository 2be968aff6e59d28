/**
 * Cities of countries with several time zones whose zone is not named after them, as
 * "City|ISO2|IANA zone". A city named in its zone's id (Toronto, Chicago, Sydney, São Paulo) needs
 * no line: placeTimeZone finds it among its country's zones.
 */
export const CITY_TIME_ZONES: readonly string[] = [
  // United States
  'Seattle|US|America/Los_Angeles', 'San Francisco|US|America/Los_Angeles', 'San Diego|US|America/Los_Angeles',
  'San Jose|US|America/Los_Angeles', 'Portland|US|America/Los_Angeles', 'Las Vegas|US|America/Los_Angeles',
  'Ontario|US|America/Los_Angeles', 'Oakland|US|America/Los_Angeles', 'Sacramento|US|America/Los_Angeles',
  'Dallas|US|America/Chicago', 'Houston|US|America/Chicago', 'Austin|US|America/Chicago', 'San Antonio|US|America/Chicago',
  'Memphis|US|America/Chicago', 'Minneapolis|US|America/Chicago', 'New Orleans|US|America/Chicago',
  'St. Louis|US|America/Chicago', 'Kansas City|US|America/Chicago', 'Nashville|US|America/Chicago',
  'Miami|US|America/New_York', 'Atlanta|US|America/New_York', 'Boston|US|America/New_York',
  'Philadelphia|US|America/New_York', 'Washington|US|America/New_York', 'Charlotte|US|America/New_York',
  'Orlando|US|America/New_York', 'Pittsburgh|US|America/New_York', 'Baltimore|US|America/New_York',
  'Newark|US|America/New_York', 'Columbus|US|America/New_York', 'Cincinnati|US|America/New_York',
  'Salt Lake City|US|America/Denver', 'Albuquerque|US|America/Denver', 'Honolulu|US|Pacific/Honolulu',
  // Canada
  'Montreal|CA|America/Toronto', 'Ottawa|CA|America/Toronto', 'Quebec City|CA|America/Toronto',
  'Mississauga|CA|America/Toronto', 'Hamilton|CA|America/Toronto', 'Calgary|CA|America/Edmonton',
  'Victoria|CA|America/Vancouver', 'Surrey|CA|America/Vancouver',
  // Mexico
  'Guadalajara|MX|America/Mexico_City', 'Puebla|MX|America/Mexico_City', 'Querétaro|MX|America/Mexico_City',
  'León|MX|America/Mexico_City',
  // Brazil
  'Rio de Janeiro|BR|America/Sao_Paulo', 'Brasília|BR|America/Sao_Paulo', 'Belo Horizonte|BR|America/Sao_Paulo',
  'Curitiba|BR|America/Sao_Paulo', 'Porto Alegre|BR|America/Sao_Paulo', 'Campinas|BR|America/Sao_Paulo',
  // Australia
  'Canberra|AU|Australia/Sydney', 'Newcastle|AU|Australia/Sydney', 'Gold Coast|AU|Australia/Brisbane',
  // Russia
  'Saint Petersburg|RU|Europe/Moscow',
];

/**
 * The zone most of a country lives by, for countries whose other zones are outlying islands or
 * regions (Canary Islands, Azores, Xinjiang): a city not listed above is taken to be on it.
 */
export const MAIN_TIME_ZONES: Readonly<Record<string, string>> = Object.freeze({
  CN: 'Asia/Shanghai',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  DE: 'Europe/Berlin',
  NZ: 'Pacific/Auckland',
  EC: 'America/Guayaquil',
  CL: 'America/Santiago',
  UA: 'Europe/Kyiv',
  MY: 'Asia/Kuala_Lumpur',
});
