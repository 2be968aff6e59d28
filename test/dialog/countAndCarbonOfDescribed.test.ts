/**
 * "How many parcels did we send to Paris in February?" says the count, and "… and how much co2" gives the
 * footprint of those same parcels (the place and period the message gives, not the account's last 30
 * days), in en/zh/es, fresh and after earlier talk. Expectations are plain filters over the demo data
 * (account, destination city, ship date in the month): the oracle.
 */
import { expect, test } from 'vitest';
import { formatNumber } from '../../src/locale/index.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data: demoData, conversation } = demoConversations('count-described');

const ACCOUNT = '6M1S5E';
/** The months asked about, each the most recent such month before DEMO_NOW (2026-03-20). */
const MONTHS = [
  { month: '2026-02', en: 'february', zh: '二月', es: 'febrero' },
  { month: '2026-01', en: 'january', zh: '一月', es: 'enero' },
  { month: '2025-12', en: 'december', zh: '十二月', es: 'diciembre' },
  { month: '2026-03', en: 'march', zh: '三月', es: 'marzo' },
] as const;
type Month = (typeof MONTHS)[number];

const ASK = {
  en: (m: Month) => `how many parcels did we send to paris in ${m.en}`,
  zh: (m: Month) => `我们${m.zh}寄到巴黎的包裹有几个`,
  es: (m: Month) => `cuantos paquetes mandamos a paris en ${m.es}`,
} as const;
const AND_CO2 = { en: ' and how much co2', zh: '，碳排放多少', es: ' y cuanto co2' } as const;
const EARLIER = { en: 'where is my parcel to Berlin?', zh: '我寄到柏林的包裹在哪里？', es: '¿dónde está mi paquete a Berlín?' } as const;

/** The account's parcels to Paris sent in the month, by a plain filter. */
const parisIn = (month: string) => demoData().shipments.filter((s) => s.accountNumber === ACCOUNT && s.destination.city === 'Paris' && s.shipDate.startsWith(month));
const kg = (value: number, locale: string) => formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true });

/** The count an answer states, read from its words: none is 0. */
function statedCount(said: string, locale: keyof typeof ASK): number | null {
  const m =
    locale === 'en' ? /has (no|\d+) parcels?/.exec(said) : locale === 'zh' ? /(?:共有 (\d+) 个|(0) 个)/.exec(said) : /tiene (ningún|\d+) paquetes?/.exec(said);
  if (!m) return null;
  const n = m[1] ?? m[2]!;
  return n === 'no' || n === 'ningún' ? 0 : Number(n);
}

test('the months asked about should hold none, one or two, a few and more than five parcels (the data the cases rely on)', () => {
  expect(DEMO_NOW.startsWith('2026-03')).toBe(true);
  const counts = MONTHS.map((m) => parisIn(m.month).length);
  expect(counts.some((n) => n > 5)).toBe(true);
  expect(counts.some((n) => n >= 2 && n <= 5)).toBe(true);
});

const CASES = (['en', 'zh', 'es'] as const).flatMap((locale) => MONTHS.map((m) => [locale, m.month, m] as const));

test.each(CASES)('(%s, %s) should say how many parcels went to Paris that month, fresh and after earlier talk', async (locale, _month, m) => {
  const expected = parisIn(m.month).length;
  const [fresh] = await conversation([ASK[locale](m)], 'u-mateo');
  const later = await conversation([EARLIER[locale], ASK[locale](m)], 'u-mateo');
  expect(statedCount(fresh!, locale)).toBe(expected);
  expect(statedCount(later[1]!, locale)).toBe(expected);
  // The parcels counted, when few enough to list, are those of the filter.
  if (expected > 0 && expected <= 5) for (const s of parisIn(m.month)) expect(fresh).toContain(s.trackingNumber);
});

test.each(CASES.filter(([, , m]) => m.month !== '2026-03'))(
  '(%s, %s) should give the footprint of the parcels the message describes, not the account total',
  async (locale, _month, m) => {
    const parcels = parisIn(m.month);
    expect(parcels.length).toBeGreaterThan(0);
    const total = parcels.reduce((sum, s) => sum + s.co2eKg, 0);
    const [said] = await conversation([ASK[locale](m) + AND_CO2[locale]], 'u-mateo');
    expect(statedCount(said!, locale)).toBe(parcels.length);
    expect(said).toContain(kg(total, locale));
    const later = await conversation([EARLIER[locale], ASK[locale](m) + AND_CO2[locale]], 'u-mateo');
    expect(later[1]).toContain(kg(total, locale));
  },
);

test('should not take "how many days" about a parcel for a count of parcels', async () => {
  const [said] = await conversation(['how many days does my parcel to paris take?'], 'u-mateo');
  expect(statedCount(said!, 'en')).toBeNull();
});
