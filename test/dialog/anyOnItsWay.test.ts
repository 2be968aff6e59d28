/**
 * "¿algún paquete a Berlín está en camino?", "is any parcel to Berlin on its way?", "寄到柏林的包裹有在路上的吗？": a yes or
 * no of the parcels to that place, answered as "¿tengo algún paquete a Berlín en camino?" is: how many of them are on
 * their way, and which (outside testers, round 8: "algún" made it a list of every parcel in transit, "which one?", or
 * parcels to other cities as "the closest"). The oracle: the parcels to Berlin not yet delivered, by a plain filter over
 * the demo data; asked fresh and after another parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('any-on-its-way');

const ACCOUNT_OF: Partial<Record<DemoUser, string>> = { 'u-lucia': '6M1S5E', 'u-alice': '5W8A3K', 'u-li': '5W8A3K' };
const ON_THE_WAY = new Set(['picked_up', 'in_transit', 'out_for_delivery']);
const toBerlin = (user: DemoUser): ShipmentRecord[] => data().shipments.filter((s) => s.accountNumber === ACCOUNT_OF[user] && s.destination.city === 'Berlin');
const onTheWay = (user: DemoUser) => toBerlin(user).filter((s) => ON_THE_WAY.has(s.status));

const ASKED: [string, DemoUser, string][] = [
  ['es', 'u-lucia', '¿algún paquete a Berlín está en camino?'],
  ['es', 'u-lucia', '¿tengo algún paquete a Berlín en camino?'],
  ['en', 'u-lucia', 'is any parcel to Berlin on its way?'],
  ['zh', 'u-lucia', '寄到柏林的包裹有在路上的吗？'],
  ['es', 'u-alice', '¿algún paquete a Berlín está en camino?'],
  ['en', 'u-alice', 'is any parcel to Berlin on its way?'],
  ['zh', 'u-li', '寄到柏林的包裹有在路上的吗？'],
];

/** Names exactly the parcels to Berlin on their way (none delivered, none to another place) and asks no "which one?". */
function expectYesOrNo(said: string, user: DemoUser): void {
  const named = [...said.matchAll(/1Z[0-9A-Z]{16}/g)].map((m) => m[0]);
  for (const s of onTheWay(user)) expect(named).toContain(s.trackingNumber);
  expect([...new Set(named)].sort()).toEqual(onTheWay(user).map((s) => s.trackingNumber).sort());
  expect(said).not.toMatch(/which one|cuál de ellos|哪一个|when did you send|cuándo lo enviaste|哪天寄出/i);
}

describe('is any parcel to a place on its way: a yes or no with those on their way', () => {
  test('should have parcels to Berlin on both accounts, some on their way on one and none on the other (the oracle)', () => {
    expect(onTheWay('u-lucia').length).toBeGreaterThan(0);
    expect(toBerlin('u-lucia').length).toBeGreaterThan(onTheWay('u-lucia').length + 2);
    expect(toBerlin('u-alice').length).toBeGreaterThan(0);
    expect(onTheWay('u-alice')).toHaveLength(0);
  });

  test.each(ASKED)('(%s, %s) should say which parcels to Berlin are on their way, fresh: %s', async (_l, user, text) => {
    const [said] = await conversation([text], user);
    expectYesOrNo(said!, user);
  });

  test.each(ASKED)('(%s, %s) should say the same after another parcel was shown: %s', async (_l, user, text) => {
    const other = data().shipments.find((s) => s.accountNumber === ACCOUNT_OF[user] && s.destination.city === 'Paris')!.trackingNumber;
    const said = await conversation([other, text], user);
    expect(said[0]).toContain(other);
    expectYesOrNo(said[1]!, user);
  });
});
