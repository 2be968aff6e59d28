/**
 * "Did everything we sent to London arrive?", "寄伦敦的都到了吗", "¿llegó todo lo que mandamos a Berlín?": yes
 * or no, how many of the parcels sent there arrived, and when each of the others is expected (outside
 * tester round 6, M3: "which one?", or a list of only the delivered ones that read as "yes"). The parcels
 * are a plain filter over the demo data (the oracle): every parcel of the account to the place, delivered
 * or not. Asked fresh and after other talk, in en/zh/es: the same parcels.
 */
import { expect, test } from 'vitest';
import { ARRIVAL_TEXTS } from '../../src/dialog/arrivals/texts.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('all-arrived');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();
const sentTo = (account: string, city: string) => data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city);

test.each([
  ['en', 'u-alice', '5W8A3K', 'London', 'did everything we sent to london arrive?', 'thanks'],
  ['zh', 'u-li', '5W8A3K', 'London', '寄伦敦的都到了吗', '我们的账号是多少'],
  ['es', 'u-alice', '5W8A3K', 'London', '¿llegó todo lo que mandamos a Londres?', 'gracias'],
  ['es', 'u-lucia', '6M1S5E', 'Berlin', '¿llegó todo lo que mandamos a berlín?', '¿cuál es nuestro número de cuenta?'],
  ['es', 'u-lucia', '6M1S5E', 'Berlin', '¿ya llegaron todos los envíos a berlín?', 'gracias'],
  ['en', 'u-lucia', '6M1S5E', 'Berlin', 'have all our parcels to Berlin arrived?', 'thanks'],
  ['zh', 'u-li', '5W8A3K', 'Hong Kong', '寄香港的都到了吗', '谢谢'],
  ['en', 'u-alice', '5W8A3K', 'Hong Kong', 'did everything we sent to hong kong arrive?', 'thanks'],
] as const)('(%s) %s on %s, parcels to %s: %j says yes or no with how many arrived and names those not yet, fresh and after other talk', async (locale, user, account, city, question, before) => {
  const all = sentTo(account, city);
  const waiting = all.filter((s) => s.status !== 'delivered').map((s) => s.trackingNumber).sort();
  expect(all.length).toBeGreaterThan(1);
  const answer = ARRIVAL_TEXTS[locale]!.allArrived(all.length - waiting.length, all.length);
  const [fresh] = await conversationOf(user as DemoUser, [question]);
  expect(fresh!.split('\n')[0]).toBe(answer);
  expect(trackingNumbersIn(fresh!)).toEqual(waiting);
  const [, later] = await conversationOf(user as DemoUser, [before, question]);
  expect(later).toBe(fresh);
});

test('the situations the answers are for: some parcels still travelling to London and Berlin, none to Hong Kong', () => {
  expect(sentTo('5W8A3K', 'London').some((s) => s.status === 'delivered')).toBe(true);
  expect(sentTo('5W8A3K', 'London').some((s) => s.status !== 'delivered')).toBe(true);
  expect(sentTo('6M1S5E', 'Berlin').some((s) => s.status !== 'delivered')).toBe(true);
  expect(sentTo('5W8A3K', 'Hong Kong').every((s) => s.status === 'delivered')).toBe(true);
});

test('"have they all arrived?" after the parcels to London were listed asks of those listed', async () => {
  const all = sentTo('5W8A3K', 'London');
  const waiting = all.filter((s) => s.status !== 'delivered').map((s) => s.trackingNumber).sort();
  const said = await conversationOf('u-alice', ['where are my parcels to London?', 'have they all arrived?']);
  for (const s of all) expect(said[0]).toContain(s.trackingNumber);
  expect(said[1]!.split('\n')[0]).toBe(ARRIVAL_TEXTS.en!.allArrived(all.length - waiting.length, all.length));
  expect(trackingNumbersIn(said[1]!)).toEqual(waiting);
});

test('"how many parcels did we send to London? have they all arrived?" stays the count with its arrivals', async () => {
  const all = sentTo('5W8A3K', 'London');
  const [said] = await conversationOf('u-alice', ['how many parcels did we send to London? have they all arrived?']);
  expect(said).toContain(String(all.length));
  expect(said!.split('\n')[0]).not.toBe(ARRIVAL_TEXTS.en!.allArrived(all.filter((s) => s.status === 'delivered').length, all.length));
});
