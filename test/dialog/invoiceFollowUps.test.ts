/**
 * A follow-up on an invoice keeps the invoice (outside tester, round 5, K1/K14): after one invoice was shown,
 * chosen or paid, "how much is that one" / "多少钱" / "¿cuánto es?" names that one; "pay it" / "帮我付" / "págala"
 * gives its link only; "the one after that" / "前一张" / "la anterior" moves by period. A View user refused a
 * payment and then asking the amount is shown the invoice; "unpaid/未付/pendientes" lists only those still to
 * pay; an invoice question asked while "which account?" is pending is answered on the account it names.
 * Expectations come from the demo data by a plain filter (the account's invoices, newest period first); each
 * conversation is also run after earlier talk about parcels, which must not change the invoice.
 */
import { describe, expect, test } from 'vitest';
import { money, paymentLink } from '../../src/dialog/flows/billing/billingFlow.ts';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('invoice-follow-ups');

type Lang = 'en' | 'zh' | 'es';
const INVOICE = /INV-[0-9A-Z]{6}-\d{6}/g;

/** The account's invoices, newest period first (the order the list shows). */
const invoicesOf = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const unpaid = (i: InvoiceRecord) => i.status === 'open' || i.status === 'overdue';
const numbersIn = (said: string) => [...new Set([...said.matchAll(INVOICE)].map((m) => m[0]))];

/** What talk about parcels came before, per language (its answers name no invoice). */
const EARLIER: Record<Lang, string[]> = { en: ['where is my parcel to london?'], zh: ['我发往伦敦的包裹到哪了'], es: ['¿dónde está mi paquete a londres?'] };

interface Walk {
  lang: Lang;
  user: string;
  account: string;
  list: string;
  second: string;
  amount: string;
  pay: string;
  previous: string;
}

const WALKS: Walk[] = [
  { lang: 'en', user: 'u-alice', account: '5W8A3K', list: 'show my invoices', second: 'the second one', amount: 'how much is that one', pay: 'ok pay it', previous: 'and the one before that?' },
  { lang: 'zh', user: 'u-li', account: '5W8A3K', list: '发票', second: '第二张', amount: '多少钱', pay: '帮我付了', previous: '前一张' },
  { lang: 'es', user: 'u-lucia', account: '6M1S5E', list: 'quiero ver mis facturas', second: 'la segunda', amount: '¿cuánto es?', pay: 'págala', previous: 'la anterior' },
];

/** The answer is about `invoice` alone: its number and amount, no other invoice. */
function expectOnly(said: string, invoice: InvoiceRecord, lang: Lang): void {
  expect(numbersIn(said)).toEqual([invoice.number]);
  expect(said).toContain(money(invoice.amount, invoice.currency, lang));
}

describe('a follow-up keeps the invoice shown or chosen', () => {
  test.each(WALKS.flatMap((w) => [true, false].map((fresh) => [w.lang, fresh, w] as const)))('(%s) fresh=%s: the second one, its amount, pay it, the one before', async (lang, fresh, w) => {
    const list = invoicesOf(w.account);
    const second = list[1]!;
    const before = list[2]!;
    const said = await conversationOf(w.user, [...(fresh ? [] : EARLIER[lang]), w.list, w.second, w.amount, w.pay, w.previous]);
    const [, picked, amount, pay, previous] = said.slice(-5) as [string, string, string, string, string];
    expectOnly(picked, second, lang);
    expectOnly(amount, second, lang);
    // Pay it: that invoice's link only, or, when it is paid already, that one named and nothing to pay.
    expect(numbersIn(pay)).toEqual([second.number]);
    if (unpaid(second)) expect(pay).toContain(paymentLink(second));
    else expect(pay).not.toContain('invoice=');
    // The one before: the invoice of the period before it.
    expect(numbersIn(previous)).toEqual([before.number]);
  });

  test.each([true, false])('(en) fresh=%s: u-paula pays one, then "the one after that too" pays the next by period', async (fresh) => {
    const list = invoicesOf('5W8A3K');
    // The oldest unpaid one that has an unpaid one after it.
    const due = list.filter(unpaid);
    const first = due.at(-1)!;
    const next = list.filter((i) => i.periodStart > first.periodEnd).at(-1)!;
    expect(unpaid(next)).toBe(true);
    const said = await conversationOf('u-paula', [...(fresh ? [] : EARLIER.en), `pay invoice ${first.number}`, 'and the one after that too']);
    const [paid, after] = said.slice(-2) as [string, string];
    expect(paid).toContain(paymentLink(first));
    expect(numbersIn(after)).toEqual([next.number]);
    expect(after).toContain(paymentLink(next));
  });

  const PERIOD = { en: ["how much was last week's invoice", 'ok pay it'], zh: ['上周账单多少', '帮我付'], es: ['¿cuánto es la factura de la semana pasada?', 'págala'] } as const;
  test.each((['en', 'zh', 'es'] as const).flatMap((lang) => [true, false].map((fresh) => [lang, fresh] as const)))('(%s) fresh=%s: the invoice of a period asked, then pay: that one link only', async (lang, fresh) => {
    // Last week of 20 Mar 2026 (Fri) is 9–15 Mar: the invoice whose period overlaps it.
    const week = invoicesOf('5W8A3K').filter((i) => i.periodStart <= '2026-03-15' && i.periodEnd >= '2026-03-09');
    expect(week).toHaveLength(1);
    const user = lang === 'zh' ? 'u-li' : 'u-alice';
    const said = await conversationOf(user, [...(fresh ? [] : EARLIER[lang]), ...PERIOD[lang]]);
    const pay = said.at(-1)!;
    expect(numbersIn(pay)).toEqual([week[0]!.number]);
    expect(pay).toContain(paymentLink(week[0]!));
  });

  const ALL = { en: ['show my invoices', 'the second one', 'pay them all'], zh: ['发票', '第二张', '全部付掉'], es: ['quiero ver mis facturas', 'la segunda', 'págalas todas'] } as const;
  test.each(['en', 'zh', 'es'] as const)('(%s) "pay them all" after one was chosen: every one still to pay, not the one chosen alone', async (lang) => {
    const account = lang === 'es' ? '6M1S5E' : '5W8A3K';
    const said = await conversationOf(lang === 'es' ? 'u-lucia' : lang === 'zh' ? 'u-li' : 'u-alice', [...ALL[lang]]);
    const due = invoicesOf(account).slice(0, 6).filter(unpaid);
    for (const i of due) expect(said.at(-1)).toContain(paymentLink(i));
  });

  test('the overdue one asked about, "how much is that one" is that one', async () => {
    const overdue = invoicesOf('5W8A3K').filter((i) => i.status === 'overdue');
    expect(overdue).toHaveLength(1);
    const [, amount] = await conversationOf('u-alice', ['do we have anything overdue on billing?', 'how much is that one']);
    expectOnly(amount!, overdue[0]!, 'en');
  });
});

