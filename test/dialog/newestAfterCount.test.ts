/**
 * "最新的那件是什么", "what's the newest one?" right after parcels were counted is the most recently sent of those counted,
 * not the latest invoice; "最新被海关扣留的包裹是哪个" fresh is the same parcel (outside tester round 7, N16: an invoice, and
 * "48 parcels fit, which city?"). "the latest invoice" after a count still names an invoice. The oracle: the account's
 * parcels held in customs (an exception, customs state held), newest sent first, by a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('newest-after-count');

const heldNewestFirst = (account: string) =>
  data()
    .shipments.filter((s) => s.accountNumber === account && s.status === 'exception' && s.customsState === 'held')
    .sort((a, b) => b.shipDate.localeCompare(a.shipDate));

test.each([
  ['en', 'u-alice', 'how many parcels are held in customs?', "what's the newest one?", 'which is the latest parcel held in customs?'],
  ['zh', 'u-li', '我们有多少包裹被海关扣了', '最新的那件是什么', '最新被海关扣留的包裹是哪个'],
] as const)('(%s) %s: the newest one after a count of held parcels is the newest held, as asked fresh', async (_lang, user, count, newest, fresh) => {
  const held = heldNewestFirst('5W8A3K');
  expect(held.length).toBeGreaterThan(0);
  const newestDay = held[0]!.shipDate;
  const meant = held.filter((s) => s.shipDate === newestDay);
  const said = await conversationOf(user, [count, newest]);
  for (const s of meant) expect(said[1]).toContain(s.trackingNumber);
  for (const s of held.filter((o) => o.shipDate !== newestDay)) expect(said[1]).not.toContain(s.trackingNumber);
  expect(said[1]).not.toMatch(/INV-/u);
  const [alone] = await conversationOf(user, [fresh]);
  for (const s of meant) expect(alone).toContain(s.trackingNumber);
  expect(alone).not.toMatch(/INV-/u);
});

test('(en) "what\'s the latest invoice?" after a count is still the invoice', async () => {
  const said = await conversationOf('u-alice', ['how many parcels are held in customs?', "what's the latest invoice?"]);
  expect(said[1]).toMatch(/INV-5W8A3K/u);
});
