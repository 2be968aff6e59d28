/**
 * "how many are still on the way?", "还有几件在路上啊", "cuantos llevamos en camino" count the account's parcels in
 * transit, the same fresh, after a list and after one parcel's card (outside tester round 7, N7: the in-transit ones
 * of the list shown were counted, or the card shown again; in Spanish the carbon of those parcels was given).
 * "how many of those …" still counts among the list shown. The oracle is a plain filter over the demo data: the
 * statuses the resolver calls in transit (picked up, in transit, out for delivery) on the speaker's account.
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('count-by-status');

const IN_TRANSIT = new Set(['picked_up', 'in_transit', 'out_for_delivery']);
const ofAccount = (account: string): ShipmentRecord[] => data().shipments.filter((s) => s.accountNumber === account);
/** A parcel in transit, alone going to its city: "where's the parcel to <city>" shows its card. */
const loneInTransit = (account: string): ShipmentRecord => {
  const all = ofAccount(account);
  return all.find((s) => s.status === 'in_transit' && all.filter((o) => o.destination.city === s.destination.city).length === 1)!;
};

test.each([
  ['en', 'u-alice', '5W8A3K', 'how many are still on the way?', 'show me our recent parcels', (city: string) => `where's the parcel to ${city}?`],
  ['en', 'u-alice', '5W8A3K', 'how many are still in transit?', 'show me our recent parcels', (city: string) => `where's the parcel to ${city}?`],
  ['zh', 'u-li', '5W8A3K', '还有几件在路上啊', '最近寄了哪些包裹', (city: string) => `寄到${city}的包裹在哪`],
  ['es', 'u-lucia', '6M1S5E', 'cuantos llevamos en camino', '¿qué enviamos la semana pasada?', (city: string) => `¿dónde está el paquete a ${city}?`],
  ['es', 'u-lucia', '6M1S5E', '¿cuántos están en camino?', 'muéstrame los paquetes recientes', (city: string) => `¿dónde está el paquete a ${city}?`],
] as const)('(%s) %s: "%s" counts the account\'s parcels in transit, fresh, after a list and after a card', async (_lang, user, account, question, list, card) => {
  const expected = ofAccount(account).filter((s) => IN_TRANSIT.has(s.status));
  expect(expected.length).toBeGreaterThan(1);
  const lone = loneInTransit(account);
  const [fresh] = await conversationOf(user, [question]);
  expect(fresh!.split('\n')[0]!.replace(account, '').match(/\d+/gu)).toEqual([String(expected.length)]);
  const listed = ofAccount(account).filter((s) => fresh!.includes(s.trackingNumber));
  expect(listed.length).toBeGreaterThan(0);
  for (const s of listed) expect(IN_TRANSIT.has(s.status)).toBe(true);
  const afterList = await conversationOf(user, [list, question]);
  const afterCard = await conversationOf(user, [card(lone.destination.city), question]);
  expect(afterCard[0]).toContain(lone.trackingNumber);
  // The property: the same question gives the same count and parcels, whatever was shown before.
  const parcelsIn = (said: string) => ofAccount(account).filter((s) => said.includes(s.trackingNumber)).map((s) => s.trackingNumber);
  const countIn = (said: string) => said.split('\n')[0]!.replace(account, '').match(/\d+/gu);
  for (const said of [afterList[1]!, afterCard[1]!]) {
    expect(parcelsIn(said)).toEqual(parcelsIn(fresh!));
    expect(countIn(said)).toEqual(countIn(fresh!));
  }
});

test('(en) "how many of those are still in transit?" right after a list still looks among the parcels listed', async () => {
  const said = await conversationOf('u-alice', ['show me our recent parcels', 'how many of those are still in transit?']);
  const shown = ofAccount('5W8A3K').filter((s) => said[0]!.includes(s.trackingNumber));
  for (const s of ofAccount('5W8A3K').filter((o) => said[1]!.includes(o.trackingNumber))) expect(shown).toContain(s);
});
