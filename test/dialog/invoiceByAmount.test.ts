/**
 * "the cheaper invoice", "便宜的那张", "la más barata" (and "the most expensive one", "最贵的那张", "la más cara") after
 * the invoices still to pay, or after one invoice's payment link: the invoice of the smallest (largest) amount among
 * those (outside tester round 10: the whole list again, or "you have no alerts running" in Spanish). Expectations
 * from the demo data by a plain filter; en/zh/es, fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import { money } from '../../src/dialog/flows/billing/billingFlow.ts';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('invoice-by-amount');

type Lang = 'en' | 'zh' | 'es';
const INVOICE = /INV-[0-9A-Z]{6}-\d{6}/g;
const numbersIn = (said: string) => [...new Set([...said.matchAll(INVOICE)].map((m) => m[0]))];
const isUnpaid = (i: InvoiceRecord) => i.status === 'open' || i.status === 'overdue';
const unpaidOf = (account: string) => (data().invoices ?? []).filter((i) => i.accountNumber === account && isUnpaid(i));
const EARLIER: Record<Lang, string> = { en: 'where is my parcel to london?', zh: '我发往伦敦的包裹到哪了', es: '¿dónde está mi paquete a londres?' };
const both = <T>(rows: readonly T[]) => rows.flatMap((r) => [true, false].map((fresh) => [fresh, r] as const));

describe('an invoice pointed at by its amount among those still to pay', () => {
  const ROWS = [
    { lang: 'en', user: 'u-alice', least: true, msgs: ['any unpaid invoices?', 'the cheaper one'] },
    { lang: 'en', user: 'u-alice', least: false, msgs: ['any unpaid invoices?', 'and the most expensive one?'] },
    { lang: 'zh', user: 'u-li', least: true, msgs: ['我的未付发票', '便宜的那张'] },
    { lang: 'zh', user: 'u-li', least: false, msgs: ['我的未付发票', '最贵的那张多少钱'] },
    { lang: 'es', user: 'u-paula', least: true, msgs: ['facturas sin pagar', 'la mas barata'] },
    { lang: 'es', user: 'u-paula', least: false, msgs: ['facturas sin pagar', 'y la más cara?'] },
  ] as const;
  test.each(both(ROWS))('fresh=%s %o', async (fresh, { lang, user, least, msgs }) => {
    const unpaid = unpaidOf('5W8A3K');
    expect(new Set(unpaid.map((i) => i.amount)).size).toBeGreaterThan(1);
    const expected = [...unpaid].sort((a, b) => (least ? a.amount - b.amount : b.amount - a.amount))[0]!;
    const said = (await conversationOf(user, [...(fresh ? [] : [EARLIER[lang]]), ...msgs])).at(-1)!;
    expect(numbersIn(said)).toEqual([expected.number]);
    expect(said).toContain(money(expected.amount, expected.currency, lang));
  });
});

describe('"the cheaper invoice" after one payment link: the cheapest still to pay', () => {
  const ROWS = [
    { lang: 'en', user: 'u-alice', msgs: (n: string) => [`pay ${n}`, 'the cheaper invoice'] },
    { lang: 'zh', user: 'u-li', msgs: (n: string) => [`付款 ${n}`, '便宜的那张'] },
    { lang: 'es', user: 'u-alice', msgs: (n: string) => [`pagar ${n}`, 'la más barata'] },
  ] as const;
  test.each(both(ROWS))('fresh=%s %o', async (fresh, { lang, user, msgs }) => {
    const unpaid = unpaidOf('5W8A3K');
    const cheapest = [...unpaid].sort((a, b) => a.amount - b.amount)[0]!;
    const dearest = [...unpaid].sort((a, b) => b.amount - a.amount)[0]!;
    expect(dearest.number).not.toBe(cheapest.number);
    const said = (await conversationOf(user, [...(fresh ? [] : [EARLIER[lang]]), ...msgs(dearest.number)])).at(-1)!;
    expect(numbersIn(said)).toEqual([cheapest.number]);
    expect(said).toContain(money(cheapest.amount, cheapest.currency, lang));
  });
});
