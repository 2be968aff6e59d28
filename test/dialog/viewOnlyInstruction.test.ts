/**
 * A View-only user asking for a delivery instruction (outside tester round 8, P27): "se puede dejar en
 * recepcion?" right after the closest parcel was offered showed that parcel's status card; English already
 * refused the change naming the admin. Expected, fresh and after the offer, in en and es: the parcel named,
 * the change refused for the View role, the account's admins named (from the data), nothing written.
 */
import { expect, test } from 'vitest';
import { demoConversations } from './demoAssistant.ts';

const demo = demoConversations('view-only-instruction');

const onlyTravellingTo = (account: string, city: string) => {
  const found = demo.data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.status !== 'delivered');
  expect(found).toHaveLength(1);
  return found[0]!;
};
const adminsOf = (account: string) =>
  demo
    .data()
    .memberships.filter((m) => m.accountNumber === account && m.roles.includes('Admin'))
    .map((m) => demo.data().users.find((u) => u.id === m.userId)!.name);
const writes = async (parcel: string) => ({
  changes: (await demo.app().store.deliveryChanges.listForParcel(parcel)).length,
  instructions: (await demo.app().store.deliveryInstructions.listForParcel(parcel)).length,
});

/** A day of the month no parcel to the city was sent on: the search offers the closest one. */
const dayNoneSent = (account: string, city: string): number => {
  const days = new Set(demo.data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city).map((s) => Number(s.shipDate.slice(8, 10))));
  return [3, 7, 11, 13, 17, 23].find((d) => !days.has(d))!;
};

test.each([
  ['es', 'u-mateo', '6M1S5E', 'Mexico City', (day: number) => `¿dónde está el paquete a Ciudad de México que mandamos el día ${day}?`, 'se puede dejar en recepcion?', /View/],
  ['en', 'u-victor', '5W8A3K', 'Toronto', (day: number) => `where is the parcel to toronto we sent on the ${day}th?`, 'can you leave it at reception?', /View/],
] as const)('(%s) a View-only user asking to leave the parcel offered at reception is refused, naming the admins', async (_lang, user, account, city, find, ask, role) => {
  const parcel = onlyTravellingTo(account, city).trackingNumber;
  const admins = adminsOf(account);
  expect(admins.length).toBeGreaterThan(0);
  const before = await writes(parcel);
  const said = await demo.conversationOf(user, [find(dayNoneSent(account, city)), ask]);
  expect(said[0]).toContain(parcel);
  expect(said[1]).toMatch(role);
  for (const name of admins) expect(said[1]).toContain(name);
  expect(await writes(parcel)).toEqual(before);
});

test.each([
  ['es', 'u-mateo', '6M1S5E', 'Mexico City', '¿se puede dejar en recepcion el paquete de Ciudad de México?'],
  ['en', 'u-victor', '5W8A3K', 'Toronto', 'can the toronto parcel be left at reception?'],
] as const)('(%s) asked fresh: the same refusal naming the admins', async (_lang, user, account, city, ask) => {
  const parcel = onlyTravellingTo(account, city).trackingNumber;
  const before = await writes(parcel);
  const [said] = await demo.conversationOf(user, [ask]);
  expect(said).toMatch(/View/);
  for (const name of adminsOf(account)) expect(said).toContain(name);
  expect(await writes(parcel)).toEqual(before);
});
