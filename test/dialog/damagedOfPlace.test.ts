/**
 * "the Seattle parcel arrived damaged", "西雅图那个包裹到的时候坏了", "el paquete de Seattle llegó dañado": the damage answer
 * (the claim, what to keep, the photos) for the parcel that arrived there last, named, when several delivered there
 * fit and none was scanned damaged (outside testers, round 8: "11 parcels fit that. When did you send it?", the
 * Chinese read as a status search, the Spanish "de Seattle" as where it came from and nothing found). The oracle: the
 * account's parcels delivered to Seattle by a plain filter over the demo data, the one delivered last; fresh and after
 * another parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('damaged-of-place');

const ACCOUNT = '5W8A3K';
const toSeattle = () => data().shipments.filter((s) => s.accountNumber === ACCOUNT && s.destination.city === 'Seattle');
const deliveredThere = () => toSeattle().filter((s) => s.status === 'delivered');
const lastArrived = () => [...deliveredThere()].sort((a, b) => b.deliveredAt!.localeCompare(a.deliveredAt!))[0]!;
const scannedDamaged = (n: string) => data().events.some((e) => e.trackingNumber === n && /damage/i.test(e.description));

const REPORTED: [string, DemoUser, string][] = [
  ['en', 'u-alice', 'the Seattle parcel arrived damaged'],
  ['zh', 'u-li', '西雅图那个包裹到的时候坏了'],
  ['es', 'u-alice', 'el paquete de Seattle llegó dañado'],
];

/** The damage answer for the one parcel: it is named (and no other to Seattle), with the claim ticket. */
function expectClaimFor(said: string): void {
  expect(said).toContain(lastArrived().trackingNumber);
  for (const s of toSeattle().filter((s) => s !== lastArrived())) expect(said).not.toContain(s.trackingNumber);
  expect(said).toMatch(/CA-\d{6}/);
}

describe('a damaged parcel named by its city', () => {
  test('should have several parcels delivered to Seattle, none scanned damaged, and some still on their way (the oracle)', () => {
    expect(deliveredThere().length).toBeGreaterThan(2);
    expect(toSeattle().length).toBeGreaterThan(deliveredThere().length);
    expect(toSeattle().some((s) => scannedDamaged(s.trackingNumber))).toBe(false);
    expect(new Set(deliveredThere().map((s) => s.deliveredAt)).size).toBe(deliveredThere().length);
  });

  test.each(REPORTED)('(%s, %s) should answer the damage of the parcel delivered there last, fresh: %s', async (_l, user, text) => {
    const [said] = await conversation([text], user);
    expectClaimFor(said!);
  });

  test.each(REPORTED)('(%s, %s) should answer the same after another parcel was shown: %s', async (_l, user, text) => {
    const other = data().shipments.find((s) => s.accountNumber === ACCOUNT && s.destination.city === 'Paris')!.trackingNumber;
    const said = await conversation([other, text], user);
    expect(said[0]).toContain(other);
    expectClaimFor(said[1]!);
  });
});
