/**
 * After an answer covering several places ("parcels to New York and Toronto"), "and when do they arrive?",
 * "它们什么时候到？", "¿y cuándo llegan?" is about all the parcels of that answer, not the last place's only
 * (found by an outside tester). The oracle: the account's parcels still travelling to each place, by a
 * plain filter, in en/zh/es, right after the answer and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
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
