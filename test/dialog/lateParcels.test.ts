/**
 * "show me everything that's stuck or delayed", "有没有延误的", "¿algo retrasado?": the parcels in
 * exception plus those not delivered and past their expected delivery at the conversation's clock
 * (found by an outside tester, G11: the most recent parcels, or every parcel on its way, were listed).
 * The parcels are found by a plain filter over the demo data (the oracle); asked fresh and after
 * another parcel was shown.
 */
import { describe, expect, test } from 'vitest';
import { isLate } from '../../src/shipments/resolveShipments.ts';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('late-parcels');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const lateOf = (account: string): ShipmentRecord[] =>
  data().shipments.filter(
    (s) => s.accountNumber === account && NOT_DELIVERED.has(s.status) && (s.status === 'exception' || (s.estimatedDelivery !== null && s.estimatedDelivery < DEMO_NOW)),
  );
const notLate = (account: string): ShipmentRecord[] => {
  const late = new Set(lateOf(account).map((s) => s.trackingNumber));
  return data().shipments.filter((s) => s.accountNumber === account && NOT_DELIVERED.has(s.status) && !late.has(s.trackingNumber));
};

const ASKED: [string, string, string, string][] = [
  ['en', 'u-alice', '5W8A3K', "show me everything that's stuck or delayed"],
  ['en', 'u-alice', '5W8A3K', 'which parcels are overdue?'],
  ['en', 'u-alice', '5W8A3K', 'any late parcels?'],
  ['zh', 'u-li', '5W8A3K', '有没有延误的'],
  ['zh', 'u-li', '5W8A3K', '哪些包裹延误了？'],
  ['es', 'u-mateo', '6M1S5E', '¿algo retrasado?'],
  ['es', 'u-mateo', '6M1S5E', '¿qué paquetes van con retraso?'],
  // A yes/no question of any of them lists the same ones in every language (outside tester round 6, M5).
  ['en', 'u-alice', '5W8A3K', 'are any of our parcels late?'],
  ['zh', 'u-li', '5W8A3K', '有没有晚到的包裹'],
  ['es', 'u-alice', '5W8A3K', '¿alguno de nuestros paquetes va con retraso?'],
  ['en', 'u-mateo', '6M1S5E', 'are any of our parcels late?'],
  ['en', 'u-carol', '8T4C2M', 'are any parcels on maple lane late?'],
];

describe('late parcels', () => {
  test('should have late parcels and parcels on time on both accounts (the oracle is not empty)', () => {
    expect(lateOf('5W8A3K').length).toBeGreaterThan(1);
    expect(notLate('5W8A3K').length).toBeGreaterThan(0);
    expect(lateOf('6M1S5E').length).toBeGreaterThan(0);
    expect(notLate('6M1S5E').length).toBeGreaterThan(0);
    expect(lateOf('8T4C2M').length).toBeGreaterThan(0);
    expect(notLate('8T4C2M').length).toBeGreaterThan(0);
  });

  test.each(ASKED)('(%s, %s, %s) should list exactly the late parcels, asked fresh: %s', async (_lang, user, account, asked) => {
    const [said] = await conversationOf(user, [asked]);
    for (const s of lateOf(account)) expect(said).toContain(s.trackingNumber);
    for (const s of notLate(account)) expect(said).not.toContain(s.trackingNumber);
  });

  test.each(ASKED)('(%s, %s, %s) should list exactly the late parcels after another parcel was shown: %s', async (_lang, user, account, asked) => {
    const shown = notLate(account)[0]!.trackingNumber;
    const said = await conversationOf(user, [shown, asked]);
    expect(said[0]).toContain(shown);
    for (const s of lateOf(account)) expect(said[1]).toContain(s.trackingNumber);
    for (const s of notLate(account)) expect(said[1]).not.toContain(s.trackingNumber);
  });
});

describe('isLate', () => {
  const now = new Date(DEMO_NOW);
  test.each<[string, Pick<ShipmentRecord, 'status' | 'estimatedDelivery'>, Date | undefined, boolean]>([
    ['in transit past its ETA', { status: 'in_transit', estimatedDelivery: '2026-03-19T12:00:00.000Z' }, now, true],
    ['in transit before its ETA', { status: 'in_transit', estimatedDelivery: '2026-03-21T12:00:00.000Z' }, now, false],
    ['an exception before its ETA', { status: 'exception', estimatedDelivery: '2026-03-21T12:00:00.000Z' }, now, true],
    ['delivered after its ETA', { status: 'delivered', estimatedDelivery: '2026-03-01T12:00:00.000Z' }, now, false],
    ['a label with no ETA', { status: 'label_created', estimatedDelivery: null }, now, false],
    ['past its ETA with no clock given', { status: 'in_transit', estimatedDelivery: '2026-03-19T12:00:00.000Z' }, undefined, false],
  ])('should tell %s', (_name, s, at, expected) => {
    expect(isLate(s, at)).toBe(expected);
  });
});
