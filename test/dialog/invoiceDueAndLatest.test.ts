/**
 * Invoice follow-ups keep the invoice under discussion (outside tester round 7, N1): "when is it due" /
 * "什么时候到期" / "¿cuándo vence?" after an invoice was named answers that invoice's due date (not a parcel
 * list); "how much is the latest one" is the newest invoice even after the overdue one was talked about;
 * "pay it" / "帮我付了" / "págala" then pays that one alone. Expectations come from the demo data by a plain
 * filter (the account's invoices, newest period first); each conversation also runs after talk about parcels.
 */
import { describe, expect, test } from 'vitest';
import { money, paymentLink } from '../../src/dialog/flows/billing/billingFlow.ts';
import { formatShortDate } from '../../src/locale/index.ts';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('invoice-due-latest');

type Lang = 'en' | 'zh' | 'es';
const INVOICE = /INV-[0-9A-Z]{6}-\d{6}/g;
const numbersIn = (said: string) => [...new Set([...said.matchAll(INVOICE)].map((m) => m[0]))];
const invoicesOf = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const dueOf = (i: InvoiceRecord, lang: Lang) => formatShortDate(i.dueAt.slice(0, 10), lang);

const EARLIER: Record<Lang, string[]> = { en: ['where is my parcel to london?'], zh: ['我发往伦敦的包裹到哪了'], es: ['¿dónde está mi paquete a londres?'] };
const both = <T>(rows: readonly T[]) => rows.flatMap((r) => [true, false].map((fresh) => [fresh, r] as const));

describe('"when is it due" answers the invoice talked about', () => {
  // The overdue one asked about, then its due date; then the latest one's amount, its due date, and pay it.
  const ROWS = [
    { lang: 'en', user: 'u-alice', msgs: ['which invoices are still unpaid?', 'how much is the overdue one', 'when is it due', 'how much is the latest one', 'when is it due', 'pay it'] },
    { lang: 'zh', user: 'u-li', msgs: ['还有哪些发票没付', '逾期的那张多少钱', '什么时候到期的', '最新那张多少钱', '什么时候到期', '帮我付了'] },
  ] as const;
  test.each(both(ROWS))('fresh=%s %o', async (fresh, { lang, user, msgs }) => {
    const list = invoicesOf('5W8A3K');
    const overdue = list.filter((i) => i.status === 'overdue');
    expect(overdue).toHaveLength(1);
    const latest = list[0]!;
    expect(latest.status).toBe('open');
    const said = await conversationOf(user, [...(fresh ? [] : EARLIER[lang]), ...msgs]);
    const [, , overdueDue, latestAmount, latestDue, pay] = said.slice(-6) as [string, string, string, string, string, string];
    expect(numbersIn(overdueDue)).toEqual([overdue[0]!.number]);
    expect(overdueDue).toContain(dueOf(overdue[0]!, lang));
    expect(numbersIn(latestAmount)).toEqual([latest.number]);
    expect(latestAmount).toContain(money(latest.amount, latest.currency, lang));
    expect(numbersIn(latestDue)).toEqual([latest.number]);
    expect(latestDue).toContain(dueOf(latest, lang));
    expect(numbersIn(pay)).toEqual([latest.number]);
    expect(pay).toContain(paymentLink(latest));
  });

  test.each([true, false])('(es) fresh=%s: the second one listed, "¿cuándo vence?", then the latest and "págala"', async (fresh) => {
    const list = invoicesOf('6M1S5E');
    const [latest, second] = list as [InvoiceRecord, InvoiceRecord];
    const said = await conversationOf('u-lucia', [...(fresh ? [] : EARLIER.es), 'quiero ver mis facturas', 'la segunda', '¿cuándo vence?', '¿cuánto es la última?', '¿cuándo vence?', 'págala']);
    const [, , secondDue, latestAmount, latestDue, pay] = said.slice(-6) as [string, string, string, string, string, string];
    expect(numbersIn(secondDue)).toEqual([second.number]);
    expect(secondDue).toContain(dueOf(second, 'es'));
    expect(numbersIn(latestAmount)).toEqual([latest.number]);
    expect(numbersIn(latestDue)).toEqual([latest.number]);
    expect(latestDue).toContain(dueOf(latest, 'es'));
    expect(numbersIn(pay)).toEqual([latest.number]);
    if (latest.status === 'open' || latest.status === 'overdue') expect(pay).toContain(paymentLink(latest));
  });

  test('(en) "how much is the latest one" right after the overdue one was discussed, fresh and after an unpaid list: the newest', async () => {
    const latest = invoicesOf('5W8A3K')[0]!;
    const a = await conversationOf('u-alice', ['which invoices are still unpaid?', 'when is the overdue one due', 'how much is the latest one']);
    const b = await conversationOf('u-alice', ['how much is the latest one']);
    expect(numbersIn(a.at(-1)!)).toEqual([latest.number]);
    expect(numbersIn(b.at(-1)!)).toEqual([latest.number]);
  });
});
