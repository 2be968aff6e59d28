/**
 * A status said in the customer's words narrows the parcels asked for, in every language: "out for
 * delivery", "en reparto", "派送中" is the parcel on the van today (a day next to it is when that
 * status holds, not the day it was sent: "sale hoy en reparto"), "still moving", "todavía en camino",
 * "还在路上" is a parcel not yet delivered (found by an outside tester: the status was ignored, every
 * parcel to the city was counted, or "hoy" was read as the day it was sent). The expected parcels come
 * from a plain filter over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('status-phrase');

const MOVING: ReadonlySet<ShipmentRecord['status']> = new Set(['picked_up', 'in_transit', 'out_for_delivery']);

test.each([
  ['en', 'where is my parcel to Berlin that is out for delivery?'],
  ['en', 'my parcel to Berlin is out for delivery today, where is it?'],
  ['es', 'dónde está el paquete a Berlín que está en reparto'],
  ['es', 'el paquete a Berlín que sale hoy en reparto, dónde está?'],
  ['zh', '寄到柏林正在派送的包裹在哪里'],
])('(%s) "%s" should find the one parcel to Berlin out for delivery', async (_, message) => {
  const berlin = data().shipments.filter((s) => s.accountNumber === '6M1S5E' && s.destination.city === 'Berlin');
  const onTheVan = berlin.filter((s) => s.status === 'out_for_delivery');
  expect(onTheVan).toHaveLength(1);
  expect(berlin.length).toBeGreaterThan(onTheVan.length);
  const [said] = await conversation([message], 'u-lucia');
  expect(said).toContain(onTheVan[0]!.trackingNumber);
  for (const other of berlin.filter((s) => s !== onTheVan[0])) expect(said).not.toContain(other.trackingNumber);
});

test.each([
  ['en', 'show me my parcels to Mexico City that are still moving'],
  ['es', 'muéstrame mis paquetes a Ciudad de México que todavía están en camino'],
  ['zh', '我寄到墨西哥城还在路上的包裹'],
])('(%s) "%s" should list only the parcels still moving, on either account', async (_, message) => {
  const toMexico = (account: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === 'Mexico City');
  const moving = toMexico('8T4C2M').filter((s) => MOVING.has(s.status));
  expect(moving.length).toBeGreaterThan(0);
  // Only Maple Lane has such parcels: it is the account, without asking which.
  const [mapleLane] = await conversation([message], 'u-carol');
  for (const s of toMexico('8T4C2M')) (MOVING.has(s.status) ? expect(mapleLane) : expect(mapleLane).not).toContain(s.trackingNumber);
  // Hudson Street has parcels to Mexico City, none of them still moving: none is offered as if it were.
  expect(toMexico('7N2F4D').filter((s) => MOVING.has(s.status))).toHaveLength(0);
  expect(toMexico('7N2F4D').length).toBeGreaterThan(0);
  const [, hudson] = await conversation(['7N2F4D', message], 'u-carol');
  for (const s of toMexico('7N2F4D')) expect(hudson).not.toContain(s.trackingNumber);
});
