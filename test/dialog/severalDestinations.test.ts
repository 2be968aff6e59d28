/**
 * "where are the parcels to Melbourne and Miami?", "墨尔本和迈阿密的包裹什么时候到", "¿dónde están los envíos a
 * Berlín y a Milán?": each place is searched and answered, not read as "from X to Y" nor dropped (found by
 * an outside tester, J6). The oracle: for each place, the account's parcels to it not yet delivered
 * (the question is where they are); asked fresh and after another parcel was shown.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('several-destinations');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const travellingTo = (account: string, city: string) =>
  data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && NOT_DELIVERED.has(s.status));

const ASKED: [string, string, string, string[], string][] = [
  ['en', 'u-alice', '5W8A3K', ['Melbourne', 'Miami'], 'where are my parcels to melbourne and miami?'],
  ['en', 'u-alice', '5W8A3K', ['New York', 'Toronto'], 'where are the parcels to new york and toronto and when do they arrive'],
  ['zh', 'u-li', '5W8A3K', ['Melbourne', 'Miami'], '墨尔本和迈阿密的包裹什么时候到'],
  ['es', 'u-lucia', '6M1S5E', ['Berlin', 'Milan'], '¿dónde están los envíos a Berlín y a Milán?'],
];

describe('several destinations in one question', () => {
  test('should have exactly one parcel still travelling to each place (the oracle is not empty) at ' + DEMO_NOW, () => {
    for (const [, , account, cities] of ASKED) for (const city of cities) expect(travellingTo(account, city)).toHaveLength(1);
  });

  test.each(ASKED)('(%s, %s, %s) should answer each place %j, asked fresh: %s', async (_lang, user, account, cities, asked) => {
    const [said] = await conversationOf(user, [asked]);
    for (const city of cities) expect(said).toContain(travellingTo(account, city)[0]!.trackingNumber);
  });

  test.each(ASKED)('(%s, %s, %s) should answer each place %j after another parcel was shown: %s', async (_lang, user, account, cities, asked) => {
    const shown = data().shipments.find((s) => s.accountNumber === account && !cities.includes(s.destination.city))!.trackingNumber;
    const said = await conversationOf(user, [shown, asked]);
    for (const city of cities) expect(said[1]).toContain(travellingTo(account, city)[0]!.trackingNumber);
  });
});
