/**
 * Fictional people, phone numbers, e-mails and street addresses for shipment parties. Phone numbers
 * use the ranges set aside for drama/fiction where a country has one (North America 555-01xx,
 * Ofcom 020 7946 0xxx / 0161 496 0xxx, ACMA 02/03 5550 xxxx, ARCEP 01 99 00 xx xx); elsewhere a
 * "5550" pattern that is meant to read as made up. E-mails use example.com / example.cn (RFC 2606).
 */
import type { City } from './cities.ts';
import type { Rng } from './prng.ts';

/** [display, ascii for e-mail] */
type Name = readonly [string, string];

interface NamePool {
  first: readonly Name[];
  last: readonly Name[];
  /** Family name first, no space (Chinese). */
  familyFirst?: boolean;
}

const n = (display: string, ascii = display.toLowerCase()): Name => [display, ascii];

const POOLS: Readonly<Record<string, NamePool>> = {
  en: {
    first: ['James', 'Olivia', 'Noah', 'Emma', 'Liam', 'Ava', 'Ethan', 'Sophie', 'Mason', 'Grace'].map((x) => n(x)),
    last: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Wright', 'Evans', 'Turner'].map((x) => n(x)),
  },
  zh: {
    first: [n('伟', 'wei'), n('芳', 'fang'), n('娜', 'na'), n('敏', 'min'), n('静', 'jing'), n('磊', 'lei'), n('洋', 'yang'), n('婷', 'ting')],
    last: [n('王', 'wang'), n('李', 'li'), n('张', 'zhang'), n('刘', 'liu'), n('陈', 'chen'), n('杨', 'yang'), n('赵', 'zhao'), n('黄', 'huang')],
    familyFirst: true,
  },
  hk: {
    first: ['Kelvin', 'Winnie', 'Ka Ming', 'Mandy', 'Wing Sze', 'Ivan'].map((x) => n(x, x.toLowerCase().replace(' ', ''))),
    last: ['Chan', 'Wong', 'Leung', 'Cheung', 'Lau', 'Ho'].map((x) => n(x)),
  },
  es: {
    first: [n('Lucía', 'lucia'), n('Mateo'), n('Sofía', 'sofia'), n('Javier'), n('Carmen'), n('Diego'), n('Elena'), n('Pablo')],
    last: [n('García', 'garcia'), n('Fernández', 'fernandez'), n('López', 'lopez'), n('Martínez', 'martinez'), n('Sánchez', 'sanchez'), n('Romero')],
  },
  pt: {
    first: [n('João', 'joao'), n('Ana'), n('Lucas'), n('Beatriz'), n('Rafael'), n('Mariana')],
    last: [n('Silva'), n('Santos'), n('Oliveira'), n('Souza'), n('Pereira'), n('Costa')],
  },
  fr: {
    first: [n('Camille'), n('Louis'), n('Chloé', 'chloe'), n('Hugo'), n('Léa', 'lea'), n('Antoine')],
    last: [n('Martin'), n('Bernard'), n('Dubois'), n('Moreau'), n('Laurent'), n('Lefèvre', 'lefevre')],
  },
  de: {
    first: [n('Lukas'), n('Anna'), n('Jonas'), n('Lena'), n('Felix'), n('Marie'), n('Daan'), n('Sanne')],
    last: [n('Müller', 'mueller'), n('Schmidt'), n('Schneider'), n('Fischer'), n('de Vries', 'devries'), n('Weber')],
  },
  it: {
    first: [n('Giulia'), n('Marco'), n('Chiara'), n('Luca'), n('Francesca'), n('Matteo')],
    last: [n('Rossi'), n('Russo'), n('Ferrari'), n('Esposito'), n('Bianchi'), n('Romano')],
  },
  ja: {
    first: [n('Yuki'), n('Haruto'), n('Aoi'), n('Ren'), n('Sakura'), n('Sota')],
    last: [n('Sato'), n('Suzuki'), n('Takahashi'), n('Tanaka'), n('Watanabe'), n('Ito')],
  },
  ko: {
    first: [n('Min-jun', 'minjun'), n('Seo-yeon', 'seoyeon'), n('Ji-ho', 'jiho'), n('Ha-eun', 'haeun')],
    last: [n('Kim'), n('Lee'), n('Park'), n('Choi'), n('Jung')],
  },
  in: {
    first: [n('Aarav'), n('Priya'), n('Rohan'), n('Ananya'), n('Vikram'), n('Kavya')],
    last: [n('Sharma'), n('Patel'), n('Iyer'), n('Reddy'), n('Gupta'), n('Nair')],
  },
  ar: {
    first: [n('Omar'), n('Layla'), n('Khalid'), n('Noor'), n('Yousef'), n('Mariam')],
    last: [n('Al Mansouri', 'almansouri'), n('Haddad'), n('Al Farsi', 'alfarsi'), n('Nasser'), n('Khoury')],
  },
};

