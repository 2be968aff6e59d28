/**
 * "The seattle parcel from december" finds the account's parcels to that city sent that month, for a
 * city of any size (outside tester round 6, M2: Seattle, Miami, Tokyo were ignored and the date alone
 * listed every parcel of the month). The expected parcels are a plain filter over the demo data (the
 * oracle), and the same question asked after unrelated talk finds the same parcels (the property).
 */
import { expect, test } from 'vitest';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('label');

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const trackingNumbersIn = (text: string) => new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? []);

/** The month named alone means its last occurrence up to now (the demo clock is 20 March 2026). */
const monthOf = (name: string) => {
  const m = MONTHS.indexOf(name) + 1;
  const now = new Date(DEMO_NOW);
  const year = m <= now.getUTCMonth() + 1 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return `${year}-${String(m).padStart(2, '0')}`;
};

test.each([
  ['seattle', 'december', 'Seattle'],
  ['miami', 'december', 'Miami'],
  ['tokyo', 'january', 'Tokyo'],
  ['miami', 'february', 'Miami'],
])('"the %s parcel from %s" (Alice, 5W8A3K) names exactly the parcels to %s sent then, fresh and after other talk', async (word, month, city) => {
  const expected = data()
    .shipments.filter((s) => s.accountNumber === '5W8A3K' && s.destination.city === city && s.shipDate.startsWith(monthOf(month)))
    .map((s) => s.trackingNumber);
  expect(expected.length).toBeGreaterThan(0);
  const question = `the ${word} parcel from ${month}`;
  const [fresh] = await conversation([question]);
  expect([...trackingNumbersIn(fresh!)].sort()).toEqual([...expected].sort());
  const [, , later] = await conversation(["what's our account number?", 'thanks', question]);
  expect([...trackingNumbersIn(later!)].sort()).toEqual([...expected].sort());
});
