/**
 * "is anything held on Hudson Street?", "Hudson Street 有被扣的包裹吗？", "¿hay algo retenido en Hudson Street?": the
 * parcels whose label's address is on that street, how many, and which of them are held (an exception, or held in
 * customs); with none held, that is said plainly, and with none going there, that too (outside testers, round 8: the
 * assistant asked "which one?" among the account's held parcels elsewhere). The oracle: a plain filter over the demo
 * data's recipient addresses; fresh and after another parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('held-on-street');

const ACCOUNT_OF: Partial<Record<DemoUser, string>> = { 'u-alice': '5W8A3K', 'u-li': '5W8A3K', 'u-zhang': '4E0V1P' };
const toStreet = (user: DemoUser, street: string) => data().shipments.filter((s) => s.accountNumber === ACCOUNT_OF[user] && s.recipient.address.includes(street));
const heldThere = (user: DemoUser, street: string) => toStreet(user, street).filter((s) => s.status === 'exception' || s.customsState === 'held');

const ASKED: [string, DemoUser, string, string][] = [
  ['en', 'u-alice', 'is anything held on Hudson Street?', 'Hudson Street'],
  ['zh', 'u-li', 'Hudson Street 有被扣的包裹吗？', 'Hudson Street'],
  ['es', 'u-alice', '¿hay algo retenido en Hudson Street?', 'Hudson Street'],
  ['en', 'u-alice', 'is anything held on Wilshire Boulevard?', 'Wilshire Boulevard'],
  ['zh', 'u-li', 'Wilshire Boulevard 有被扣的包裹吗？', 'Wilshire Boulevard'],
  ['es', 'u-alice', '¿hay algo retenido en Wilshire Boulevard?', 'Wilshire Boulevard'],
  ['en', 'u-zhang', 'is anything held on Baker Street?', 'Baker Street'],
  ['zh', 'u-zhang', 'Baker Street 有被扣的包裹吗？', 'Baker Street'],
];

/** Names exactly the held parcels there, says how many go there (or that none does) and asks no "which one?". */
function expectHeldThere(said: string, user: DemoUser, street: string): void {
  const named = [...new Set([...said.matchAll(/1Z[0-9A-Z]{16}/g)].map((m) => m[0]))].sort();
  expect(named).toEqual(heldThere(user, street).map((s) => s.trackingNumber).sort());
  expect(said).toContain(street);
  if (toStreet(user, street).length) expect(said).toContain(String(toStreet(user, street).length));
  expect(said).not.toMatch(/which one|cuál de ellos|哪一个|when did you send|哪天寄出/i);
}

describe('parcels held on a street', () => {
  test('should have a street with no parcel, one with a held parcel among several, and one with several and none held (the oracle)', () => {
    expect(toStreet('u-alice', 'Hudson Street')).toHaveLength(0);
    expect(data().shipments.some((s) => s.accountNumber === '5W8A3K' && (s.status === 'exception' || s.customsState === 'held'))).toBe(true);
    expect(heldThere('u-alice', 'Wilshire Boulevard').length).toBeGreaterThan(0);
    expect(toStreet('u-alice', 'Wilshire Boulevard').length).toBeGreaterThan(heldThere('u-alice', 'Wilshire Boulevard').length);
    expect(toStreet('u-zhang', 'Baker Street').length).toBeGreaterThan(1);
    expect(heldThere('u-zhang', 'Baker Street')).toHaveLength(0);
  });

  test.each(ASKED)('(%s, %s) should say which parcels to the street are held, fresh: %s', async (_l, user, text, street) => {
    const [said] = await conversation([text], user);
    expectHeldThere(said!, user, street);
  });

  test.each(ASKED)('(%s, %s) should say the same after another parcel was shown: %s', async (_l, user, text, street) => {
    const other = data().shipments.find((s) => s.accountNumber === ACCOUNT_OF[user] && s.destination.city === 'Paris' && !s.recipient.address.includes(street))!.trackingNumber;
    const said = await conversation([other, text], user);
    expect(said[0]).toContain(other);
    expectHeldThere(said[1]!, user, street);
  });
});
