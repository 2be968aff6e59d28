/**
 * The demo's invoices: one per account and closed billing period, summed from the period's shipments
 * at demo list prices (a base and a per-kg rate per service, a fuel surcharge, the enterprise discount),
 * in the account's currency. Deterministic: the shipments fix the amounts, and the payment days come
 * from a stream per account that does not depend on the seed.
 */
import type { InvoiceRecord, InvoiceStatus, ShipmentRecord } from '../store/records.ts';
import type { AccountSpec } from './accounts.ts';
import { CURRENCY_BY_COUNTRY, USD_RATE } from './cities.ts';
import { Rng } from './prng.ts';
import { MS_PER_DAY, MS_PER_HOUR, isoDate, isoInstant, weekday } from './timeZones.ts';

export type BillingCycle = 'weekly' | 'monthly';

/** Accounts shipping at least this much a year are billed weekly, the others monthly. */
export const WEEKLY_BILLING_FROM_USD = 1_000_000;

/** Days from issue to due date per cycle. */
export const PAYMENT_TERMS_DAYS: Readonly<Record<BillingCycle, number>> = { weekly: 14, monthly: 30 };

/** Demo list prices in USD per service code: [per parcel, per billable kg]. */
const RATES_USD: Readonly<Record<string, readonly [number, number]>> = {
  '01': [28, 6.5],
  '02': [18, 4.2],
  '03': [9.5, 1.1],
  '07': [48, 11],
  '08': [38, 8],
  '11': [14, 2.2],
  '12': [14, 2.6],
  '65': [42, 9.5],
};
/** International services cost less inside one country. */
const DOMESTIC_FACTOR = 0.45;
const FUEL_SURCHARGE = 0.16;
/** The negotiated discount of enterprise VIP accounts. */
const ENTERPRISE_DISCOUNT = 0.35;
/** Invoices are issued at this hour (UTC) on the day after their period. */
const ISSUE_HOUR = 6;
/** The account whose newest invoice past its due date is left unpaid (the story account). */
const OVERDUE_ACCOUNT = '5W8A3K';
/** Share of invoices not yet due that other accounts have paid early already. */
const EARLY_PAYMENT_RATE = 0.3;

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function billingCycleOf(spec: Pick<AccountSpec, 'annualVolumeUsd'>): BillingCycle {
  return spec.annualVolumeUsd >= WEEKLY_BILLING_FROM_USD ? 'weekly' : 'monthly';
}

/** A shipment's freight in USD: billable weight rounded up to the half kilo, fuel surcharge included. */
export function shipmentChargeUsd(s: ShipmentRecord, tier: AccountSpec['tier']): number {
  const [base, perKg] = RATES_USD[s.serviceCode] ?? RATES_USD['65']!;
  const billableKg = Math.ceil(Math.max(s.weightKg, 0.5) * 2) / 2;
  const international = s.serviceCode === '07' || s.serviceCode === '08' || s.serviceCode === '65';
  const lane = international && s.origin.country === s.destination.country ? DOMESTIC_FACTOR : 1;
  const discount = tier === 'enterprise_vip' ? 1 - ENTERPRISE_DISCOUNT : 1;
  return (base + perKg * billableKg) * lane * (1 + FUEL_SURCHARGE) * discount;
}

const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;

