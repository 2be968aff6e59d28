/**
 * "It arrived damaged", "llegó dañado", "送到了但是坏了": a parcel damaged on the way is often held
 * with the damage reported, not delivered, so "arrived" does not narrow the search to delivered parcels
 * (found by an outside tester: the damaged parcel to Milan was left out of the candidates). The parcel
 * with a damage scan comes first. Expected parcels come from a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('damaged-arrival');

test.each([
  ['en', 'my parcel to Milan from December arrived damaged, I want compensation'],
  ['es', 'el paquete a Milán de diciembre llegó dañado, quiero una indemnización'],
  ['zh', '12月寄到米兰的包裹送到了，但是坏了，我要赔偿'],
])('(%s) should offer the parcel with the damage scan first among the December parcels to Milan', async (_, message) => {
  const december = data().shipments.filter((s) => s.accountNumber === '6M1S5E' && s.destination.city === 'Milan' && s.shipDate.startsWith('2025-12'));
  const damaged = december.filter((s) => data().events.some((e) => e.trackingNumber === s.trackingNumber && /damage/i.test(e.description)));
  expect(damaged).toHaveLength(1);
  const [said] = await conversation([message], 'u-lucia');
  const offered = [...said!.matchAll(/1Z[0-9A-Z]{16}/g)].map((m) => m[0]);
  expect(offered[0]).toBe(damaged[0]!.trackingNumber);
  for (const n of offered) expect(december.map((s) => s.trackingNumber)).toContain(n);
});
