/**
 * A correction to a place next to the one said before ("不是纽约，是新泽西", "no, I meant Newark") finds the
 * parcels to that place, never the rejected place's parcels as if they fitted (found by an outside
 * tester: New York's metro area matched New Jersey). The parcels are found by a plain filter over the
 * demo data.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('correction-neighbour');

test.each<[string, DemoUser, string, readonly string[], string]>([
  ['zh', 'u-zhang', '4E0V1P', ['查一下发往纽约还在路上的', '不是纽约，是新泽西'], '没有找到'],
  ['en', 'u-alice', '5W8A3K', ['which parcels to New York are still in transit?', 'not New York, I meant Newark'], "couldn't find"],
  ['es', 'u-zhang', '4E0V1P', ['¿qué paquetes van a Nueva York y siguen en tránsito?', 'no, Nueva York no, a Newark'], 'No encontré'],
])('(%s) should not present the parcels to the place corrected away from as fitting', async (_, user, account, messages, notFound) => {
  const toNewYork = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === 'New York');
  const toNewark = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === 'Newark');
  expect(toNewYork.length).toBeGreaterThan(0);
  expect(toNewark).toHaveLength(0);
  const said = (await conversation(messages, user))[1]!;
  expect(said).toContain(notFound);
  // The rejected place's parcels may be offered as the closest, after saying none fits; never before.
  const beforeClosest = said.split('\n').slice(0, 2).join('\n');
  for (const s of toNewYork) expect(beforeClosest).not.toContain(s.trackingNumber);
});
