/** English short names and nicknames, as "alias|English name|ISO2". */
export const EN_CITY_ALIASES: readonly string[] = [
  'new york|New York|US', 'new york city|New York|US', 'nyc|New York|US', 'ny|New York|US', 'manhattan|New York|US',
  'brooklyn|New York|US', 'la|Los Angeles|US', 'sf|San Francisco|US', 'san fran|San Francisco|US',
  'dc|Washington|US', 'washington dc|Washington|US', 'washington d c|Washington|US', 'philly|Philadelphia|US',
  'vegas|Las Vegas|US', 'nola|New Orleans|US', 'uk|United Kingdom|GB', 'great britain|United Kingdom|GB',
  'britain|United Kingdom|GB', 'england|United Kingdom|GB', 'scotland|United Kingdom|GB', 'wales|United Kingdom|GB',
  'holland|Netherlands|NL', 'sao paulo|São Paulo|BR', 'frankfurt|Frankfurt am Main|DE', 'cologne|Köln|DE',
  'bombay|Mumbai|IN', 'bangalore|Bengaluru|IN', 'calcutta|Kolkata|IN', 'madras|Chennai|IN', 'peking|Beijing|CN',
  'canton|Guangzhou|CN', 'saigon|Ho Chi Minh City|VN', 'kiev|Kyiv|UA', 'hk|Hong Kong|HK', 'korea|South Korea|KR',
  'russia|Russia|RU', 'taiwan|Taiwan|TW', 'vietnam|Vietnam|VN', 'mexico city|Mexico City|MX', 'zurich|Zürich|CH',
  'dusseldorf|Düsseldorf|DE', 'munchen|Munich|DE', 'st petersburg|Saint Petersburg|RU', 'st louis|St. Louis|US',
  'the netherlands|Netherlands|NL', 'the states|United States|US', 'america|United States|US', 'usa|United States|US',
  'u s|United States|US', 'united states|United States|US', 'uae|United Arab Emirates|AE', 'shenzen|Shenzhen|CN',
];
