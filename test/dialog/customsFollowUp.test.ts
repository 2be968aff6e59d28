/**
 * A follow-up about the parcel just shown in customs, in casual Spanish ("y q tengo q hacer para
 * sacarlo"), is the customs question about it (found by an outside tester: "no te he entendido"). The
 * parcel is the one of Lucía's account that is waiting for customs (the oracle), and the answer is the
 * one the same question in so many words gets.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('customs-follow');

/** Lucía's account's parcels still going through customs: not delivered, customs not cleared. */
function inCustoms(): string[] {
  const open = new Set(['pending', 'in_review', 'held']);
  return data()
    .shipments.filter((s) => s.accountNumber === '6M1S5E' && s.status !== 'delivered' && open.has(s.customsState))
    .map((s) => s.trackingNumber);
}

test('should answer "what do I have to do to get it out" about the parcel in customs as the customs question', async () => {
  const parcels = inCustoms();
  expect(parcels).toHaveLength(1);
  const [, followUp] = await conversationOf('u-lucia', ['cuales estan en aduana ahorita', 'y q tengo q hacer para sacarlo']);
  const [, asked] = await conversationOf('u-lucia', ['cuales estan en aduana ahorita', 'que documentos necesita para la aduana']);
  expect(followUp).toContain(parcels[0]);
  expect(followUp).toContain('aduana pide');
  expect(followUp).toBe(asked);
});
