/**
 * A parcel tracked and the invoices asked in one message ("track 1Z… and tell me my balance"), then a sure question
 * about "it" ("is it stuck in customs?", "它清关了吗？", "¿ya salió de aduanas?"): the parcel in focus, not the invoices
 * listed again (outside tester round 9, E6: "why is it held?" got the invoice list a second time). The parcel is
 * picked from the demo data by a plain filter (one of the account's parcels still in customs); the same question
 * after the combined message and after the tracking number alone gives the same answer, in en/zh/es.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('parcel-after-invoices');

const OUTSTANDING = { en: 'Outstanding: ', zh: '未付金额：', es: 'Pendiente de pago: ' } as const;
const INVOICES = { en: 'INV-', zh: 'INV-', es: 'INV-' } as const;

/** The most recently sent parcel of the account still waiting for customs (not delivered, not cleared). */
function inCustoms(account: string): string {
  const waiting = data()
    .shipments.filter((s) => s.accountNumber === account && s.status !== 'delivered' && (s.customsState === 'pending' || s.customsState === 'in_review' || s.customsState === 'held'))
    .sort((a, b) => b.shipDate.localeCompare(a.shipDate));
  expect(waiting.length).toBeGreaterThan(0);
  return waiting[0]!.trackingNumber;
}

const CASES: [string, keyof typeof OUTSTANDING, DemoUser, string, (n: string) => string, string][] = [
  ['en', 'en', 'u-alice', '5W8A3K', (n) => `track ${n} and tell me my balance`, 'is it stuck in customs?'],
  ['en, arrival', 'en', 'u-alice', '5W8A3K', (n) => `track ${n} and tell me my balance`, 'when will it arrive?'],
  ['zh', 'zh', 'u-li', '5W8A3K', (n) => `帮我查一下${n}，另外我们还欠多少钱？`, '它清关了吗？'],
  ['es', 'es', 'u-lucia', '6M1S5E', (n) => `rastrea ${n} y dime cuánto debemos`, '¿cuándo llega?'],
];

test.each(CASES)('(%s) should answer a question about it of the parcel, not list the invoices again', async (_, lang, user, account, combined, question) => {
  const parcel = inCustoms(account);
  const [both, said] = await conversation([combined(parcel), question], user);
  // The combined message did answer both.
  expect(both).toContain(parcel);
  expect(both).toContain(OUTSTANDING[lang]);
  expect(said).toContain(parcel);
  expect(said).not.toContain(OUTSTANDING[lang]);
  expect(said).not.toContain(INVOICES[lang]);
});

test.each(CASES)('(%s) should answer it the same after the invoices as after the tracking number alone', async (_, _lang, user, account, combined, question) => {
  const parcel = inCustoms(account);
  const after = (await conversation([combined(parcel), question], user)).at(-1)!;
  const alone = (await conversation([parcel, question], user)).at(-1)!;
  expect(after).toBe(alone);
});
