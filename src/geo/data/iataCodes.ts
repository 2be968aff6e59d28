/** IATA codes of major air cargo hubs, as "CODE|English name|ISO2". Matched only when typed in capitals. */
export const IATA_CODES: readonly string[] = [
  'JFK|New York|US', 'EWR|Newark|US', 'LGA|New York|US', 'LAX|Los Angeles|US', 'SFO|San Francisco|US',
  'ORD|Chicago|US', 'ATL|Atlanta|US', 'DFW|Dallas|US', 'MIA|Miami|US', 'SEA|Seattle|US', 'BOS|Boston|US',
  'SDF|Louisville|US', 'MEM|Memphis|US', 'ANC|Anchorage|US', 'IAH|Houston|US', 'ONT|Ontario|US', 'PHL|Philadelphia|US',
  'YYZ|Toronto|CA', 'YVR|Vancouver|CA', 'YUL|Montreal|CA', 'MEX|Mexico City|MX', 'GRU|São Paulo|BR',
  'LHR|London|GB', 'LGW|London|GB', 'STN|London|GB', 'EMA|East Midlands|GB', 'CDG|Paris|FR', 'ORY|Paris|FR',
  'FRA|Frankfurt am Main|DE', 'CGN|Köln|DE', 'MUC|Munich|DE', 'LEJ|Leipzig|DE', 'AMS|Amsterdam|NL',
  'BRU|Brussels|BE', 'LGG|Liège|BE', 'LUX|Luxembourg|LU', 'MAD|Madrid|ES', 'BCN|Barcelona|ES', 'FCO|Rome|IT',
  'MXP|Milan|IT', 'ZRH|Zürich|CH', 'VIE|Vienna|AT', 'IST|Istanbul|TR', 'DXB|Dubai|AE', 'DWC|Dubai|AE',
  'DOH|Doha|QA', 'PEK|Beijing|CN', 'PKX|Beijing|CN', 'PVG|Shanghai|CN', 'SHA|Shanghai|CN', 'CAN|Guangzhou|CN',
  'SZX|Shenzhen|CN', 'CTU|Chengdu|CN', 'HGH|Hangzhou|CN', 'XMN|Xiamen|CN', 'HKG|Hong Kong|HK', 'TPE|Taipei|TW',
  'NRT|Tokyo|JP', 'HND|Tokyo|JP', 'KIX|Osaka|JP', 'ICN|Seoul|KR', 'SIN|Singapore|SG', 'BKK|Bangkok|TH',
  'KUL|Kuala Lumpur|MY', 'BOM|Mumbai|IN', 'DEL|Delhi|IN', 'SYD|Sydney|AU', 'MEL|Melbourne|AU', 'AKL|Auckland|NZ',
  'JNB|Johannesburg|ZA',
];