/** The first day of the billing period holding `day`: its Monday, or the 1st of its month. */
function periodStartOf(day: number, cycle: BillingCycle): number {
  if (cycle === 'weekly') return day - ((weekday(day) + 6) % 7);
  const d = new Date(day * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY;
}

function periodEndOf(start: number, cycle: BillingCycle): number {
  if (cycle === 'weekly') return start + 6;
  const d = new Date(start * MS_PER_DAY);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / MS_PER_DAY - 1;
}

/** `INV-<account>-<yymmdd of the period's first day>`: unique per account and period. */
export function invoiceNumber(accountNumber: string, periodStart: string): string {
  return `INV-${accountNumber}-${periodStart.slice(2).replaceAll('-', '')}`;
}

/** FNV-1a, for a payment stream per account that does not depend on the seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Every account's invoices, oldest first per account: one per billing period that lies wholly inside
 * the shipments' window (`windowStartMs` on) and was issued by `nowMs`, when the period has shipments.
 * Paid when past due (a few days before the due date), except the story account's newest past-due one,
 * which is overdue; open when not yet due (other accounts have paid some early).
 */
export function generateInvoices(
  specs: readonly AccountSpec[],
  shipments: readonly ShipmentRecord[],
  nowMs: number,
  windowStartMs: number,
): InvoiceRecord[] {
  const totals = new InvoiceTotals(specs);
  for (const s of shipments) totals.add(s);
  return totals.invoices(nowMs, windowStartMs);
}

/**
 * The invoices' totals, summed as the shipments are generated (so a generator that hands its
 * shipments on in parts need not keep them): the same sums, in the same order, as over the whole list.
 */
export class InvoiceTotals {
  /** Per account: the period's first day -> its amount so far. */
  private readonly totals = new Map<string, Map<number, number>>();
  private readonly specs: ReadonlyMap<string, AccountSpec>;

  constructor(specs: readonly AccountSpec[]) {
    this.specs = new Map(specs.map((spec) => [spec.number, spec]));
  }

  add(s: ShipmentRecord): void {
    const spec = this.specs.get(s.accountNumber);
    if (!spec) return;
    const rate = USD_RATE[CURRENCY_BY_COUNTRY[spec.country] ?? 'USD'] ?? 1;
    let totals = this.totals.get(spec.number);
    if (!totals) this.totals.set(spec.number, (totals = new Map()));
    const start = periodStartOf(dayOf(s.shipDate), billingCycleOf(spec));
    totals.set(start, (totals.get(start) ?? 0) + round2(shipmentChargeUsd(s, spec.tier) * rate));
  }

  /** The invoices of every account, in the order of the specs: see `generateInvoices`. */
  invoices(nowMs: number, windowStartMs: number): InvoiceRecord[] {
    const invoices: InvoiceRecord[] = [];
    for (const spec of this.specs.values()) invoices.push(...this.invoicesOf(spec, nowMs, windowStartMs));
    return invoices;
  }

  private invoicesOf(spec: AccountSpec, nowMs: number, windowStartMs: number): InvoiceRecord[] {
    const firstDay = Math.ceil(windowStartMs / MS_PER_DAY);
    const cycle = billingCycleOf(spec);
    const currency = CURRENCY_BY_COUNTRY[spec.country] ?? 'USD';
    const totals = this.totals.get(spec.number) ?? new Map<number, number>();
    const rng = new Rng(hash32(`invoices|${spec.number}`));
    const own: InvoiceRecord[] = [];
    for (const start of [...totals.keys()].sort((a, b) => a - b)) {
      const end = periodEndOf(start, cycle);
      const issuedMs = (end + 1) * MS_PER_DAY + ISSUE_HOUR * MS_PER_HOUR;
      if (start < firstDay || issuedMs > nowMs) continue;
      const dueMs = issuedMs + PAYMENT_TERMS_DAYS[cycle] * MS_PER_DAY;
      const earlyPaid = spec.number !== OVERDUE_ACCOUNT && rng.chance(EARLY_PAYMENT_RATE);
      const paidMs = dueMs <= nowMs
        ? dueMs - rng.int(1, 6) * MS_PER_DAY + rng.int(1, 9) * MS_PER_HOUR
        : Math.min(nowMs, issuedMs + rng.int(1, 3) * MS_PER_DAY);
      const paid = dueMs <= nowMs || earlyPaid;
      const status: InvoiceStatus = paid ? 'paid' : 'open';
      const periodStart = isoDate(start);
      own.push({
        number: invoiceNumber(spec.number, periodStart),
        accountNumber: spec.number,
        periodStart,
        periodEnd: isoDate(end),
        issuedAt: isoInstant(issuedMs),
        dueAt: isoInstant(dueMs),
        amount: round2(totals.get(start)!),
        currency,
        status,
        paidAt: paid ? isoInstant(paidMs) : null,
      });
    }
    if (spec.number === OVERDUE_ACCOUNT) {
      const overdue = own.filter((i) => Date.parse(i.dueAt) <= nowMs).at(-1);
      if (overdue) Object.assign(overdue, { status: 'overdue', paidAt: null } satisfies Partial<InvoiceRecord>);
    }
    return own;
  }
}
