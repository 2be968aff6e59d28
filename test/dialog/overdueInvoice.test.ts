/**
 * "The overdue invoice" names one when the account has one overdue, in en/zh/es (found by an outside
 * tester: "which invoice?" with five choices). The invoice is found by a plain filter over the demo
 * data (the oracle); Alice may pay and dispute.
 */
import { expect, test } from 'vitest';
import { BILLING_TEXTS } from '../../src/dialog/flows/billing/texts.ts';
import { formatNumber } from '../../src/locale/index.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversation, conversationOf } = demoConversations('overdue');

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

/** Unpaid and past its due date at the demo clock: the oracle for "the overdue invoice", not the stored status. */
const pastDue = (account: string) => (data().invoices ?? []).filter((i) => i.accountNumber === account && i.status !== 'paid' && i.paidAt === null && i.dueAt < DEMO_NOW);
const amountIn = (amount: number, locale: string) => formatNumber(amount, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

test.each([
  ['en', 'u-victor', 'how much is the overdue invoice?'],
  ['en', 'u-alice', 'how much is the overdue invoice?'],
  ['zh', 'u-li', '逾期的那张账单是多少钱？'],
  ['es', 'u-alice', '¿cuánto es la factura vencida?'],
])('(%s) %s asking %j should be told the amount of the one overdue invoice, not every invoice (outside tester round 6)', async (locale, user, text) => {
  const [invoice, ...more] = pastDue('5W8A3K');
  expect(more).toHaveLength(0);
  const [said] = await conversationOf(user, [text]);
  expect(said).toContain(invoice!.number);
  expect(said).toContain(`${amountIn(invoice!.amount, locale)} ${invoice!.currency}`);
  for (const other of (data().invoices ?? []).filter((i) => i.accountNumber === '5W8A3K' && i.number !== invoice!.number)) expect(said).not.toContain(other.number);
});

test('(es) the overdue invoice asked on an account with none overdue is said to be none', async () => {
  expect(pastDue('6M1S5E')).toHaveLength(0);
  const [said] = await conversationOf('u-mateo', ['¿cuánto es la factura vencida?']);
  expect(said!.startsWith(BILLING_TEXTS.es!.noneOverdue)).toBe(true);
});
