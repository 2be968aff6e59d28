/**
 * A count names every filter it used (the service level too: "上周寄往洛杉矶的标准件有几个" said "寄往美国洛杉矶的包裹（0 个）"
 * without it, found by an outside tester), and "都到了吗" / "have they all arrived?" / "¿llegaron todos?" beside
 * it is answered: how many of the parcels counted were delivered. The oracle: a plain filter over the demo
 * data (account, destination city, ship month, the service level's codes), in en/zh/es, fresh and after
 * earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { SERVICE_CODES, type ServiceLevel } from '../../src/shipments/serviceLevels.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('count-every-filter');

const ACCOUNT = '4E0V1P';
type Lang = 'en' | 'zh' | 'es';
const LOCALE: Record<Lang, string> = { en: 'en', zh: 'zh-CN', es: 'es-ES' };
const CITY = { Toronto: { en: 'toronto', zh: '多伦多', es: 'toronto' }, Chicago: { en: 'chicago', zh: '芝加哥', es: 'chicago' }, 'Los Angeles': { en: 'los angeles', zh: '洛杉矶', es: 'los ángeles' } } as const;
type City = keyof typeof CITY;
const SERVICE = { standard: { en: 'standard', zh: '标准件', es: 'estándar' }, ground: { en: 'ground', zh: '陆运包裹', es: 'terrestres' } } as const;
type Service = keyof typeof SERVICE;

const ASK: Record<Lang, (c: City, s: Service) => string> = {
  en: (c, s) => `how many parcels went to ${CITY[c].en} in february with ${SERVICE[s].en} service? have they all arrived?`,
  zh: (c, s) => `二月寄往${CITY[c].zh}的${SERVICE[s].zh}有几个？都到了吗`,
  es: (c, s) => `¿cuántos paquetes ${SERVICE[s].es} mandamos a ${CITY[c].es} en febrero? ¿llegaron todos?`,
};
const EARLIER: Record<Lang, string> = { en: 'where is my parcel to Paris?', zh: '我寄到巴黎的包裹在哪里？', es: '¿dónde está mi paquete a París?' };

const counted = (city: City, level: ServiceLevel) =>
  data().shipments.filter((s) => s.accountNumber === ACCOUNT && s.destination.city === city && s.shipDate.startsWith('2026-02') && SERVICE_CODES[level].includes(s.serviceCode));

const CASES: [Lang, City, Service][] = (['en', 'zh', 'es'] as const).flatMap((lang) => [
  [lang, 'Toronto', 'standard'] as [Lang, City, Service],
  [lang, 'Chicago', 'ground'] as [Lang, City, Service],
  [lang, 'Los Angeles', 'standard'] as [Lang, City, Service],
]);

describe('a count with a service level, and whether they all arrived', () => {
  test('the data: some of these counts are several parcels, one is none', () => {
    expect(counted('Toronto', 'standard').length).toBeGreaterThan(1);
    expect(counted('Chicago', 'ground').length).toBeGreaterThan(1);
    expect(counted('Los Angeles', 'standard')).toHaveLength(0);
  });

  test.each(CASES)('(%s) %s by %s: the count names the service and says how many arrived, fresh and after earlier talk', async (lang, city, service) => {
    const parcels = counted(city, service);
    const t = textsFor(LOCALE[lang]);
    const delivered = parcels.filter((s) => s.status === 'delivered').length;
    const [fresh] = await conversation([ASK[lang](city, service)], 'u-zhang');
    const later = await conversation([EARLIER[lang], ASK[lang](city, service)], 'u-zhang');
    for (const said of [fresh!, later[1]!]) {
      expect(said).toContain(t.serviceLevelNames[service]);
      expect(said).toContain(t.arrivals(delivered, parcels.length));
      for (const s of parcels) expect(said).toContain(s.trackingNumber);
    }
  });
});
