/**
 * "that account" right after a parcel was tracked is the parcel's account, for a customer of several
 * accounts (found by an outside tester: "which account?" was asked again and again). The invoice
 * expected is the account's latest by a plain filter over the demo data; a dispute there without the
 * Dispute role is refused for that account, not asked "which account?".
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('account-of-parcel');

const WHICH = { en: 'Which account', zh: '请问是哪个账户', es: '¿De qué cuenta' } as const;

test.each([
  ['en', ["what's the latest invoice on that account", 'dispute it, the fuel surcharge is wrong']],
  ['zh', ['那个账户最新的账单是哪张', '对它提出异议，燃油附加费不对']],
  ['es', ['¿cuál es la última factura de esa cuenta?', 'quiero reclamarla, el recargo de combustible está mal']],
] as const)('(%s) "that account" after tracking a parcel is its account', async (lang, messages) => {
  const parcel = data().shipments.find((s) => s.accountNumber === '7N2F4D' && s.status === 'in_transit')!;
  const latest = (data().invoices ?? []).filter((i) => i.accountNumber === '7N2F4D').sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0]!;
  const said = await conversationOf('u-carol', [parcel.trackingNumber, ...messages]);
  expect(said[1]).toContain(latest.number);
  expect(said[1]).not.toContain(WHICH[lang]);
  expect(said[2]).not.toContain(WHICH[lang]);
  expect(said[2]).toContain('7N2F4D');
});
