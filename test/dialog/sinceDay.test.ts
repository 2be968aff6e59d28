/**
 * "Since friday" is a period from that day until now (outside tester round 8, P17: "did anything go to miami since
 * friday?" gave only the parcel sent that Friday). The oracle: Alice's parcels to Seattle sent from Monday 16 March
 * to today (Fri 20 March 2026, the test clock), by a plain filter on the demo data; the same parcels in en/zh/es,
 * fresh and after other talk. "hasn't moved since monday" stays the day it last moved (test/nlu/since_day.test.ts).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation, conversationOf } = demoConversations('since-day');
const NUMBER = /1Z[0-9A-Z]{16}/g;

const sentToSeattleSinceMonday = () =>
  data()
    .shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Seattle' && s.shipDate.slice(0, 10) >= '2026-03-16' && s.shipDate.slice(0, 10) <= '2026-03-20')
    .map((s) => s.trackingNumber)
    .sort();

test.each([
  ['en', 'u-alice', 'did anything go to seattle since monday?'],
  ['zh', 'u-li', '从周一以来有寄到西雅图的包裹吗'],
  ['zh', 'u-li', '周一以后寄到西雅图的包裹有哪些'],
  ['es', 'u-alice', '¿se mandó algo a Seattle desde el lunes?'],
] as const)('(%s) "%s" gives every parcel sent there from Monday until now, fresh and after other talk', async (_lang, user, ask) => {
  const expected = sentToSeattleSinceMonday();
  expect(expected.length).toBeGreaterThan(1);
  const fresh = (await conversationOf(user, [ask]))[0]!;
  const after = (await conversationOf(user, ['where is my parcel to Toronto?', ask])).at(-1)!;
  for (const said of [fresh, after]) expect([...new Set(said.match(NUMBER) ?? [])].sort()).toEqual(expected);
  void conversation;
});
