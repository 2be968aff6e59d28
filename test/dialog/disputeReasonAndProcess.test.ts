/**
 * A dispute's reason is what the message says is wrong, not the request beside it: "we got billed twice on the latest
 * invoice, about 300 CNY too much, I want to dispute that" → "billed twice …" (outside tester spot check), "多收了我们燃油附加费，
 * 我要提出争议" → the surcharge (round 8 P21). A parcel described ("the singapore parcel sent today") is disputed on the invoice
 * that billed it, and one no invoice bills yet is said to be so (round 7 N21: the invoice issued that day was taken). Asked
 * how the dispute stands while its confirmation waits, it is not opened yet; "how long does a dispute take?", "will you
 * notify me?" are answered (5 working days, by e-mail). Expectations from the demo data by a plain filter.
 */
import { describe, expect, test } from 'vitest';
import { BILLING_TEXTS } from '../../src/dialog/flows/billing/texts.ts';
import { formatShortDate } from '../../src/locale/index.ts';
import type { InvoiceRecord, ShipmentRecord } from '../../src/store/records.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, app, conversationOf } = demoConversations('dispute-reason');

type Lang = 'en' | 'zh' | 'es';
const INVOICE = /INV-[0-9A-Z]{6}-\d{6}/g;
const numbersIn = (said: string) => [...new Set([...said.matchAll(INVOICE)].map((m) => m[0]))];
/** The reason quoted in a dispute's confirmation ("…", “…”, «…»). */
const quotedReason = (said: string) => /["“«]([^"”»]+)["”»]/u.exec(said)?.[1] ?? '';
const invoicesOf = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const EARLIER: Record<Lang, string> = { en: 'where is my parcel to london?', zh: '我发往伦敦的包裹到哪了', es: '¿dónde está mi paquete a londres?' };
const both = <T>(rows: readonly T[]) => rows.flatMap((r) => [true, false].map((fresh) => [fresh, r] as const));

describe('the reason recorded is what is wrong', () => {
  const ROWS = [
    { lang: 'en', user: 'u-dana', msg: 'we got billed twice on the latest invoice, about 300 CNY too much, I want to dispute that', reason: 'billed twice', request: 'dispute that' },
    { lang: 'zh', user: 'u-li', msg: '最新那张账单多收了我们燃油附加费，我要提出争议', reason: '多收了我们燃油附加费', request: '我要提出争议' },
    { lang: 'es', user: 'u-alice', msg: 'en la última factura nos cobraron dos veces el recargo, quiero reclamarla', reason: 'cobraron dos veces', request: 'quiero reclamarla' },
  ] as const;
  test.each(both(ROWS))('fresh=%s %o', async (fresh, { lang, user, msg, reason, request }) => {
    const latest = invoicesOf('5W8A3K')[0]!;
    const said = (await conversationOf(user, [...(fresh ? [] : [EARLIER[lang]]), msg])).at(-1)!;
    expect(numbersIn(said)).toEqual([latest.number]);
    expect(quotedReason(said)).toContain(reason);
    expect(quotedReason(said)).not.toContain(request);
  });

  test.each([
    ['en', "what's the status of it?"],
    ['zh', '现在是什么状态'],
    ['es', '¿en qué estado está?'],
  ] as const)('(%s) the status asked while the confirmation waits: not opened yet', async (lang, question) => {
    const latest = invoicesOf('5W8A3K')[0]!;
    const msg = { en: 'we got billed twice on the latest invoice, I want to dispute that', zh: '最新那张账单重复收费了，我要提出争议', es: 'en la última factura nos cobraron dos veces, quiero reclamarla' }[lang];
    const [, status] = await conversationOf('u-dana', [msg, question]);
    expect(status).toContain(BILLING_TEXTS[lang]!.notOpenedYet(latest.number));
  });
});

/** Parcels of the account that no other parcel sent the same day shares a destination city with (so the description fits one). */
function aloneOnTheirDay(account: string): ShipmentRecord[] {
  const mine = data().shipments.filter((s) => s.accountNumber === account);
  return mine.filter((s) => mine.filter((o) => o.shipDate === s.shipDate && o.destination.city === s.destination.city).length === 1 && /^[A-Za-z ]+$/.test(s.destination.city));
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayWords = (date: string) => (date === DEMO_NOW.slice(0, 10) ? 'today' : `on ${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`);

describe('a parcel\'s charge disputed by describing the parcel', () => {
  test('a parcel on an invoice: that invoice, the reason what is wrong', async () => {
    const invoices = invoicesOf('5W8A3K');
    const parcel = aloneOnTheirDay('5W8A3K').find((s) => invoices.some((i) => i.status !== 'disputed' && i.periodStart <= s.shipDate && s.shipDate <= i.periodEnd && i.periodStart > invoices[3]!.periodStart))!;
    expect(parcel).toBeDefined();
    const invoice = invoices.find((i) => i.periodStart <= parcel.shipDate && parcel.shipDate <= i.periodEnd)!;
    const [said] = await conversationOf('u-alice', [`we were overcharged for the ${parcel.destination.city.toLowerCase()} parcel sent ${dayWords(parcel.shipDate)}, i want to dispute it`]);
    expect(numbersIn(said!)).toEqual([invoice.number]);
    expect(quotedReason(said!)).toContain('overcharged for the');
    expect(quotedReason(said!)).not.toContain('i want to dispute it');
  });

  test('a parcel no invoice bills yet: said so, nothing proposed', async () => {
    const lastEnd = invoicesOf('5W8A3K')[0]!.periodEnd;
    const parcel = aloneOnTheirDay('5W8A3K').find((s) => s.shipDate > lastEnd)!;
    expect(parcel).toBeDefined();
    const [said] = await conversationOf('u-alice', [`we were overcharged for the ${parcel.destination.city.toLowerCase()} parcel sent ${dayWords(parcel.shipDate)}, i want to dispute it`]);
    expect(said).toContain(parcel.trackingNumber);
    expect(numbersIn(said!)).toEqual([]);
    expect(said).toBe(BILLING_TEXTS.en!.notInvoicedYet(parcel.trackingNumber, formatShortDate(parcel.shipDate, 'en')));
  });
});

describe('how a dispute goes on: how long, and how the answer comes', () => {
  // Each language disputes an invoice of its own (the store is shared by the file's conversations).
  const OPEN: Record<Lang, (n: string) => [string, string]> = {
    en: (n) => [`dispute ${n}, the fuel surcharge is wrong`, 'yes'],
    zh: (n) => [`${n} 多收了我们燃油附加费，我要提出争议`, '好的'],
    es: (n) => [`quiero reclamar la factura ${n}, el recargo de combustible está mal`, 'sí'],
  };
  const WHICH: Record<Lang, number> = { en: 0, zh: 1, es: 2 };
  const ASKED: Record<Lang, string[]> = {
    en: ['how long does a dispute usually take?', "will you notify me when it's decided?"],
    zh: ['争议一般多久有结果', '结果出来会通知我吗'],
    es: ['¿cuánto tarda normalmente una reclamación?', '¿me avisarán cuando se resuelva?'],
  };
  test.each(['en', 'zh', 'es'] as const)('(%s) after the dispute is opened, and fresh', async (lang) => {
    const t = BILLING_TEXTS[lang]!;
    const user = { en: 'u-alice', zh: 'u-li', es: 'u-alice' }[lang];
    const invoice = invoicesOf('5W8A3K').filter((i) => i.status !== 'disputed')[WHICH[lang]]!;
    const said = await conversationOf(user, [...OPEN[lang](invoice.number), ...ASKED[lang]]);
    expect(said[1]).toContain(invoice.number);
    for (const answer of said.slice(2)) expect(answer).toBe(t.disputeProcess);
    const [howLong] = await conversationOf(user, [ASKED[lang][0]!]);
    expect(howLong).toBe(t.disputeProcess);
    // The dispute opened once, by the one "yes".
    expect(await app().store.disputes.listForInvoice(invoice.number)).toHaveLength(1);
  });
});
