/**
 * "the first parcel we sent this year", "今年寄的第一个包裹", "el primer paquete que mandamos este año":
 * the earliest sent of the parcels described; "and the last one?" after it, the most recently sent of
 * the same (found by an outside tester, G24: the customer was asked for a destination among 105
 * parcels, then told nothing had been shown). The parcels are found by a plain filter over the demo
 * data (the oracle); asked fresh and after another parcel was shown.
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { DEMO_NOW, demoConversations } from './demoAssistant.ts';

const { data, conversationOf } = demoConversations('first-of-search');

/** The account's parcels sent in a range of local dates (inclusive). */
interface Range {
  account: string;
  from: string;
  to: string;
}
const THIS_YEAR = { from: '2026-01-01', to: DEMO_NOW.slice(0, 10) };
const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };
const sentIn = (r: Range): ShipmentRecord[] => data().shipments.filter((s) => s.accountNumber === r.account && s.shipDate >= r.from && s.shipDate <= r.to);
const onDay = (parcels: ShipmentRecord[], pick: (days: string[]) => string): ShipmentRecord[] => {
  const day = pick(parcels.map((s) => s.shipDate).sort());
  return parcels.filter((s) => s.shipDate === day);
};
const earliest = (r: Range) => onDay(sentIn(r), (d) => d[0]!);
const latest = (r: Range) => onDay(sentIn(r), (d) => d[d.length - 1]!);

// The first day of 2026 on 6M1S5E holds two parcels, listed: "¿y el último?" is then the last of that list, so February.
const ASKED: [string, string, Range, string, string][] = [
  ['en', 'u-alice', { account: '5W8A3K', ...THIS_YEAR }, 'the first parcel we sent this year', 'and the last one?'],
  ['en', 'u-alice', { account: '5W8A3K', ...THIS_YEAR }, 'what was the earliest shipment this year?', 'what about the last one?'],
  ['zh', 'u-li', { account: '5W8A3K', ...THIS_YEAR }, '今年寄的第一个包裹', '最后一个呢？'],
  ['es', 'u-mateo', { account: '6M1S5E', ...FEBRUARY }, 'el primer paquete que mandamos en febrero', '¿y el último?'],
];

/** Says exactly `wanted` among the parcels of the range. */
function expectExactly(said: string, wanted: ShipmentRecord[], r: Range): void {
  for (const s of wanted) expect(said).toContain(s.trackingNumber);
  const others = sentIn(r).filter((s) => !wanted.includes(s));
  for (const s of others) expect(said).not.toContain(s.trackingNumber);
}

describe('the first and the last parcel of a search', () => {
  test.each(ASKED)('(%s, %s) should have one first parcel and a few last ones, far apart (the oracle is not empty): %s', (_lang, _user, r) => {
    expect(earliest(r).length).toBe(1);
    expect(latest(r).length).toBeLessThan(6);
    expect(earliest(r)[0]!.shipDate < latest(r)[0]!.shipDate).toBe(true);
  });

  test.each(ASKED)('(%s, %s) should answer the earliest, then the latest: %j %s / %s', async (_lang, user, r, first, last) => {
    const said = await conversationOf(user, [first, last]);
    expectExactly(said[0]!, earliest(r), r);
    expectExactly(said[1]!, latest(r), r);
  });

  test.each(ASKED)('(%s, %s) should answer the earliest after another parcel was shown: %j %s', async (_lang, user, r, first) => {
    const shown = data().shipments.find((s) => s.accountNumber === r.account && s.shipDate < '2026-01-01')!.trackingNumber;
    const said = await conversationOf(user, [shown, first]);
    expect(said[0]).toContain(shown);
    expectExactly(said[1]!, earliest(r), r);
  });
});
