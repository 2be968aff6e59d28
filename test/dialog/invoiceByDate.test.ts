/**
 * An invoice named by a date in a dispute ("I think invoice from 23 nov is wrong, we got billed for a
 * parcel we never sent", "11月23日那张发票不对，…", "la factura del 23 de noviembre está mal, …"): the
 * dispute goes on for that invoice with the reason kept (the confirmation asked), fresh and after earlier
 * talk, by every user who may dispute, in en/zh/es. A bare day names the invoice whose period starts that
 * day (the date its number carries); an issue word ("issued on", "开的", "emitida el") names the one issued
 * that day; two invoices issued on one day are asked about, only those offered, the reason kept. Found
 * by an outside tester: "Which invoice is it about?" with five invoices, a parcel search in Chinese, and a
 * refusal for the View role in Spanish. Expectations come from the demo data by a plain filter.
 */
import { describe, expect, test } from 'vitest';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('invoice-by-date');

const EN_MONTHS = ['jan', 'feb', 'march', 'april', 'may', 'june', 'july', 'aug', 'sept', 'oct', 'nov', 'dec'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const dayMonth = (iso: string) => ({ day: Number(iso.slice(8, 10)), month: Number(iso.slice(5, 7)) });

type Lang = 'en' | 'zh' | 'es';
/** The complaint naming an invoice by a bare day, and the reason it gives, per language. */
const COMPLAINT: Record<Lang, (iso: string) => { text: string; reason: string }> = {
  en: (iso) => {
    const { day, month } = dayMonth(iso);
    return { text: `I think invoice from ${day} ${EN_MONTHS[month - 1]} is wrong, we got billed for a parcel we never sent`, reason: 'we got billed for a parcel we never sent' };
  },
  zh: (iso) => {
    const { day, month } = dayMonth(iso);
    return { text: `${month}月${day}日那张发票不对，我们根本没寄那个包裹`, reason: '我们根本没寄那个包裹' };
  },
  es: (iso) => {
    const { day, month } = dayMonth(iso);
    return { text: `la factura del ${day} de ${ES_MONTHS[month - 1]} está mal, nos cobraron un paquete que no enviamos`, reason: 'nos cobraron un paquete que no enviamos' };
  },
};
/** The same complaint naming the invoice by the day it was issued. */
const ISSUED: Record<Lang, (iso: string) => { text: string; reason: string }> = {
  en: (iso) => {
    const { day, month } = dayMonth(iso);
    return { text: `the invoice issued on ${day} ${EN_MONTHS[month - 1]} is wrong, we got billed for a parcel we never sent`, reason: 'we got billed for a parcel we never sent' };
  },
  zh: (iso) => {
    const { day, month } = dayMonth(iso);
    return { text: `${month}月${day}日开的那张发票不对，我们根本没寄那个包裹`, reason: '我们根本没寄那个包裹' };
  },
  es: (iso) => {
    const { day, month } = dayMonth(iso);
    return { text: `la factura emitida el ${day} de ${ES_MONTHS[month - 1]} está mal, nos cobraron un paquete que no enviamos`, reason: 'nos cobraron un paquete que no enviamos' };
  },
};
/** Earlier talk that leaves something behind (a parcel search answered). */
const EARLIER: Record<Lang, string[]> = {
  en: ['hi', 'parcels sent last week'],
  zh: ['你好', '上周寄的包裹'],
  es: ['hola', 'los paquetes de la semana pasada'],
};

const invoicesOf = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account && i.status !== 'disputed').sort((a, b) => b.periodStart.localeCompare(a.periodStart));

/** Users who may dispute (Dispute or Admin) × languages; the invoice named is an older one, not the latest. */
const ROWS: [user: string, account: string, lang: Lang][] = [
  ['u-dana', '5W8A3K', 'en'],
  ['u-dana', '5W8A3K', 'zh'],
  ['u-dana', '5W8A3K', 'es'],
  ['u-alice', '5W8A3K', 'en'],
  ['u-li', '5W8A3K', 'zh'],
  ['u-lucia', '6M1S5E', 'es'],
  ['u-lucia', '6M1S5E', 'en'],
];

function expectConfirmation(reply: string, invoice: InvoiceRecord, others: readonly InvoiceRecord[], reason: string): void {
  expect(reply).toContain(invoice.number);
  expect(reply).toContain(reason);
  for (const o of others) if (o.number !== invoice.number) expect(reply).not.toContain(o.number);
}

describe('an invoice named by the day its period starts', () => {
  test.each(ROWS.flatMap(([user, account, lang]) => [true, false].map((fresh) => [user, account, lang, fresh] as const)))(
    '%s (%s, %s) fresh=%s: the dispute goes on for that invoice with the reason',
    async (user, account, lang, fresh) => {
      const all = invoicesOf(account);
      const named = all[1]!;
      const { text, reason } = COMPLAINT[lang](named.periodStart);
      const said = await conversationOf(user, [...(fresh ? [] : EARLIER[lang]), text]);
      expectConfirmation(said.at(-1)!, named, all, reason);
    },
  );
});

describe('an invoice named by the day it was issued', () => {
  test.each(ROWS)('%s (%s, %s): the invoice issued that day', async (user, account, lang) => {
    const all = invoicesOf(account);
    const named = all[2]!;
    // The oracle differs from the bare day's: the invoice whose period starts on that day is another one.
    const issuedDay = named.issuedAt.slice(0, 10);
    expect(all.find((i) => i.periodStart === issuedDay)?.number ?? null).not.toBe(named.number);
    const { text, reason } = ISSUED[lang](issuedDay);
    const said = await conversationOf(user, [...EARLIER[lang], text]);
    expectConfirmation(said.at(-1)!, named, all, reason);
  });
});
