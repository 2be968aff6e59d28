/**
 * A figure asked of "those", "their", "它们", "esos" in the second part of a combined request is for exactly
 * the parcels the first part found: "whats heading to london rn and how much co2 did those make" when
 * nothing is on its way to London says so and sums nothing (found by an outside tester: the delivered
 * parcels of the last 30 days were summed). The oracle: a plain filter over the demo data (account,
 * destination, not delivered / ship month), in en/zh/es, fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/locale/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('carbon-of-those');

const ACCOUNT = '6M1S5E';
type Lang = 'en' | 'zh' | 'es';
const LOCALE: Record<Lang, string> = { en: 'en', zh: 'zh-CN', es: 'es-ES' };
const CITY = { Berlin: { en: 'berlin', zh: '柏林', es: 'Berlín' }, London: { en: 'london', zh: '伦敦', es: 'Londres' }, Paris: { en: 'paris', zh: '巴黎', es: 'París' } } as const;
type City = keyof typeof CITY;

const HEADING: Record<Lang, (c: City) => string> = {
  en: (c) => `whats heading to ${CITY[c].en} rn and how much co2 did those make`,
  zh: (c) => `正在寄往${CITY[c].zh}的包裹有哪些，它们的碳排放是多少`,
  es: (c) => `¿qué va rumbo a ${CITY[c].es} ahora y cuánto co2 generaron esos?`,
};
const COUNTED: Record<Lang, (c: City) => string> = {
  en: (c) => `how many parcels went to ${CITY[c].en} in february and what was their co2`,
  zh: (c) => `我们二月寄到${CITY[c].zh}的包裹有几个，它们的碳排放是多少`,
  es: (c) => `cuantos paquetes mandamos a ${CITY[c].es} en febrero y cuanto co2 generaron esos`,
};
const EARLIER: Record<Lang, string> = { en: 'where is my parcel to Milan?', zh: '我寄到米兰的包裹在哪里？', es: '¿dónde está mi paquete a Milán?' };

const kg = (value: number, lang: Lang) => formatNumber(value, LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true });
const mine = (city: City) => data().shipments.filter((s) => s.accountNumber === ACCOUNT && s.destination.city === city);
const sum = (xs: { co2eKg: number }[]) => xs.reduce((a, s) => a + s.co2eKg, 0);
/** Any CO2 figure in kg: none may be given when no parcel fits. */
const ANY_KG = /\d[\d.,]*\s*(?:kg|千克)/u;

const LANGS: Lang[] = ['en', 'zh', 'es'];

describe('the co2 of the parcels the first part found', () => {
  test('the data: one parcel still travelling to Berlin, none to London, several sent to Paris in February', () => {
    expect(mine('Berlin').filter((s) => s.status !== 'delivered')).toHaveLength(1);
    expect(mine('London').filter((s) => s.status !== 'delivered')).toHaveLength(0);
    expect(mine('London').length).toBeGreaterThan(0);
    expect(mine('Paris').filter((s) => s.shipDate.startsWith('2026-02')).length).toBeGreaterThan(1);
  });

  test.each(LANGS)('(%s) nothing on its way: says so and sums no parcels, fresh and after earlier talk', async (lang) => {
    const [fresh] = await conversation([HEADING[lang]('London')], 'u-mateo');
    const later = await conversation([EARLIER[lang], HEADING[lang]('London')], 'u-mateo');
    for (const said of [fresh!, later[1]!]) expect(said).not.toMatch(ANY_KG);
  });

  test.each(LANGS)('(%s) the one parcel on its way: its co2 only, fresh and after earlier talk', async (lang) => {
    const travelling = mine('Berlin').filter((s) => s.status !== 'delivered');
    const delivered = mine('Berlin').filter((s) => s.status === 'delivered');
    const [fresh] = await conversation([HEADING[lang]('Berlin')], 'u-mateo');
    const later = await conversation([EARLIER[lang], HEADING[lang]('Berlin')], 'u-mateo');
    for (const said of [fresh!, later[1]!]) {
      expect(said).toContain(travelling[0]!.trackingNumber);
      expect(said).toContain(kg(sum(travelling), lang));
      expect(said).not.toContain(kg(sum(travelling) + sum(delivered.filter((s) => s.shipDate >= '2026-02-19')), lang));
    }
  });

  test.each(LANGS)('(%s) counted parcels: the sum over exactly those, fresh and after earlier talk', async (lang) => {
    const parcels = mine('Paris').filter((s) => s.shipDate.startsWith('2026-02'));
    const [fresh] = await conversation([COUNTED[lang]('Paris')], 'u-mateo');
    const later = await conversation([EARLIER[lang], COUNTED[lang]('Paris')], 'u-mateo');
    for (const said of [fresh!, later[1]!]) expect(said).toContain(kg(sum(parcels), lang));
  });
});
