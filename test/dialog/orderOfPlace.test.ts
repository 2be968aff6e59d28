/**
 * "can you tell me which one went to vancouver last", "最近一次寄到温哥华的是哪个", "¿cuál fue el último que
 * mandamos a Vancouver?", "the first parcel we ever sent to vancouver", "the oldest one still in transit": the one
 * parcel sent last (or first) of those described, named, never "15 parcels fit that. When did you send it?" (outside
 * testers, round 8: the order word at the end of the message, after the place, and the Chinese "最近一次寄到…" were
 * not read). The parcel is found by a plain filter over the demo data (the oracle); asked fresh and after another
 * parcel was shown, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations, type DemoUser } from './demoAssistant.ts';

const { data, conversation } = demoConversations('order-of-place');

const ACCOUNT = '5W8A3K';
type Described = (s: ShipmentRecord) => boolean;
const toVancouver: Described = (s) => s.destination.city === 'Vancouver';
const inTransit: Described = (s) => s.status === 'in_transit';
const described = (d: Described) => data().shipments.filter((s) => s.accountNumber === ACCOUNT && d(s));
const byShipDate = (parcels: ShipmentRecord[]) => [...parcels].sort((a, b) => a.shipDate.localeCompare(b.shipDate));
const oracle = (d: Described, order: 'first' | 'last'): ShipmentRecord => {
  const sorted = byShipDate(described(d));
  return order === 'first' ? sorted[0]! : sorted.at(-1)!;
};

const ASKED: [string, DemoUser, string, Described, 'first' | 'last'][] = [
  ['en', 'u-alice', 'can you tell me which one went to vancouver last', toVancouver, 'last'],
  ['en', 'u-alice', 'the last one we sent to vancouver', toVancouver, 'last'],
  ['zh', 'u-li', '最近一次寄到温哥华的是哪个', toVancouver, 'last'],
  ['es', 'u-alice', '¿cuál fue el último que mandamos a Vancouver?', toVancouver, 'last'],
  ['en', 'u-alice', 'the first parcel we ever sent to vancouver', toVancouver, 'first'],
  ['en', 'u-alice', 'which one went to vancouver first', toVancouver, 'first'],
  ['zh', 'u-li', '我们第一次寄到温哥华的是哪个', toVancouver, 'first'],
  ['es', 'u-alice', '¿cuál fue el primero que mandamos a Vancouver?', toVancouver, 'first'],
  ['en', 'u-alice', 'the oldest one still in transit', inTransit, 'first'],
];

/** Names the one parcel and none of the others described. */
function expectOnly(said: string, d: Described, order: 'first' | 'last'): void {
  const wanted = oracle(d, order);
  expect(said).toContain(wanted.trackingNumber);
  for (const s of described(d).filter((s) => s !== wanted)) expect(said).not.toContain(s.trackingNumber);
}

describe('the parcel sent last or first of a place', () => {
  test.each(ASKED)('(%s, %s) should have several parcels described, one sent first and one last on days of their own: %s', (_l, _u, _t, d) => {
    const sorted = byShipDate(described(d));
    expect(sorted.length).toBeGreaterThan(2);
    expect(sorted[0]!.shipDate < sorted[1]!.shipDate && sorted.at(-2)!.shipDate < sorted.at(-1)!.shipDate).toBe(true);
  });

  test.each(ASKED)('(%s, %s) should name the one parcel, fresh: %s', async (_l, user, text, d, order) => {
    const [said] = await conversation([text], user);
    expectOnly(said!, d, order);
  });

  test.each(ASKED)('(%s, %s) should name the one parcel after another parcel was shown: %s', async (_l, user, text, d, order) => {
    const berlin = described((s) => s.destination.city === 'Berlin')[0]!.trackingNumber;
    const said = await conversation([berlin, text], user);
    expect(said[0]).toContain(berlin);
    expectOnly(said[1]!, d, order);
  });
});
