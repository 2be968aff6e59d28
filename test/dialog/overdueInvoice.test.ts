/**
 * "The overdue invoice" names one when the account has one overdue, in en/zh/es (found by an outside
 * tester: "which invoice?" with five choices). The invoice is found by a plain filter over the demo
 * data (the oracle); Alice may pay and dispute.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('overdue');

const overdue = () => (data().invoices ?? []).filter((i) => i.accountNumber === '5W8A3K' && i.status === 'overdue');

test.each([
  ['en', 'I need to dispute the overdue invoice, it is wrong', 'What is wrong with invoice'],
  ['zh', '我要对逾期的那张账单提出异议，金额不对', '有什么问题'],
  ['es', 'quiero reclamar la factura vencida, está mal', 'factura'],
  ['en', 'pay the overdue invoice', 'pay?account=5W8A3K&invoice='],
  ['zh', '帮我付一下最早那张逾期的账单', 'pay?account=5W8A3K&invoice='],
])('(%s) %j should be about the one overdue invoice', async (_, text, expected) => {
  const invoices = overdue();
  expect(invoices).toHaveLength(1);
  const [said] = await conversation([text]);
  expect(said).toContain(invoices[0]!.number);
  expect(said).toContain(expected);
  // Only that invoice: no other invoice of the account is offered.
  const others = (data().invoices ?? []).filter((i) => i.accountNumber === '5W8A3K' && i.number !== invoices[0]!.number);
  for (const other of others) expect(said).not.toContain(other.number);
});
