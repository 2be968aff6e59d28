/**
 * A yes to an account flow's answer that asked nothing (the payment link of the overdue invoice) answers nothing: no parcel
 * list (a spot check: "yes" after "pay the overdue invoice" listed the five most recent parcels). A yes to one closest
 * parcel offered still takes it, whatever came before.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { conversation } = demoConversations('yes-after-account-answer');
const TRACKING = /1Z[0-9A-Z]{16}/;

test.each<[string, DemoUser, string[]]>([
  ['en', 'u-alice', ['pay the overdue invoice', 'yes']],
  ['en, after parcel talk', 'u-alice', ['where is my parcel to madrid?', 'what do we owe?', 'yeah']],
  ['zh', 'u-li', ['帮我付逾期的发票', '是的']],
  ['es', 'u-lucia', ['quiero pagar la factura pendiente', 'sí']],
])('(%s) should answer a bare yes after a payment link without listing parcels', async (_, user, messages) => {
  const said = await conversation(messages, user);
  expect(said.at(-2)).toMatch(/INV-/);
  expect(said.at(-1)).not.toMatch(TRACKING);
  expect(said.at(-1)!.length).toBeGreaterThan(0);
});
