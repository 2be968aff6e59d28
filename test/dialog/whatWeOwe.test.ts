/**
 * "How much do we owe?" on a fresh chat lists what the account has to pay, in en/zh/es alike (outside
 * tester K2: "我们欠多少钱" was answered with the VIP programme's fee, "¿cuánto debemos?" was not
 * understood). The invoices are found by a plain filter over the demo data (the oracle).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('owe');

const unpaid = (account: string) => (data().invoices ?? []).filter((i) => i.accountNumber === account && (i.status === 'open' || i.status === 'overdue'));

test.each([
  ['u-alice', '5W8A3K', 'how much do we owe?'],
  ['u-li', '5W8A3K', '我们欠多少钱'],
  ['u-li', '5W8A3K', '我们还欠你们多少？'],
  ['u-lucia', '6M1S5E', '¿cuánto debemos?'],
  ['u-lucia', '6M1S5E', 'cuanto debemos'],
])('%s %j names every unpaid invoice of %s and nothing of the VIP programme', async (user, account, text) => {
  const invoices = unpaid(account);
  expect(invoices.length).toBeGreaterThan(0);
  const [said] = await conversationOf(user, [text]);
  for (const invoice of invoices) expect(said).toContain(invoice.number);
  expect(said).not.toMatch(/VIP/i);
});
