/**
 * "which account is 1Z… billed to?" names the account the parcel is on (outside tester round 7, N23: the parcel card
 * without its account), for the speaker's own parcels only: another account's is not named. "where is 1Z…" is still
 * its status. The oracle: the parcel's account in the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('account-of-tracking-number');

test.each([
  ['en', 'u-alice', (n: string) => `which account is ${n} billed to?`],
  ['zh', 'u-li', (n: string) => `${n} 是哪个账户的`],
] as const)('(%s) names the account of a parcel of the speaker\'s, and of no other', async (_lang, user, ask) => {
  const own = data().shipments.find((s) => s.accountNumber === '5W8A3K')!;
  const other = data().shipments.find((s) => s.accountNumber === '7N2F4D')!;
  const said = await conversationOf(user, [ask(own.trackingNumber), ask(other.trackingNumber)]);
  expect(said[0]).toContain(own.trackingNumber);
  expect(said[0]).toContain('5W8A3K');
  expect(said[1]).toContain(other.trackingNumber);
  expect(said[1]).not.toContain('7N2F4D ');
  expect(said[1]).not.toContain('Hudson');
});

test('(en) "where is 1Z…" is still the parcel\'s status', async () => {
  const own = data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit')!;
  const [said] = await conversationOf('u-alice', [`where is ${own.trackingNumber}`]);
  expect(said).toMatch(/In transit/u);
  expect(said).not.toMatch(/billed to/u);
});
