/**
 * Carol is a user of two accounts (7N2F4D Hudson Street, 8T4C2M Maple Lane). "back to the sydney parcel, when does it
 * land" after she switched to Hudson Street goes back to the Sydney parcel shown earlier, on its own account, which she
 * may see (outside tester round 7, N20: "I couldn't find a parcel to Sydney on account 7N2F4D"); the card is shown once.
 * The oracle: the one parcel to Sydney still in transit on Carol's accounts, by a plain filter over the demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('back-to-other-account');

const CAROL = ['7N2F4D', '8T4C2M'];

test.each([
  ['en', 'back to the sydney parcel, when does it land'],
  ['es', 'volviendo al paquete de Sídney, ¿cuándo llega?'],
  ['zh', '回到悉尼那个包裹，什么时候到'],
] as const)('(%s) "%s" after switching accounts is the Sydney parcel shown before, on its own account', async (_lang, back) => {
  const sydney = data().shipments.filter((s) => CAROL.includes(s.accountNumber) && s.destination.city === 'Sydney' && s.status === 'in_transit');
  expect(sydney).toHaveLength(1);
  const parcel = sydney[0]!;
  const hudson = data().shipments.filter((s) => s.accountNumber === '7N2F4D');
  expect(hudson.some((s) => s.destination.city === 'Sydney')).toBe(false);
  const said = await conversationOf('u-carol', ["where's the sydney parcel that's still moving", 'what do we owe on that account', 'switch to hudson street: anything stuck?', back]);
  expect(said[0]).toContain(parcel.trackingNumber);
  expect(said[1]).toContain(`INV-${parcel.accountNumber}`);
  expect(hudson.some((s) => said[2]!.includes(s.trackingNumber))).toBe(true);
  const answer = said[3]!;
  expect(answer).toContain(parcel.trackingNumber);
  // Shown once, and nothing of Hudson Street's.
  expect(answer.split(parcel.trackingNumber).length - 1).toBeLessThanOrEqual(2);
  for (const s of hudson) expect(answer).not.toContain(s.trackingNumber);
  // The property: the same status as asked right after the card.
  const right = await conversationOf('u-carol', ["where's the sydney parcel that's still moving", back]);
  expect(right[1]).toContain(parcel.trackingNumber);
});
