/**
 * One rule for the Pay role (the billing-center SOP grants View, Pay and Dispute each): who may pay sees what
 * there is to pay. A Pay-only user asking what is owed gets the invoices open or overdue with their amounts
 * and payment links (not a refusal for View), and the overdue one paid next is among them; a View-only user
 * sees the invoices and is refused the payment. Found by an outside tester: "what do we owe right now?" was
 * refused, then "pay the overdue one" showed the invoice, its amount and link. Expectations from the demo
 * data by a plain filter; en/zh/es, fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { paymentLink } from '../../src/dialog/flows/billing/billingFlow.ts';
import { BILLING_TEXTS } from '../../src/dialog/flows/billing/texts.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('pay-role');

const ACCOUNT = '5W8A3K';
const invoices = () => (data().invoices ?? []).filter((i) => i.accountNumber === ACCOUNT);
const unpaid = () => invoices().filter((i) => i.status === 'open' || i.status === 'overdue');

const OWE = { en: 'what do we owe right now?', zh: '我们现在欠多少钱？', es: '¿cuánto debemos ahora mismo?' } as const;
const PAY_OVERDUE = { en: 'ok i want to pay the overdue one', zh: '好，我要付逾期的那张', es: 'vale, quiero pagar la vencida' } as const;
const EARLIER = { en: ['hi', 'where is my parcel to london?'], zh: ['你好', '我发往伦敦的包裹到哪了'], es: ['hola', '¿dónde está mi paquete a londres?'] } as const;

describe('the Pay role sees what it may pay', () => {
  test.each((['en', 'zh', 'es'] as const).flatMap((lang) => [true, false].map((fresh) => [lang, fresh] as const)))('(%s) fresh=%s: u-paula', async (lang, fresh) => {
    const t = BILLING_TEXTS[lang]!;
    const due = unpaid();
    const overdue = due.filter((i) => i.status === 'overdue');
    expect(due.length).toBeGreaterThan(0);
    expect(overdue).toHaveLength(1);
    const said = await conversationOf('u-paula', [...(fresh ? [] : EARLIER[lang]), OWE[lang], PAY_OVERDUE[lang]]);
    const [owe, pay] = said.slice(-2) as [string, string];
    expect(owe).not.toContain(t.needsRole(t.actionNames.view, 'View', ACCOUNT, '', []).split(',')[0]!);
    for (const i of due) {
      expect(owe).toContain(i.number);
      expect(owe).toContain(paymentLink(i));
    }
    for (const i of invoices().filter((i) => !due.includes(i))) expect(owe).not.toContain(i.number);
    // The payment picks the overdue one among those shown: both answers agree.
    expect(pay).toContain(paymentLink(overdue[0]!));
    for (const i of due.filter((i) => i !== overdue[0])) expect(pay).not.toContain(i.number);
  });

  test.each(['en', 'zh', 'es'] as const)('(%s) u-victor (View only) sees the invoices and is refused the payment', async (lang) => {
    const t = BILLING_TEXTS[lang]!;
    const [owe, pay] = await conversationOf('u-victor', [OWE[lang], PAY_OVERDUE[lang]]);
    for (const i of unpaid()) expect(owe).toContain(i.number);
    expect(owe).not.toContain('https://');
    expect(pay).toContain(t.needsRole(t.actionNames.pay, 'Pay', ACCOUNT, '', []).split(/[,，]/)[0]!);
  });
});
