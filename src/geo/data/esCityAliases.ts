/** Spanish exonyms of major cities, as "nombre|English name|ISO2". Accents are folded at lookup. */
export const ES_CITY_ALIASES: readonly string[] = [
  'nueva york|New York|US', 'los ángeles|Los Angeles|US', 'filadelfia|Philadelphia|US', 'nueva orleans|New Orleans|US',
  'londres|London|GB', 'edimburgo|Edinburgh|GB', 'parís|Paris|FR', 'marsella|Marseille|FR', 'lyon|Lyon|FR',
  'berlín|Berlin|DE', 'múnich|Munich|DE', 'munich|Munich|DE', 'fráncfort|Frankfurt am Main|DE', 'hamburgo|Hamburg|DE',
  'colonia|Köln|DE', 'ámsterdam|Amsterdam|NL', 'bruselas|Brussels|BE', 'roma|Rome|IT', 'milán|Milan|IT',
  'nápoles|Naples|IT', 'venecia|Venice|IT', 'florencia|Florence|IT', 'turín|Turin|IT', 'lisboa|Lisbon|PT',
  'oporto|Porto|PT', 'ginebra|Geneva|CH', 'zúrich|Zürich|CH', 'viena|Vienna|AT', 'praga|Prague|CZ',
  'varsovia|Warsaw|PL', 'copenhague|Copenhagen|DK', 'estocolmo|Stockholm|SE', 'atenas|Athens|GR',
  'estambul|Istanbul|TR', 'moscú|Moscow|RU', 'san petersburgo|Saint Petersburg|RU', 'el cairo|Cairo|EG',
  'pekín|Beijing|CN', 'beijing|Beijing|CN', 'shanghái|Shanghai|CN', 'cantón|Guangzhou|CN', 'hong kong|Hong Kong|HK',
  'tokio|Tokyo|JP', 'seúl|Seoul|KR', 'singapur|Singapore|SG', 'bombay|Mumbai|IN', 'nueva delhi|New Delhi|IN',
  'ciudad de méxico|Mexico City|MX', 'cdmx|Mexico City|MX', 'méxico df|Mexico City|MX', 'la habana|Havana|CU',
  'ciudad de panamá|Panama City|PA', 'bogotá|Bogotá|CO', 'sevilla|Sevilla|ES', 'zaragoza|Zaragoza|ES',
  'corea del sur|South Korea|KR', 'corea del norte|North Korea|KP', 'la coruña|A Coruña|ES', 'san sebastián|San Sebastián|ES', 'sídney|Sydney|AU', 'ciudad del cabo|Cape Town|ZA',
  'río de janeiro|Rio de Janeiro|BR', 'são paulo|São Paulo|BR', 'san pablo|São Paulo|BR', 'montreal|Montreal|CA',
];
