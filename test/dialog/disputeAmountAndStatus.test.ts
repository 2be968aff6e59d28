/**
 * A dispute takes the part disputed (outside tester round 7, N2/N13): "it's about 1240 CNY" / "金额大概1240元" /
 * "son unos 60 euros" said while the confirmation waits, or "dispute 1240 CNY on INV-…" up front, is echoed in the
 * confirmation and stored with the dispute; "what's the status of that dispute" while it waits says it is not
 * opened yet and asks again; once opened, the status question names its ticket. The confirmation's button label
 * typed ("确认提交", "Sí, ábrela", "Yes, open it") is the button pressed. Invoices come from the demo data by a
 * plain filter; each conversation also runs after talk about parcels (on another invoice: a dispute marks it).
 */
import { describe, expect, test } from 'vitest';
import { money } from '../../src/dialog/flows/billing/billingFlow.ts';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, app, conversationOf } = demoConversations('dispute-amount-status');

type Lang = 'en' | 'zh' | 'es';
const TICKET = /CA-\d{6}/g;
const invoicesOf = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const EARLIER: Record<Lang, string[]> = { en: ['where is my parcel to london?'], zh: ['我发往伦敦的包裹到哪了'], es: ['¿dónde está mi paquete a londres?'] };

interface Row {
  lang: Lang;
  user: string;
  account: string;
  part: number;
  /** Where its invoices start among the account's (newest first): each row disputes its own. */
  from: number;
  walk: (number: string) => string[];
}

const ROWS: Row[] = [
  {
    lang: 'en',
    user: 'u-alice',
    account: '5W8A3K',
    part: 1240,
    from: 0,
    walk: (n) => [`i want to dispute ${n}, we were charged twice for the london parcel`, "it's about 1240 CNY", "what's the status of that dispute", 'Yes, open it', "what's the status of my dispute"],
  },
  { lang: 'zh', user: 'u-li', account: '5W8A3K', part: 1240, from: 2, walk: (n) => [`我要对${n}提出异议，伦敦那件重复收费了`, '金额大概1240元', '这个争议现在什么状态', '确认提交', '我的争议处理得怎么样了'] },
  {
    lang: 'es',
    user: 'u-lucia',
    account: '6M1S5E',
    part: 60,
    from: 0,
    walk: (n) => [`quiero reclamar la factura ${n}, nos cobraron un envío a Milán que nunca hicimos`, 'son unos 60 euros', '¿en qué estado está la reclamación?', 'Sí, ábrela', '¿en qué estado está la reclamación?'],
  },
];

describe('a dispute takes the amount disputed and answers its status', () => {
  test.each(ROWS.flatMap((r) => [true, false].map((fresh) => [r.lang, fresh, r] as const)))('(%s) fresh=%s', async (lang, fresh, row) => {
    // Fresh and after talk dispute different invoices: an open dispute marks its invoice.
    const invoice = invoicesOf(row.account).filter((i) => i.status !== 'disputed')[row.from + (fresh ? 0 : 1)]!;
    expect(row.part).toBeLessThan(invoice.amount);
    const said = await conversationOf(row.user, [...(fresh ? [] : EARLIER[lang]), ...row.walk(invoice.number)]);
    const [asked, withPart, pending, opened, status] = said.slice(-5) as [string, string, string, string, string];
    const part = money(row.part, invoice.currency, lang);
    expect(asked).toContain(invoice.number);
    expect(asked).not.toContain(part);
    expect(withPart).toContain(invoice.number);
    expect(withPart).toContain(part);
    // Not opened yet: the invoice named, no ticket, no list of invoices to pick from.
    expect(pending).toContain(invoice.number);
    expect(pending.match(TICKET)).toBeNull();
    const disputes = await app().store.disputes.listForInvoice(invoice.number);
    expect(disputes).toHaveLength(1);
    expect(disputes[0]!.amountDisputed).toBe(row.part);
    expect(opened).toContain(disputes[0]!.ticketNumber);
    expect(opened).toContain(part);
    expect(status.match(TICKET)).toEqual([disputes[0]!.ticketNumber]);
  });

  test.each([true, false])('(en) fresh=%s: "dispute 1240 CNY on INV-…, …" up front is the part disputed, the rest the reason', async (fresh) => {
    const invoice = invoicesOf('5W8A3K').filter((i) => i.status !== 'disputed')[fresh ? 4 : 5]!;
    const said = await conversationOf('u-alice', [...(fresh ? [] : EARLIER.en), `dispute 1240 CNY on ${invoice.number}, the london parcel was charged twice`, 'yes']);
    const [confirm, opened] = said.slice(-2) as [string, string];
    expect(confirm).toContain(money(1240, invoice.currency, 'en'));
    expect(confirm).toContain('"the london parcel was charged twice"');
    const disputes = await app().store.disputes.listForInvoice(invoice.number);
    expect(disputes.map((d) => [d.amountDisputed, d.reason])).toEqual([[1240, 'the london parcel was charged twice']]);
    expect(opened).toContain(disputes[0]!.ticketNumber);
  });
});
