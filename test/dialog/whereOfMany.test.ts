/**
 * "Where is the seattle parcel?" when the place fits more parcels than can be listed: the ones still
 * travelling there, when those are few, not "8 parcels fit, when did you send it?" (outside tester
 * round 6, M2). The expected parcels are a plain filter over the demo data (the oracle): the account's
 * parcels to that city not yet delivered. Asked fresh and after unrelated talk, in en/zh/es.
 */
import { expect, test } from 'vitest';
import { MAX_LISTED } from '../../src/dialog/resolveRunner.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('where-of-many');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();

const travellingTo = (account: string, city: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city);

test.each([
  ['u-alice', '5W8A3K', 'Seattle', 'where is the seattle parcel?', "what's our account number?"],
  ['u-alice', '5W8A3K', 'Miami', 'where is the miami parcel', 'thanks'],
  ['u-li', '5W8A3K', 'Seattle', '寄往西雅图的包裹在哪？', '我们的账号是多少'],
  ['u-lucia', '6M1S5E', 'Milan', '¿dónde está el paquete a Milán?', 'gracias'],
  // The outside tester's own words (round 6 M2): a bare city before "parcel", and the zh "那个包裹到哪了".
  ['u-bob', '7N2F4D', 'Dallas', 'where is the dallas parcel?', 'what invoices do we have?'],
  ['u-li', '5W8A3K', 'Seattle', '西雅图那个包裹到哪了', '谢谢'],
  ['u-alice', '5W8A3K', 'Los Angeles', "where's the los angeles parcel?", 'thanks'],
  ['u-lucia', '6M1S5E', 'Berlin', '¿dónde está el paquete de Berlín?', '¿cuál es nuestro número de cuenta?'],
  // "Is it on time?" asks when it arrives: of a place that fits many, the ones still travelling.
  ['u-victor', '5W8A3K', 'Miami', 'is the miami parcel on time?', 'thanks'],
  ['u-li', '5W8A3K', 'Miami', '寄往迈阿密的包裹准时吗', '谢谢'],
  ['u-mateo', '6M1S5E', 'Milan', '¿el paquete a Milán llega a tiempo?', 'gracias'],
] as const)('%s (%s), parcels to %s: "%s" names those still travelling, fresh and after other talk', async (user, account, city, question, before) => {
  const all = travellingTo(account, city);
  const expected = all.filter((s) => s.status !== 'delivered').map((s) => s.trackingNumber).sort();
  // The situation the rule is for: too many to list, few still travelling.
  expect(all.length).toBeGreaterThan(MAX_LISTED);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThanOrEqual(MAX_LISTED);
  const [fresh] = await conversationOf(user as DemoUser, [question]);
  expect(trackingNumbersIn(fresh!)).toEqual(expected);
  const [, later] = await conversationOf(user as DemoUser, [before, question]);
  expect(trackingNumbersIn(later!)).toEqual(expected);
});

test('few enough parcels to list, some delivered: all of them are listed, as before', async () => {
  const london = travellingTo('5W8A3K', 'London');
  expect(london.length).toBeGreaterThan(1);
  expect(london.length).toBeLessThanOrEqual(MAX_LISTED);
  expect(london.some((s) => s.status === 'delivered')).toBe(true);
  const [said] = await conversationOf('u-alice', ['where are my parcels to London?']);
  expect(trackingNumbersIn(said!)).toEqual(london.map((s) => s.trackingNumber).sort());
});
