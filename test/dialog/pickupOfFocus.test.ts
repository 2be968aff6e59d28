/**
 * "why hasn't it been picked up yet?" right after a parcel was shown asks about that parcel, not about the speaker's
 * tickets, whatever the classifier hears of a ticket's state in it (outside round 9: "You have 3 open tickets. Which
 * one do you mean?"); a ticket named in so many words is still the ticket's. Oracle: the parcel shown, picked from the
 * demo data by a plain filter; the same in en/zh/es.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation } = demoConversations('pickup-of-focus');
const trackingNumbersIn = (text: string) => [...new Set(text.match(/1Z[0-9A-Z]{16}/g) ?? [])];

test.each([
  ['why hasn\'t it been picked up yet?'],
  ['why has it not been picked up?'],
  ['为什么它还没被揽收？'],
  ['¿por qué no lo han recogido todavía?'],
] as const)('"%s" after one parcel shown: that parcel, not the tickets', async (question) => {
  const parcel = data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit')!;
  const [shown, answered] = await conversation([parcel.trackingNumber, question]);
  expect(trackingNumbersIn(shown!)).toEqual([parcel.trackingNumber]);
  expect(trackingNumbersIn(answered!)).toEqual([parcel.trackingNumber]);
  expect(answered).not.toMatch(/ticket|工单|incidencia/i);
});

test('a ticket named in so many words after a parcel is still the ticket', async () => {
  const parcel = data().shipments.find((s) => s.accountNumber === '5W8A3K' && s.status === 'in_transit')!;
  const [, answered] = await conversation([parcel.trackingNumber, "what's happening with my ticket?"]);
  expect(trackingNumbersIn(answered!)).toEqual([]);
});
