/**
 * A person offered on a parcel held in customs and declined is not offered again after every later answer about
 * that parcel (found by an outside tester), in en and zh. The held parcel is found by a plain filter (the oracle).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('person-offer-declined');

test.each([
  ['en', ['anything held in customs?', 'no', 'what documents does it need?', 'and where is it now?'], /a person from our customs team/g],
  ['zh', ['有没有被海关扣住的包裹', '不用', '它需要什么文件？', '它现在在哪？'], /转给清关团队/g],
] as const)('(%s) should offer the person once when the customer says no', async (_, messages, offer) => {
  const held = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held');
  expect(held.length).toBeGreaterThan(0);
  const said = await conversation(messages);
  expect(held.some((s) => said[0]!.includes(s.trackingNumber))).toBe(true);
  expect(said[0]).toMatch(offer);
  expect(said.slice(1).join('\n').match(offer) ?? []).toHaveLength(0);
});
