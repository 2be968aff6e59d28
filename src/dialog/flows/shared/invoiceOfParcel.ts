/** The invoice that billed a parcel, and whether a message disputes a parcel's charge: for flows that offer the dispute beside their own answer. */
import { wordsInEveryLanguage } from '../../../locale/index.ts';
import type { InvoiceRecord, ShipmentRecord } from '../../../store/records.ts';
import type { Store } from '../../../store/store.ts';
import { INTENTS } from '../../../../intents/index.ts';

/** How many of the account's invoices are looked through for the one that billed a parcel (weekly or monthly: over a year). */
const INVOICES_FOR_A_PARCEL = 60;

/** The account's invoice whose billing period holds the parcel's ship date, or null. */
export async function invoiceOfShipment(store: Store, shipment: Pick<ShipmentRecord, 'accountNumber' | 'shipDate'>): Promise<InvoiceRecord | null> {
  const invoices = await store.invoices.listForAccount(shipment.accountNumber, INVOICES_FOR_A_PARCEL);
  return invoices.find((i) => i.periodStart <= shipment.shipDate && shipment.shipDate <= i.periodEnd) ?? null;
}

const DISPUTE_WORDS = wordsInEveryLanguage((w) => w.billingActions.dispute);
/** Billing's own words (the catalogue's cues): whole words in Latin script, anywhere in Han. */
const BILLING_CUES = (INTENTS.find((i) => i.name === 'billing')?.cues ? Object.values(INTENTS.find((i) => i.name === 'billing')!.cues).flat() : []).map((c) => {
  const cue = c.toLowerCase();
  return /^[a-z]/.test(cue) ? new RegExp(`(?<![\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u') : cue;
});
const usesBillingWords = (t: string) => BILLING_CUES.some((c) => (typeof c === 'string' ? t.includes(c) : c.test(t)));

/** "i want to dispute the charge for the berlin parcel", "这个包裹的费用我要申诉", "quiero reclamar el cargo": a charge disputed, in billing's words. */
export function disputesCharge(text: string): boolean {
  const t = text.toLowerCase();
  return usesBillingWords(t) && DISPUTE_WORDS.some((w) => t.includes(w));
}
