/**
 * A customs question asked of a list just shown with "they" ("它们为什么被扣，缺什么文件", "what's missing for them?",
 * "¿qué les falta para la aduana?") is answered for exactly the listed parcels, each by its number: not a new search of
 * the account (outside tester round 8, P15: "48 parcels fit"), and never a lost-parcel trace for "missing". The oracle
 * is a plain filter over the demo data (the account's parcels to London); the same in en/zh/es.
 */
import { expect, test } from 'vitest';
import { MAX_LISTED } from '../../src/dialog/resolveRunner.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('customs-of-listed');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])].sort();

test.each([
  ['u-alice', 'where are my parcels to London?', "what's missing for them at customs?"],
  ['u-alice', 'where are my parcels to London?', 'why are they held at customs, what documents are missing?'],
  ['u-li', '寄往伦敦的包裹有哪些', '它们为什么被扣，缺什么文件'],
  ['u-li', '寄往伦敦的包裹有哪些', '它们分别缺什么清关文件'],
] as const)('%s: "%s" then "%s" answers customs for exactly the listed parcels', async (user, list, question) => {
  const london = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'London').map((s) => s.trackingNumber).sort();
  expect(london.length).toBeGreaterThan(1);
  expect(london.length).toBeLessThanOrEqual(MAX_LISTED);
  const [listed, answered] = await conversationOf(user as DemoUser, [list, question]);
  expect(trackingNumbersIn(listed!)).toEqual(london);
  expect(trackingNumbersIn(answered!)).toEqual(london);
  // Customs, not the lost-parcel trace the word "missing" could start.
  expect(answered).not.toMatch(/exception ticket|异常工单/);
});