describe('a View user refused the payment may still see the amount', () => {
  const ROWS = [
    ['en', 'u-victor', '5W8A3K', 'pay the overdue invoice', 'ok then just tell me how much it is', (l: InvoiceRecord[]) => l.filter((i) => i.status === 'overdue')],
    ['es', 'u-mateo', '6M1S5E', 'quiero pagar la factura', 'entonces dime cuánto es', (l: InvoiceRecord[]) => l.filter(unpaid)],
  ] as const;
  test.each(ROWS.flatMap((r) => [true, false].map((fresh) => [r[0], fresh, r] as const)))('(%s) fresh=%s', async (lang, fresh, [, user, account, payMsg, amountMsg, meant]) => {
    const invoice = meant(invoicesOf(account));
    expect(invoice).toHaveLength(1);
    const said = await conversationOf(user, [...(fresh ? [] : EARLIER[lang]), payMsg, amountMsg]);
    const [refused, amount] = said.slice(-2) as [string, string];
    expect(refused).toContain('Pay');
    expect(refused).not.toContain('invoice=');
    expectOnly(amount, invoice[0]!, lang);
    expect(amount).not.toContain('https://');
  });
});

describe('unpaid, open, 未付, pendientes: only the invoices still to pay', () => {
  const ASK = { en: 'any unpaid invoices on maple lane?', zh: 'Maple Lane 有未付的账单吗？', es: '¿hay facturas pendientes en maple lane?' } as const;
  test.each((['en', 'zh', 'es'] as const).flatMap((lang) => [true, false].map((fresh) => [lang, fresh] as const)))('(%s) fresh=%s: u-carol on 8T4C2M', async (lang, fresh) => {
    const expected = invoicesOf('8T4C2M').filter(unpaid).map((i) => i.number);
    expect(expected.length).toBeGreaterThan(0);
    const said = await conversationOf('u-carol', [...(fresh ? [] : EARLIER[lang]), ASK[lang]]);
    expect(numbersIn(said.at(-1)!).sort()).toEqual([...expected].sort());
  });

  test.each([true, false])('fresh=%s: "and on hudson street?" right after is the same question of the other account, not its parcels', async (fresh) => {
    const said = await conversationOf('u-carol', [...(fresh ? [] : EARLIER.en), 'any unpaid invoices on maple lane?', 'and on hudson street?']);
    const listed = invoicesOf('7N2F4D').slice(0, 6).map((i) => i.number);
    expect(numbersIn(said.at(-1)!)).toEqual(listed);
    expect(said.at(-1)).not.toMatch(/1Z[0-9A-Z]{16}/);
  });

  test('asked while "which account?" is pending for a parcel, the invoice question is answered on the account it names', async () => {
    const [asked, answered] = await conversationOf('u-carol', ['where is my parcel?', 'do we have open invoices on maple lane']);
    // "Which account?" (the accounts are its choices): no parcel and no invoice shown yet.
    expect(asked).not.toMatch(/1Z[0-9A-Z]{16}/);
    expect(asked).not.toMatch(INVOICE);
    const expected = invoicesOf('8T4C2M').filter(unpaid).map((i) => i.number);
    expect(numbersIn(answered!).sort()).toEqual([...expected].sort());
    expect(answered).not.toMatch(/1Z[0-9A-Z]{16}/);
  });
});
