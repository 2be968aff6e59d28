/**
 * Two questions in one message, one about the invoices and one about a parcel or the account number, are both
 * answered (outside tester, round 5, K5: the second, or the first, was dropped). Expectations come from the demo
 * data by a plain filter: the account's invoices (latest by period, the one of the month named, those still to
 * pay) and the only parcel to the city named. Property: the same message fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import type { InvoiceRecord, ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('billing-and-parcel');

const invoicesOf = (account: string): InvoiceRecord[] =>
  (data().invoices ?? []).filter((i) => i.accountNumber === account).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const unpaid = (i: InvoiceRecord) => i.status === 'open' || i.status === 'overdue';
/** The account's only parcel to the city (the test needs exactly one). */
function onlyParcelTo(account: string, city: string): ShipmentRecord {
  const to = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city);
  expect(to).toHaveLength(1);
  return to[0]!;
}

type Row = [lang: string, user: string, account: string, text: string, invoices: (l: InvoiceRecord[]) => InvoiceRecord[], parcelTo: string | null, alsoSaid: string | null];

const ROWS: Row[] = [
  ['en', 'u-alice', '5W8A3K', "what's our latest invoice and is the toronto parcel on its way?", (l) => [l[0]!], 'Toronto', null],
  ['es', 'u-lucia', '6M1S5E', '¿cuánto es la factura de febrero y dónde está lo de ciudad de méxico?', (l) => l.filter((i) => i.periodStart.startsWith('2026-02')), 'Mexico City', null],
  ['es', 'u-lucia', '6M1S5E', 'dame el número de cuenta y la última factura', (l) => [l[0]!], null, '6M1S5E'],
  ['es', 'u-lucia', '6M1S5E', 'el paquete a ciudad de méxico y la factura abierta, me lo resumes?', (l) => l.filter(unpaid), 'Mexico City', null],
];

/** Earlier talk that leaves no question open: another parcel of the account tracked by its number. */
function earlier(lang: string, account: string, city: string | null): string {
  const other = data().shipments.find((s) => s.accountNumber === account && s.destination.city !== city)!;
  return lang === 'es' ? `hola, ¿dónde está ${other.trackingNumber}?` : `hi, where is ${other.trackingNumber}?`;
}

describe('an invoice question beside a parcel or account question: both answered', () => {
  test.each(ROWS.flatMap((r) => [true, false].map((fresh) => [r[0], r[3], fresh, r] as const)))('(%s) %j fresh=%s', async (lang, text, fresh, [, user, account, , pick, parcelTo, alsoSaid]) => {
    const expected = pick(invoicesOf(account));
    expect(expected.length).toBeGreaterThan(0);
    const said = (await conversationOf(user, [...(fresh ? [] : [earlier(lang, account, parcelTo)]), text])).at(-1)!;
    const named = [...new Set([...said.matchAll(/INV-[0-9A-Z]{6}-\d{6}/g)].map((m) => m[0]))].sort();
    expect(named).toEqual(expected.map((i) => i.number).sort());
    if (parcelTo) expect(said).toContain(onlyParcelTo(account, parcelTo).trackingNumber);
    if (alsoSaid) expect(said).toContain(alsoSaid);
  });
});
