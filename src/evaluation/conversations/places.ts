/**
 * How customers name the demo's places in each language, written from common usage (not from the
 * product's gazetteer). Hubs and city-states are left out of the phrases: "Ontario" is also a
 * Canadian province, and "to Singapore" names a city and a country at once.
 */
import type { Language, PlaceSlot } from './types.ts';

interface Names {
  en: string;
  zh: string;
  es: string;
}

/** Cities by demo key (src/demo/cities.ts). */
export const CITY_NAMES: Readonly<Record<string, Names>> = {
  shanghai: { en: 'Shanghai', zh: '上海', es: 'Shanghái' },
  shenzhen: { en: 'Shenzhen', zh: '深圳', es: 'Shenzhen' },
  beijing: { en: 'Beijing', zh: '北京', es: 'Pekín' },
  guangzhou: { en: 'Guangzhou', zh: '广州', es: 'Cantón' },
  hangzhou: { en: 'Hangzhou', zh: '杭州', es: 'Hangzhou' },
  chengdu: { en: 'Chengdu', zh: '成都', es: 'Chengdu' },
  'hong-kong': { en: 'Hong Kong', zh: '香港', es: 'Hong Kong' },
  tokyo: { en: 'Tokyo', zh: '东京', es: 'Tokio' },
  seoul: { en: 'Seoul', zh: '首尔', es: 'Seúl' },
  singapore: { en: 'Singapore', zh: '新加坡', es: 'Singapur' },
  mumbai: { en: 'Mumbai', zh: '孟买', es: 'Bombay' },
  dubai: { en: 'Dubai', zh: '迪拜', es: 'Dubái' },
  'new-york': { en: 'New York', zh: '纽约', es: 'Nueva York' },
  'los-angeles': { en: 'Los Angeles', zh: '洛杉矶', es: 'Los Ángeles' },
  chicago: { en: 'Chicago', zh: '芝加哥', es: 'Chicago' },
  miami: { en: 'Miami', zh: '迈阿密', es: 'Miami' },
  seattle: { en: 'Seattle', zh: '西雅图', es: 'Seattle' },
  dallas: { en: 'Dallas', zh: '达拉斯', es: 'Dallas' },
  toronto: { en: 'Toronto', zh: '多伦多', es: 'Toronto' },
  vancouver: { en: 'Vancouver', zh: '温哥华', es: 'Vancouver' },
  montreal: { en: 'Montreal', zh: '蒙特利尔', es: 'Montreal' },
  'mexico-city': { en: 'Mexico City', zh: '墨西哥城', es: 'Ciudad de México' },
  'sao-paulo': { en: 'São Paulo', zh: '圣保罗', es: 'São Paulo' },
  london: { en: 'London', zh: '伦敦', es: 'Londres' },
  manchester: { en: 'Manchester', zh: '曼彻斯特', es: 'Mánchester' },
  paris: { en: 'Paris', zh: '巴黎', es: 'París' },
  berlin: { en: 'Berlin', zh: '柏林', es: 'Berlín' },
  amsterdam: { en: 'Amsterdam', zh: '阿姆斯特丹', es: 'Ámsterdam' },
  milan: { en: 'Milan', zh: '米兰', es: 'Milán' },
  madrid: { en: 'Madrid', zh: '马德里', es: 'Madrid' },
  barcelona: { en: 'Barcelona', zh: '巴塞罗那', es: 'Barcelona' },
  sydney: { en: 'Sydney', zh: '悉尼', es: 'Sídney' },
  melbourne: { en: 'Melbourne', zh: '墨尔本', es: 'Melbourne' },
};

/** Countries by ISO code; the English and Spanish names carry their article where usage wants one. */
export const COUNTRY_NAMES: Readonly<Record<string, Names>> = {
  CN: { en: 'China', zh: '中国', es: 'China' },
  JP: { en: 'Japan', zh: '日本', es: 'Japón' },
  KR: { en: 'South Korea', zh: '韩国', es: 'Corea del Sur' },
  IN: { en: 'India', zh: '印度', es: 'India' },
  AE: { en: 'the UAE', zh: '阿联酋', es: 'los Emiratos Árabes Unidos' },
  US: { en: 'the United States', zh: '美国', es: 'Estados Unidos' },
  CA: { en: 'Canada', zh: '加拿大', es: 'Canadá' },
  MX: { en: 'Mexico', zh: '墨西哥', es: 'México' },
  BR: { en: 'Brazil', zh: '巴西', es: 'Brasil' },
  GB: { en: 'the UK', zh: '英国', es: 'el Reino Unido' },
  FR: { en: 'France', zh: '法国', es: 'Francia' },
  DE: { en: 'Germany', zh: '德国', es: 'Alemania' },
  NL: { en: 'the Netherlands', zh: '荷兰', es: 'los Países Bajos' },
  IT: { en: 'Italy', zh: '意大利', es: 'Italia' },
  ES: { en: 'Spain', zh: '西班牙', es: 'España' },
  AU: { en: 'Australia', zh: '澳大利亚', es: 'Australia' },
};

export function placeName(place: PlaceSlot, language: Language): string {
  const names = place.kind === 'city' ? CITY_NAMES[place.key] : COUNTRY_NAMES[place.code];
  if (!names) throw new Error(`no ${language} name for ${JSON.stringify(place)}`);
  return names[language];
}

/** Whether the phrases can name this place (see the file comment for what is left out). */
export function nameable(place: PlaceSlot): boolean {
  return place.kind === 'city' ? place.key in CITY_NAMES : place.code in COUNTRY_NAMES;
}
