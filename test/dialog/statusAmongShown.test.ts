/**
 * A status asked among the parcels just listed ("which of them were delivered?", "其中有被海关扣留的吗？", "¿cuáles de
 * esos están entregados?", "how many of those …") is answered with exactly the listed parcels in that status, counted, or
 * plainly none of them: never the list again unfiltered, nor a search of the whole account (outside round 9). The oracle
 * is a plain filter over the parcels the first answer listed; the same in en/zh/es.
 */
import { expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('status-among-shown');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();

type Fits = (s: ShipmentRecord) => boolean;
const delivered: Fits = (s) => s.status === 'delivered';
const moving: Fits = (s) => ['picked_up', 'in_transit', 'out_for_delivery'].includes(s.status);
// "held in customs": the held ones, or with none held those still waiting for clearance (the resolver's `held_in_customs`).
const heldInCustoms: Fits = (s) => s.status !== 'delivered' && ['held', 'pending', 'in_review'].includes(s.customsState);

test.each([
  ['my parcels to Los Angeles this month', 'which of them were delivered?', delivered],
  ['my parcels to Seattle this month', 'how many of those are still in transit?', moving],
  ['my parcels to Seattle this month', 'which of them are held in customs?', heldInCustoms],
  ['这个月寄往洛杉矶的包裹', '其中有被海关扣留的吗？', heldInCustoms],
  ['这个月寄往西雅图的包裹', '其中有被海关扣留的吗？', heldInCustoms],
  ['这个月寄往西雅图的包裹', '其中哪些已签收？', delivered],
  ['mis envíos a Seattle de este mes', '¿cuáles de esos están en tránsito?', moving],
  ['mis envíos a Los Angeles de este mes', '¿alguno de esos está retenido en aduana?', heldInCustoms],
] as const)('"%s" then "%s": only the listed parcels that fit, counted', async (list, question, fits) => {
  const [listedText, answered] = await conversation([list, question]);
  const listed = trackingNumbersIn(listedText!);
  expect(listed.length).toBeGreaterThan(1);
  const expected = data().shipments.filter((s) => listed.includes(s.trackingNumber) && fits(s)).map((s) => s.trackingNumber).sort();
  expect(trackingNumbersIn(answered!)).toEqual(expected);
  // How many of how many listed, or none of them: both counts said first, before any parcel.
  const head = answered!.split('\n')[0]!;
  expect(head).not.toMatch(/1Z[0-9A-Z]{16}/);
  expect(head).toContain(String(listed.length));
  if (expected.length) expect(head).toContain(String(expected.length));
});
