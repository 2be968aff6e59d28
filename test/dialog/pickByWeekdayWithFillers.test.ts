/**
 * One of the parcels listed picked by the day it was sent, wrapped in the small words people add: "ok the sunday
 * one then", "vale, el del domingo entonces", "那就周日那个吧" (outside tester round 9, E2: "ok the sunday one then"
 * was not understood; "the sunday one" alone was). The parcel expected is the one of the list sent that day, by a
 * plain filter over the demo data; the pick with and without the small words gives the same answer, in en/zh/es.
 */
import { expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('pick-by-weekday');

/** The one parcel of the account to `city` sent on `day`. */
function sentOn(account: string, city: string, day: string): string {
  const found = data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.shipDate === day);
  expect(found).toHaveLength(1);
  return found[0]!.trackingNumber;
}

/** The list asked first (two or more parcels), the pick with small words, the same pick bare. */
const CASES: [string, DemoUser, string, string, string, string, string, string][] = [
  ['en', 'u-alice', '5W8A3K', 'Los Angeles', '2026-03-15', 'parcels to los angeles this month', 'ok the sunday one then', 'the sunday one'],
  ['en, comma', 'u-alice', '5W8A3K', 'Los Angeles', '2026-03-15', 'parcels to los angeles this month', 'ok, the sunday one then', 'the sunday one'],
  ['zh', 'u-li', '5W8A3K', 'Los Angeles', '2026-03-15', '这个月寄到洛杉矶的包裹', '那就周日那个吧', '周日那个'],
  ['es', 'u-alice', '5W8A3K', 'Los Angeles', '2026-03-15', 'envíos a Los Ángeles este mes', 'vale, el del domingo entonces', 'el del domingo'],
];

test.each(CASES)('(%s) should pick the listed parcel sent that day', async (_, user, account, city, day, list, pick) => {
  const parcel = sentOn(account, city, day);
  const [listed, said] = await conversation([list, pick], user);
  expect(listed).toContain(parcel);
  expect(said).toContain(parcel);
  for (const other of data().shipments.filter((s) => s.accountNumber === account && s.destination.city === city && s.trackingNumber !== parcel)) {
    expect(said).not.toContain(other.trackingNumber);
  }
});

test.each(CASES)('(%s) should pick the same with or without the small words', async (_, user, _account, _city, _day, list, pick, bare) => {
  const wrapped = (await conversation([list, pick], user)).at(-1)!;
  const plain = (await conversation([list, bare], user)).at(-1)!;
  expect(wrapped).toBe(plain);
});
