/**
 * "sorry, I meant thursday last week" corrects the ship date to last week's Thursday, not this week's
 * (found by an outside tester, H6: chrono reads this week's). The expected parcel comes from a plain
 * filter over the demo data (demo today: Friday 2026-03-20).
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('weekday-last-week');

test.each([
  ['the parcel I sent to miami on monday, did it arrive?', 'sorry, I meant thursday last week'],
  ['the parcel I sent to miami on monday, did it arrive?', 'no, it was last week on thursday'],
])('"%s" then "%s" should show the parcel to Miami sent on Thursday 12 March', async (first, correction) => {
  const bob = data().shipments.filter((s) => s.accountNumber === '7N2F4D' && s.destination.city === 'Miami');
  const thursday = bob.filter((s) => s.shipDate === '2026-03-12');
  expect(thursday).toHaveLength(1);
  const [, said] = await conversationOf('u-bob', [first, correction]);
  expect(said).toContain(thursday[0]!.trackingNumber);
  for (const s of bob.filter((x) => x.shipDate !== '2026-03-12')) expect(said).not.toContain(s.trackingNumber);
});
