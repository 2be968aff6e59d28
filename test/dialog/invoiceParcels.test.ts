/**
 * "Which parcels were on invoice INV-…?", "INV-… 包含哪些包裹", "¿qué paquetes incluye la factura INV-…?": the parcels sent in
 * the invoice's period (outside tester round 8 P25: the invoice list was shown); a Pay-only user is told it needs View and
 * who has it. The parcels come from the demo data by a plain filter; fresh and after earlier talk.
 */
import { describe, expect, test } from 'vitest';
import type { InvoiceRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('invoice-parcels');

const ACCOUNT = '5W8A3K';
const TRACKING = /1Z[0-9A-Z]{16}/g;
const invoicesOf = (): InvoiceRecord[] => (data().invoices ?? []).filter((i) => i.accountNumber === ACCOUNT).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
const billedBy = (i: InvoiceRecord) => data().shipments.filter((s) => s.accountNumber === ACCOUNT && s.shipDate >= i.periodStart && s.shipDate <= i.periodEnd).map((s) => s.trackingNumber).sort();
const ASK = {
  en: (n: string) => `which parcels were on invoice ${n}?`,
  // Without a bill word ("INV-… 包含哪些包裹") the classifier reads a lost parcel: left open.
  zh: (n: string) => `账单 ${n} 包含哪些包裹`,
  es: (n: string) => `¿qué paquetes incluye la factura ${n}?`,
} as const;
const EARLIER = { en: 'where is my parcel to london?', zh: '我发往伦敦的包裹到哪了', es: '¿dónde está mi paquete a londres?' } as const;

describe('the parcels an invoice billed', () => {
  test.each((['en', 'zh', 'es'] as const).flatMap((lang) => [true, false].map((fresh) => [lang, fresh] as const)))('(%s) fresh=%s', async (lang, fresh) => {
    const invoice = invoicesOf()[1]!;
    const expected = billedBy(invoice);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThanOrEqual(20);
    const user = lang === 'zh' ? 'u-li' : 'u-alice';
    const said = (await conversationOf(user, [...(fresh ? [] : [EARLIER[lang]]), ASK[lang](invoice.number)])).at(-1)!;
    expect([...new Set(said.match(TRACKING) ?? [])].sort()).toEqual(expected);
    expect(said).toContain(String(expected.length));
  });

  test('a Pay-only user is told it needs View, and who has it', async () => {
    const invoice = invoicesOf()[1]!;
    const [said] = await conversationOf('u-paula', [ASK.en(invoice.number)]);
    expect(said).not.toMatch(TRACKING);
    expect(said).toContain('View');
    const viewers = (data().memberships ?? []).filter((m) => m.accountNumber === ACCOUNT && (m.roles.includes('View') || m.roles.includes('Admin')));
    for (const m of viewers) expect(said).toContain((data().users ?? []).find((u) => u.id === m.userId)!.name);
  });
});
