/**
 * After an answer covering several places ("parcels to New York and Toronto"), "and when do they arrive?",
 * "它们什么时候到？", "¿y cuándo llegan?" is about all the parcels of that answer, not the last place's only
 * (found by an outside tester). The oracle: the account's parcels still travelling to each place, by a
 * plain filter, in en/zh/es, right after the answer and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/locale/index.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('they-after-places');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const travellingTo = (account: string, city: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && NOT_DELIVERED.has(s.status));

const ASKED: [string, string, string, string[], string, string][] = [
  ['en', 'u-alice', '5W8A3K', ['New York', 'Toronto'], 'parcels to New York and Toronto', 'and when do they arrive?'],
  ['en', 'u-alice', '5W8A3K', ['Melbourne', 'Miami'], 'where are my parcels to melbourne and miami?', 'when will they be delivered?'],
  ['zh', 'u-li', '5W8A3K', ['New York', 'Toronto'], '寄往纽约和多伦多的包裹', '它们什么时候到？'],
  ['es', 'u-lucia', '6M1S5E', ['Berlin', 'Milan'], '¿dónde están los envíos a Berlín y a Milán?', '¿y cuándo llegan?'],
];

describe('"they" after an answer about several places', () => {
  test('the data: one parcel still travelling to each place', () => {
    for (const [, , account, cities] of ASKED) for (const city of cities) expect(travellingTo(account, city)).toHaveLength(1);
  });

  test.each(ASKED)('(%s, %s) should answer for every place %j: %s / %s', async (_lang, user, account, cities, first, then) => {
    const shown = data().shipments.find((s) => s.accountNumber === account && !cities.includes(s.destination.city))!.trackingNumber;
    const fresh = await conversationOf(user, [first, then]);
    const later = await conversationOf(user, [shown, first, then]);
    for (const said of [fresh[1]!, later[2]!]) for (const city of cities) expect(said).toContain(travellingTo(account, city)[0]!.trackingNumber);
  });
});

const CO2_OF_THEM: [string, string, string, string, string][] = [
  ['en', 'en', 'u-alice', '5W8A3K', "and what's the co2 of them?"],
  ['zh', 'zh-CN', 'u-li', '5W8A3K', '它们的碳排放是多少？'],
  ['es', 'es-ES', 'u-lucia', '6M1S5E', '¿y cuánto co2 generaron esos?'],
];
const FIRST: Record<string, string> = { en: 'parcels to New York and Toronto', zh: '寄往纽约和多伦多的包裹', es: '¿dónde están los envíos a Berlín y a Milán?' };
const CITIES: Record<string, string[]> = { '5W8A3K': ['New York', 'Toronto'], '6M1S5E': ['Berlin', 'Milan'] };

describe('a figure of "them" after several parcels shown', () => {
  test.each(CO2_OF_THEM)('(%s) should add up the co2 of exactly the parcels shown: %s', async (lang, locale, user, account, then) => {
    const parcels = CITIES[account]!.map((city) => travellingTo(account, city)[0]!);
    const total = parcels.reduce((sum, s) => sum + s.co2eKg, 0);
    const said = await conversationOf(user, [FIRST[lang]!, then]);
    expect(said[1]).toContain(formatNumber(total, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true }));
    for (const s of parcels) expect(said[1]).toContain(s.trackingNumber);
  });

  test.each([
    ['zh', 'u-li', '二月寄往东京的包裹有几个？', '它们都到了吗？'],
    ['en', 'u-alice', 'how many parcels did we send to tokyo in february?', 'have they all arrived?'],
  ])('(%s) should answer for every parcel of a count listed: %s / %s', async (_lang, user, first, then) => {
    const tokyo = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Tokyo' && s.shipDate.startsWith('2026-02'));
    expect(tokyo.length).toBeGreaterThan(1);
    expect(tokyo.length).toBeLessThanOrEqual(5);
    const said = await conversationOf(user, [first, then]);
    for (const s of tokyo) expect(said[1]).toContain(s.trackingNumber);
  });
});
