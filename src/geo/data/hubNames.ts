/**
 * Names in other languages for places that appear in scans only (hubs and airports customers do not
 * name themselves, so they are not aliases the parser reads), as "English name|ISO2" -> name by language.
 */
export const HUB_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'East Midlands Airport|GB': { zh: '东米德兰兹机场', es: 'Aeropuerto de East Midlands' },
  'Ontario|US': { zh: '安大略' },
};
