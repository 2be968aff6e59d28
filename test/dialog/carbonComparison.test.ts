/**
 * Carbon figures compared between two periods or two routes ("how does that compare with february", "和二月比呢",
 * "¿cuál fue peor?", "which route is worse"): both figures and which is higher, in en/zh/es (outside tester round 7
 * N6: a parcel card, "not understood", or the second period alone). Expected counts and sums come from a plain filter
 * over the demo data; the comparison asked fresh and after earlier talk gives the same figures.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('carbon-comparison');

const parcels = (account: string, month: string, city?: string) =>
  data().shipments.filter((s) => s.accountNumber === account && s.shipDate.startsWith(month) && (!city || s.destination.city === city));
const co2 = (account: string, month: string, city?: string) => parcels(account, month, city).reduce((kg, s) => kg + s.co2eKg, 0);

const COUNT = { en: (n: number) => `${n} parcel`, zh: (n: number) => `${n} 个包裹`, es: (n: number) => `${n} paquete` } as const;
const HIGHER = { en: ['The first is higher', 'The second is higher'], zh: ['第一项更高', '第二项更高'], es: ['El primero es mayor', 'El segundo es mayor'] } as const;

/** The two sides' counts in order, and the one the data says is higher. */
function expectCompared(said: string, lang: keyof typeof COUNT, first: { n: number; kg: number }, second: { n: number; kg: number }) {
  const [a, b] = [said.indexOf(`1. `), said.indexOf(`2. `)];
  expect(a).toBeGreaterThanOrEqual(0);
  expect(b).toBeGreaterThan(a);
  expect(said.slice(a, b)).toContain(COUNT[lang](first.n));
  expect(said.slice(b)).toContain(COUNT[lang](second.n));
  expect(said).toContain(HIGHER[lang][first.kg > second.kg ? 0 : 1]);
}

test.each<[string, keyof typeof COUNT, DemoUser, string, string[]]>([
  ['en follow-up', 'en', 'u-alice', '5W8A3K', ['what was our carbon footprint in january', 'how does that compare with february']],
  ['en fresh', 'en', 'u-alice', '5W8A3K', ['compare our carbon emissions in january with february']],
  ['en fresh after other talk', 'en', 'u-alice', '5W8A3K', ['what did we send to madrid in january?', 'compare our carbon emissions in january with february']],
  ['zh follow-up', 'zh', 'u-li', '5W8A3K', ['我们一月的碳排放是多少', '和二月比呢']],
  // Both periods in one message (a spot check: "我们这个月的碳排放和上个月比怎么样" gave this month alone).
  ['zh fresh, both months in one message', 'zh', 'u-li', '5W8A3K', ['我们一月的碳排放和二月比怎么样']],
  ['zh both months in one message after other talk', 'zh', 'u-li', '5W8A3K', ['我们一月寄了多少个包裹去马德里', '我们一月的碳排放和二月比起来怎么样']],
  ['en fresh, both months in one question', 'en', 'u-alice', '5W8A3K', ["how do january's emissions compare with february"]],
  ['es fresh, both months in one question', 'es', 'u-lucia', '6M1S5E', ['¿cómo fueron las emisiones de enero comparadas con febrero?']],
  ['es two answers then which was worse', 'es', 'u-lucia', '6M1S5E', ['¿cuánto co2 emitimos en enero?', '¿y en febrero?', '¿cuál fue peor?']],
  ['es follow-up', 'es', 'u-lucia', '6M1S5E', ['¿cuánto co2 emitimos en enero?', '¿y comparado con febrero?']],
])('(%s) should give both months and which emitted more', async (_, lang, user, account, messages) => {
  const said = (await conversation(messages, user)).at(-1)!;
  expectCompared(said, lang, { n: parcels(account, '2026-01').length, kg: co2(account, '2026-01') }, { n: parcels(account, '2026-02').length, kg: co2(account, '2026-02') });
});

test('should compare the same figures fresh and after the first month was answered', async () => {
  const fresh = (await conversation(['compare our carbon emissions in january with february'])).at(-1)!;
  const after = (await conversation(['what was our carbon footprint in january', 'how does that compare with february'])).at(-1)!;
  expect(after).toBe(fresh);
});

test('(en) should say which route emitted more after two routes were asked', async () => {
  const said = (await conversation(['what was the co2 of our parcels to los angeles in january', 'and to madrid?', 'which route is worse'])).at(-1)!;
  const la = { n: parcels('5W8A3K', '2026-01', 'Los Angeles').length, kg: co2('5W8A3K', '2026-01', 'Los Angeles') };
  const madrid = { n: parcels('5W8A3K', '2026-01', 'Madrid').length, kg: co2('5W8A3K', '2026-01', 'Madrid') };
  expect(la.kg).not.toBe(madrid.kg);
  expectCompared(said, 'en', la, madrid);
  expect(said).toContain('Los Angeles');
  expect(said).toContain('Madrid');
});

test('(es) a place asked after the comparison keeps the period asked last', async () => {
  const said = (await conversation(['¿cuánto co2 emitimos en enero?', '¿y en febrero?', '¿cuál fue peor?', '¿y a Barcelona?'], 'u-lucia')).at(-1)!;
  const february = parcels('6M1S5E', '2026-02', 'Barcelona').length;
  expect(february).not.toBe(parcels('6M1S5E', '2026-01', 'Barcelona').length);
  expect(said).toContain(`${february} paquetes`);
  expect(said).toContain('feb');
});
