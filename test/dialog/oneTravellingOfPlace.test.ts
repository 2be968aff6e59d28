/**
 * "The singapore parcel", "温哥华那个包裹", "el paquete de Berlín": a customer who says "the X parcel" of a
 * place that fits several parcels means the one still travelling there. When exactly one is, the answer is
 * about it (and says the others were delivered), whatever was asked of it (where, when, customs, a trace);
 * when several are, the question which one stays, and a place with few enough parcels to list lists them (outside testers rounds 7–8, K19/M2: "16 parcels fit.
 * When did you send it?"). The oracle is a plain filter over the demo data: the account's parcels to that
 * city, and those of them not delivered. Asked fresh and after other talk, in en/zh/es.
 */
import { expect, test } from 'vitest';
import { MAX_LISTED } from '../../src/dialog/resolveRunner.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('one-travelling-of-place');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();

const parcelsTo = (account: string, city: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city);

test.each([
  ['u-alice', '5W8A3K', 'Melbourne', 'where is the melbourne parcel?', "what's our account number?"],
  ['u-alice', '5W8A3K', 'Melbourne', 'is the melbourne parcel through customs?', 'thanks'],
  ['u-alice', '5W8A3K', 'Miami', 'when does the miami parcel arrive?', 'what invoices are open?'],
  ['u-alice', '5W8A3K', 'Miami', 'the miami parcel, has it cleared customs?', 'hi'],
  ['u-bob', '7N2F4D', 'Dallas', 'what is the status of the dallas parcel?', 'what invoices do we have?'],
  ['u-li', '5W8A3K', 'Melbourne', '墨尔本那个包裹清关了吗', '我们的账号是多少'],
  ['u-li', '5W8A3K', 'Miami', '寄往迈阿密的包裹什么时候到', '谢谢'],
  ['u-zhang', '4E0V1P', 'Seoul', '首尔那个包裹到哪了', '谢谢'],
  ['u-zhang', '4E0V1P', 'Singapore', '新加坡的包裹需要我们提供什么清关文件吗', '谢谢'],
  ['u-lucia', '6M1S5E', 'Berlin', '¿dónde está el paquete de Berlín?', 'gracias'],
  ['u-lucia', '6M1S5E', 'Berlin', '¿el paquete de Berlín tiene problemas de aduana?', '¿cuál es nuestro número de cuenta?'],
  ['u-mateo', '6M1S5E', 'Milan', '¿cuándo llega el paquete a Milán?', 'gracias'],
] as const)('%s (%s), parcels to %s: "%s" is about the one still travelling, fresh and after other talk', async (user, account, city, question, before) => {
  const all = parcelsTo(account, city);
  const travelling = all.filter((s) => s.status !== 'delivered').map((s) => s.trackingNumber);
  // The situation the rule is for: more parcels to the place than a list shows, exactly one of them not delivered.
  expect(all.length).toBeGreaterThan(MAX_LISTED);
  expect(travelling).toHaveLength(1);
  const [fresh] = await conversationOf(user as DemoUser, [question]);
  expect(trackingNumbersIn(fresh!)).toEqual(travelling);
  // The delivered ones are said, by their number.
  expect(fresh).toContain(String(all.length - 1));
  const [, later] = await conversationOf(user as DemoUser, [before, question]);
  expect(trackingNumbersIn(later!)).toEqual(travelling);
});

test.each([
  ['u-alice', 'where is the miami parcel?', 'and the one to melbourne?'],
  ['u-li', '迈阿密那个包裹什么时候到', '墨尔本的呢'],
] as const)('%s: "%s" then "%s" (the one to another place) is the one still travelling there', async (user, first, second) => {
  const account = '5W8A3K';
  const travelling = parcelsTo(account, 'Melbourne').filter((s) => s.status !== 'delivered').map((s) => s.trackingNumber);
  expect(travelling).toHaveLength(1);
  const [, said] = await conversationOf(user, [first, second]);
  expect(trackingNumbersIn(said!)).toEqual(travelling);
});

test('few enough to list, one of them travelling: "where is my parcel to London?" lists them all, as before', async () => {
  const london = parcelsTo('5W8A3K', 'London');
  expect(london.length).toBeGreaterThan(1);
  expect(london.length).toBeLessThanOrEqual(MAX_LISTED);
  const [said] = await conversationOf('u-alice', ['where is my parcel to London?']);
  expect(trackingNumbersIn(said!)).toEqual(london.map((s) => s.trackingNumber).sort());
});

test.each([
  ['u-alice', '5W8A3K', 'Seattle', 'is the seattle parcel through customs?'],
  ['u-alice', '5W8A3K', 'Seattle', 'when does the seattle parcel arrive?'],
  ['u-zhang', '4E0V1P', 'Chicago', '芝加哥那个包裹清关了吗'],
] as const)('%s (%s), parcels to %s, several still travelling: "%s" asks which, as before', async (user, account, city, question) => {
  const travelling = parcelsTo(account, city).filter((s) => s.status !== 'delivered');
  expect(travelling.length).toBeGreaterThan(1);
  const [said] = await conversationOf(user as DemoUser, [question]);
  expect(trackingNumbersIn(said!)).not.toHaveLength(1);
});

test('"which parcels went to melbourne?" asks of all of them, not only the one travelling', async () => {
  const all = parcelsTo('5W8A3K', 'Melbourne');
  const [said] = await conversationOf('u-alice', ['which parcels went to melbourne?']);
  expect(trackingNumbersIn(said!).length).toBeGreaterThan(1);
  expect(all.length).toBeGreaterThan(1);
});
