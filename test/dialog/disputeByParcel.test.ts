/**
 * A dispute of the charges for a parcel named by its tracking number goes to the invoice that billed it
 * (the account's invoice whose period holds the parcel's ship date), with the message as the reason to
 * confirm (found by an outside tester: the parcel's status was shown and people were called instead).
 * The invoice comes from the demo data by a plain filter (the oracle).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('dispute-by-parcel');

const CONFIRM = { en: "I'll open a dispute on invoice", zh: '异议', es: 'reclamación' } as const;

test.each([
  ['en', 'u-dana', (n: string) => `I want to dispute the charges for ${n}, it's stuck in customs and we still got charged`],
  ['zh', 'u-li', (n: string) => `我要对 ${n} 的运费提出异议，包裹被海关扣了还照样收费`],
  ['es', 'u-alice', (n: string) => `quiero reclamar el cobro del envío ${n}, está retenido en aduana y nos lo cobraron igual`],
] as const)('(%s) a dispute of a parcel\'s charges is proposed on the invoice that billed it', async (lang, user, message) => {
  const parcel = data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.customsState === 'held')!;
  const invoice = (data().invoices ?? []).find((i) => i.accountNumber === '5W8A3K' && i.periodStart <= parcel.shipDate && parcel.shipDate <= i.periodEnd)!;
  expect(invoice).toBeDefined();
  const [said] = await conversationOf(user, [message(parcel.trackingNumber)]);
  expect(said).toContain(invoice.number);
  expect(said).toContain(CONFIRM[lang]);
});
