/**
 * "I want to dispute the charge for the berlin parcel, it arrived damaged" from a Dispute-only user opens the
 * damage claim and offers the dispute of the invoice that billed that parcel (outside tester, round 5, K20: only
 * the claim was opened); choosing it asks to confirm the dispute of that invoice. The invoice is found in the
 * demo data by a plain filter: the account's invoice whose period holds the parcel's ship date. A View-only user
 * (no Dispute role) is not offered it.
 */
import { describe, expect, test } from 'vitest';
import { DAMAGE_TEXTS } from '../../src/dialog/flows/damagedPackage/texts.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('damage-dispute');

const ASK = {
  en: 'i want to dispute the charge for the berlin parcel, it arrived damaged',
  zh: '寄往柏林的包裹破损了，我要对运费提出异议',
  es: 'quiero reclamar el cargo del paquete a berlín, llegó dañado',
} as const;

function billed() {
  const parcel = data().shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === 'Berlin');
  expect(parcel).toHaveLength(1);
  const invoice = (data().invoices ?? []).find((i) => i.accountNumber === '5W8A3K' && i.periodStart <= parcel[0]!.shipDate && parcel[0]!.shipDate <= i.periodEnd)!;
  return { parcel: parcel[0]!, invoice };
}

describe('a charge disputed beside the damage', () => {
  test.each(['en', 'zh', 'es'] as const)('(%s) u-dana: the claim, and the dispute of the invoice that billed it offered', async (lang) => {
    const { parcel, invoice } = billed();
    const t = DAMAGE_TEXTS[lang]!;
    const [said, chosen] = await conversationOf('u-dana', [ASK[lang], t.disputeRequest(invoice.number)]);
    expect(said).toContain(parcel.trackingNumber);
    expect(said).toContain(t.disputeOffer(invoice.number, parcel.trackingNumber));
    // No other invoice is named.
    expect([...new Set([...said!.matchAll(/INV-[0-9A-Z]{6}-\d{6}/g)].map((m) => m[0]))]).toEqual([invoice.number]);
    // Choosing it: the dispute of that invoice, to confirm.
    expect(chosen).toContain(invoice.number);
    expect(chosen).not.toMatch(/1Z[0-9A-Z]{16}/);
  });

  test('u-victor (View only) is not offered a dispute he may not open', async () => {
    const { invoice } = billed();
    const [said] = await conversationOf('u-victor', [ASK.en]);
    expect(said).not.toContain(invoice.number);
  });
});