const POOL_BY_COUNTRY: Readonly<Record<string, string>> = {
  CN: 'zh', HK: 'hk', SG: 'en', JP: 'ja', KR: 'ko', IN: 'in', AE: 'ar', US: 'en', CA: 'en', GB: 'en', AU: 'en',
  MX: 'es', ES: 'es', BR: 'pt', FR: 'fr', DE: 'de', NL: 'de', IT: 'it',
};

/** Fictional phone prefix per city and how many random digits follow it. */
const PHONES: Readonly<Record<string, readonly [string, number]>> = {
  'new-york': ['+1 212-555-01', 2], 'los-angeles': ['+1 213-555-01', 2], chicago: ['+1 312-555-01', 2],
  miami: ['+1 305-555-01', 2], seattle: ['+1 206-555-01', 2], dallas: ['+1 214-555-01', 2],
  louisville: ['+1 502-555-01', 2], anchorage: ['+1 907-555-01', 2], toronto: ['+1 416-555-01', 2],
  vancouver: ['+1 604-555-01', 2], montreal: ['+1 514-555-01', 2], london: ['+44 20 7946 0', 3],
  manchester: ['+44 161 496 0', 3], 'east-midlands': ['+44 161 496 0', 3], sydney: ['+61 2 5550 ', 4],
  melbourne: ['+61 3 5550 ', 4], paris: ['+33 1 99 00 ', 4],
};

const COUNTRY_CALLING: Readonly<Record<string, string>> = {
  CN: '+86', HK: '+852', JP: '+81', KR: '+82', SG: '+65', IN: '+91', AE: '+971', MX: '+52', BR: '+55',
  DE: '+49', NL: '+31', IT: '+39', ES: '+34', FR: '+33',
};

function digits(rng: Rng, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += String(rng.int(0, 9));
  return s;
}

export function fictionalPhone(rng: Rng, city: City): string {
  const p = PHONES[city.key];
  if (p) return p[0] + digits(rng, p[1]);
  return `${COUNTRY_CALLING[city.country] ?? '+1'} 5550 ${digits(rng, 4)}`;
}

export function streetAddress(rng: Rng, city: City): string {
  const street = rng.pick(city.streets);
  const no = rng.int(1, 480);
  const line = city.numberAfterStreet ? `${street} ${no}` : `${no} ${street}`;
  const place = city.postcode ? (city.numberAfterStreet ? `${city.postcode} ${city.name}` : `${city.name} ${city.postcode}`) : city.name;
  return `${line}, ${place}, ${city.countryName}`;
}

export interface Person {
  name: string;
  email: string;
}

export function fictionalPerson(rng: Rng, country: string): Person {
  const pool = POOLS[POOL_BY_COUNTRY[country] ?? 'en']!;
  const [firstDisplay, firstAscii] = rng.pick(pool.first);
  const [lastDisplay, lastAscii] = rng.pick(pool.last);
  const name = pool.familyFirst ? `${lastDisplay}${firstDisplay}` : `${firstDisplay} ${lastDisplay}`;
  const domain = country === 'CN' ? 'example.cn' : 'example.com';
  return { name, email: `${firstAscii}.${lastAscii}${rng.int(1, 99)}@${domain}` };
}
