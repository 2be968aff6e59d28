/**
 * "which of our parcels have problems?", "我们哪些包裹有问题？", "¿qué envíos tienen problemas?": the parcels in
 * exception (held, damaged …) and those not delivered past their expected delivery (found by an outside
 * tester, J7: the Billing Center SOP, "not understood", or every parcel on its way). The oracle is a plain
 * filter over the demo data; asked fresh and after another parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('problem-parcels');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const withProblems = (account: string): ShipmentRecord[] =>
  data().shipments.filter(
    (s) => s.accountNumber === account && NOT_DELIVERED.has(s.status) && (s.status === 'exception' || s.customsState === 'held' || (s.estimatedDelivery !== null && s.estimatedDelivery < DEMO_NOW)),
  );
const without = (account: string): ShipmentRecord[] => {
  const problems = new Set(withProblems(account).map((s) => s.trackingNumber));
  return data().shipments.filter((s) => s.accountNumber === account && NOT_DELIVERED.has(s.status) && !problems.has(s.trackingNumber));
};

const ASKED: [string, string, string, string][] = [
  ['en', 'u-alice', '5W8A3K', 'which of our parcels have problems?'],
  ['en', 'u-bob', '7N2F4D', 'which of our parcels have problems?'],
  ['en', 'u-alice', '5W8A3K', 'any shipments with problems?'],
  ['zh', 'u-li', '5W8A3K', '我们哪些包裹有问题？'],
  ['es', 'u-mateo', '6M1S5E', '¿qué envíos tienen problemas?'],
  ['es', 'u-lucia', '6M1S5E', '¿hay envíos con problemas?'],
];

describe('parcels with problems', () => {
  test('should have parcels on their way without problems on every account asked, and parcels with problems on some (the oracle is not empty)', () => {
    for (const account of ['5W8A3K', '7N2F4D', '6M1S5E']) expect(without(account).length).toBeGreaterThan(0);
    expect(['5W8A3K', '7N2F4D', '6M1S5E'].filter((a) => withProblems(a).length > 0).length).toBeGreaterThan(0);
  });

  test.each(ASKED)('(%s, %s, %s) should list exactly the parcels with problems, asked fresh: %s', async (_lang, user, account, asked) => {
    const [said] = await conversationOf(user, [asked]);
    for (const s of withProblems(account)) expect(said).toContain(s.trackingNumber);
    for (const s of without(account)) expect(said).not.toContain(s.trackingNumber);
  });

  test.each(ASKED)('(%s, %s, %s) should list exactly the parcels with problems after another parcel was shown: %s', async (_lang, user, account, asked) => {
    const shown = without(account)[0]!.trackingNumber;
    const said = await conversationOf(user, [shown, asked]);
    expect(said[0]).toContain(shown);
    for (const s of withProblems(account)) expect(said[1]).toContain(s.trackingNumber);
    for (const s of without(account)) expect(said[1]).not.toContain(s.trackingNumber);
  });
});
