/**
 * A parcel described with one wrong place ("sent on 11 March from Guangzhou to Madrid" when it left
 * Shanghai) is offered first among the closest: the date and the other place still hold (found by an
 * outside tester: only parcels of that day to other cities were offered). The parcel comes from a
 * plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('nearest-one-place');

test.each([
  ['zh', '3月11号从广州寄到马德里的包裹到了吗'],
  ['en', 'has the parcel I sent from Guangzhou to Madrid on 11 March arrived?'],
  ['es', '¿ha llegado el paquete que envié de Guangzhou a Madrid el 11 de marzo?'],
])('(%s) should offer the parcel of that day to that place first when the origin is wrong', async (_, message) => {
  const account = data().shipments.filter((s) => s.accountNumber === '5W8A3K');
  expect(account.filter((s) => s.origin.city === 'Guangzhou' && s.destination.city === 'Madrid' && s.shipDate === '2026-03-11')).toHaveLength(0);
  const near = account.filter((s) => s.destination.city === 'Madrid' && s.shipDate === '2026-03-11');
  expect(near).toHaveLength(1);
  const [said] = await conversation([message]);
  const offered = [...said!.matchAll(/1Z[0-9A-Z]{16}/g)].map((m) => m[0]);
  expect(offered[0]).toBe(near[0]!.trackingNumber);
});
