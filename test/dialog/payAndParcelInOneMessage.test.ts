/**
 * A payment and a parcel asked in one message ("when will my Berlin parcel arrive and can I pay the latest invoice?",
 * "pay the oldest unpaid invoice and show me what we sent to Madrid last week", in en/zh/es): each part answered, the
 * payment only for those who hold Pay (outside testers, round 8: in Chinese "我能付最新的发票吗" showed the invoice
 * without the way to pay, and "…，再给我看看…" dropped the payment). Expectations come from the demo data by a plain
 * filter: the invoice meant (latest by period, or the oldest unpaid) and the parcels of the city (and week) named.
 * Property: the same message fresh and after earlier talk; the roles hold per part (Paula: Pay only; Victor: View only).
 */
import { describe, expect, test } from 'vitest';
import type { InvoiceRecord, ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('pay-and-parcel');

const ACCOUNT = '5W8A3K';
const invoices = (): InvoiceRecord[] => (data().invoices ?? []).filter((i) => i.accountNumber === ACCOUNT);
const latestInvoice = (): InvoiceRecord => [...invoices()].sort((a, b) => b.periodStart.localeCompare(a.periodStart))[0]!;
const oldestUnpaid = (): InvoiceRecord =>
  invoices().filter((i) => i.status === 'open' || i.status === 'overdue').sort((a, b) => a.periodStart.localeCompare(b.periodStart))[0]!;
// The demo clock is Friday 20 March 2026: last week is Monday 9 to Sunday 15 March.
const LAST_WEEK = { from: '2026-03-09', to: '2026-03-15' };
const parcelsTo = (city: string, week?: { from: string; to: string }): ShipmentRecord[] =>
  data().shipments.filter((s) => s.accountNumber === ACCOUNT && s.destination.city === city && (!week || (s.shipDate >= week.from && s.shipDate <= week.to)));

type Row = [lang: string, user: string, text: string, invoice: () => InvoiceRecord, parcels: () => ShipmentRecord[]];
const BERLIN_AND_LATEST: readonly (readonly [string, string])[] = [
  ['en', 'when will my Berlin parcel arrive and can I pay the latest invoice?'],
  ['es', '¿cuándo llega el paquete de Berlín y puedo pagar la última factura?'],
  ['zh', '我寄到柏林的包裹什么时候到，还有我能付最新的发票吗？'],
];
const OLDEST_AND_MADRID: readonly (readonly [string, string])[] = [
  ['en', 'pay the oldest unpaid invoice and show me what we sent to Madrid last week'],
  ['es', 'paga la factura pendiente más antigua y muéstrame lo que mandamos a Madrid la semana pasada'],
  ['zh', '付一下最早没付的发票，再给我看看上周寄到马德里的包裹'],
];
const ROWS: Row[] = [
  ...BERLIN_AND_LATEST.flatMap(([lang, text]) => (['u-alice', 'u-paula', 'u-victor'] as const).map((u): Row => [lang, u, text, latestInvoice, () => parcelsTo('Berlin')])),
  ...OLDEST_AND_MADRID.flatMap(([lang, text]) => (['u-alice', 'u-paula', 'u-victor'] as const).map((u): Row => [lang, u, text, oldestUnpaid, () => parcelsTo('Madrid', LAST_WEEK)])),
];
const MAY_PAY: Record<string, boolean> = { 'u-alice': true, 'u-paula': true, 'u-victor': false };
const PAY_LINK = /\/pay\?account=5W8A3K&invoice=(INV-[0-9A-Z]{6}-\d{6})/g;

/** Earlier talk that leaves no question open: a parcel to another city tracked by its number. */
const earlier = (): string => data().shipments.find((s) => s.accountNumber === ACCOUNT && s.destination.city === 'Tokyo')!.trackingNumber;

describe('a payment and a parcel asked in one message: each part answered, the roles per part', () => {
  test('should have one parcel to Berlin, one or a few to Madrid last week, and invoices to pay (the oracle is not empty)', () => {
    expect(parcelsTo('Berlin')).toHaveLength(1);
    expect(parcelsTo('Madrid', LAST_WEEK).length).toBeGreaterThan(0);
    expect(parcelsTo('Madrid').length).toBeGreaterThan(parcelsTo('Madrid', LAST_WEEK).length);
    expect(oldestUnpaid().number).not.toBe(latestInvoice().number);
  });

  test.each(ROWS.flatMap((r) => [true, false].map((fresh) => [r[0], r[1], r[2], fresh, r] as const)))(
    '(%s, %s) should answer the parcel and the payment: %s (fresh: %s)',
    async (_lang, user, text, fresh, [, , , invoice, parcels]) => {
      const said = (await conversationOf(user, [...(fresh ? [] : [earlier()]), text])).at(-1)!;
      for (const s of parcels()) expect(said).toContain(s.trackingNumber);
      const payLinks = [...said.matchAll(PAY_LINK)].map((m) => m[1]);
      if (MAY_PAY[user]) expect(payLinks).toEqual([invoice().number]);
      else {
        expect(payLinks).toEqual([]);
        expect(said).toContain('Pay');
      }
    },
  );
});
