/**
 * "How long until a payment shows as paid?", "付了之后多久能显示已付", "¿cuánto tarda en aparecer como pagada la
 * factura?" get how long a payment takes by how it is made (card at once, bank transfer 1–3 working days), fresh
 * and right after an invoice was shown, never the invoice list again (outside tester, round 6 M19).
 */
import { expect, test } from 'vitest';
import { localized } from '../../src/locale/index.ts';
import { BILLING_TEXTS } from '../../src/dialog/flows/billing/texts.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('payment-timing');

test.each([
  ['en', 'u-alice', 'show me the overdue invoice', 'how long until a payment shows as paid?'],
  ['zh', 'u-li', '我要付逾期的那张发票', '付了之后多久能显示已付'],
  ['es', 'u-lucia', 'muéstrame mis facturas', '¿cuánto tarda en aparecer como pagada la factura?'],
])('(%s) should say how long a payment takes to show, fresh and after an invoice was shown', async (lang, user, first, question) => {
  const fresh = await conversationOf(user, [question]);
  const after = await conversationOf(user, [first, question]);
  const invoices = (data().invoices ?? []).map((i) => i.number);
  for (const answer of [fresh[0]!, after[1]!]) {
    expect(answer).toBe(localized(BILLING_TEXTS, lang).paymentTiming);
    expect(invoices.some((n) => answer.includes(n))).toBe(false);
  }
});
