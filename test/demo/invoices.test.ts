import { beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, generateDataset } from '../../src/demo/index.ts';
import { billingCycleOf, PAYMENT_TERMS_DAYS, shipmentChargeUsd } from '../../src/demo/invoices.ts';
import { ACCOUNT_SPECS } from '../../src/demo/accounts.ts';
import { CURRENCY_BY_COUNTRY, USD_RATE } from '../../src/demo/cities.ts';
import type { Dataset, InvoiceRecord } from '../../src/store/records.ts';

const NOW = new Date('2026-03-20T09:00:00Z');
const DAY = 86_400_000;

/** Checks every invoice against the shipments and `now`; throws on the first problem. */
function checkInvoices(d: Dataset, now: Date): void {
  const invoices = d.invoices ?? [];
  const numbers = new Set<string>();
  for (const spec of ACCOUNT_SPECS) {
    const own = invoices.filter((i) => i.accountNumber === spec.number);
    const cycle = billingCycleOf(spec);
    const currency = CURRENCY_BY_COUNTRY[spec.country]!;
    for (const i of own) {
      const where = `${i.number} (${i.periodStart}..${i.periodEnd})`;
      if (numbers.has(i.number)) throw new Error(`duplicate ${where}`);
      numbers.add(i.number);
      if (i.currency !== currency) throw new Error(`currency ${i.currency} ${where}`);
      if (cycle === 'weekly' && new Date(`${i.periodStart}T00:00:00Z`).getUTCDay() !== 1) throw new Error(`week not from Monday ${where}`);
      if (cycle === 'monthly' && !i.periodStart.endsWith('-01')) throw new Error(`month not from the 1st ${where}`);
      if (Date.parse(i.issuedAt) > now.getTime() || i.issuedAt.slice(0, 10) <= i.periodEnd) throw new Error(`issuedAt ${where}`);
      if (Date.parse(i.dueAt) - Date.parse(i.issuedAt) !== PAYMENT_TERMS_DAYS[cycle] * DAY) throw new Error(`dueAt ${where}`);
      const inPeriod = d.shipments.filter((s) => s.accountNumber === spec.number && s.shipDate >= i.periodStart && s.shipDate <= i.periodEnd);
      const expected = inPeriod.reduce((sum, s) => sum + Math.round(shipmentChargeUsd(s, spec.tier) * USD_RATE[currency]! * 100) / 100, 0);
      if (inPeriod.length === 0 || Math.abs(i.amount - expected) > 0.005) throw new Error(`amount ${i.amount} != ${expected} ${where}`);
      const due = Date.parse(i.dueAt) <= now.getTime();
      if (i.status === 'paid' && (!i.paidAt || Date.parse(i.paidAt) > now.getTime() || i.paidAt < i.issuedAt)) throw new Error(`paidAt ${where}`);
      if (i.status !== 'paid' && i.paidAt !== null) throw new Error(`unpaid with paidAt ${where}`);
      if (i.status === 'open' && due) throw new Error(`open past due ${where}`);
      if (i.status === 'overdue' && !due) throw new Error(`overdue before due ${where}`);
      if (i.status === 'disputed') throw new Error(`disputed in demo data ${where}`);
    }
  }
}

const of = (d: Dataset, account: string): InvoiceRecord[] => (d.invoices ?? []).filter((i) => i.accountNumber === account);

describe('demo invoices', () => {
  let d: Dataset;
  beforeAll(() => {
    d = generateDataset({ seed: 42, now: NOW, scale: 'small' });
  });

  test('should sum each closed period\'s shipments for every account, issued by now', () => {
    expect(() => checkInvoices(d, NOW)).not.toThrow();
    for (const a of Object.values(DEMO_ACCOUNTS)) expect(of(d, a).length).toBeGreaterThan(0);
  });

  test('should bill the story account weekly, with paid and open invoices and exactly one overdue', () => {
    const story = of(d, DEMO_ACCOUNTS.mingyuan);
    expect(story.length).toBeGreaterThanOrEqual(15);
    expect(story.filter((i) => i.status === 'overdue')).toHaveLength(1);
    expect(story.some((i) => i.status === 'paid')).toBe(true);
    expect(story.some((i) => i.status === 'open')).toBe(true);
    expect(story.every((i) => i.currency === 'CNY')).toBe(true);
  });

  test('should bill small accounts monthly in their own currency', () => {
    expect(of(d, DEMO_ACCOUNTS.hudson).map((i) => [i.periodStart, i.currency])).toEqual([
      ['2025-12-01', 'USD'],
      ['2026-01-01', 'USD'],
      ['2026-02-01', 'USD'],
    ]);
    expect(of(d, DEMO_ACCOUNTS.ceramicaLuna).every((i) => i.currency === 'EUR')).toBe(true);
  });

  test('should keep the invoices for other nows and seeds consistent, with one overdue on the story account', () => {
    const start = Date.parse('2026-03-01T00:00:00Z');
    for (let t = start; t < start + 40 * DAY; t += 53 * 3_600_000) {
      const now = new Date(t);
      const other = generateDataset({ seed: 5, now, scale: 'small' });
      try {
        checkInvoices(other, now);
        expect(of(other, DEMO_ACCOUNTS.mingyuan).filter((i) => i.status === 'overdue')).toHaveLength(1);
      } catch (err) {
        throw new Error(`now=${now.toISOString()}: ${(err as Error).message}`);
      }
    }
  }, 60_000);
});
