/**
 * "Which arrives first, X or Y?" compares the parcels (outside tester K3): each side is the speaker's parcels to
 * that place still travelling, the answer names the one expected first before the other. The oracle: a plain
 * filter of the demo data (destination, not delivered, ordered by estimated delivery), fresh and after earlier
 * talk, in en/zh/es.
 */
import { describe, expect, test } from 'vitest';
import type { ShipmentRecord } from '../../src/store/records.ts';
import { demoConversations } from './demoAssistant.ts';

const { data, conversation, conversationOf } = demoConversations('arrival-comparison');

const NOT_DELIVERED = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'exception']);
const travellingTo = (accounts: string[], city: string) =>
  data().shipments.filter((s) => accounts.includes(s.accountNumber) && s.destination.city === city && NOT_DELIVERED.has(s.status));
const byEta = (a: ShipmentRecord, b: ShipmentRecord) => Date.parse(a.estimatedDelivery!) - Date.parse(b.estimatedDelivery!);

/** The answer names `first` before every one of `then`. */
function expectOrder(said: string, first: string, then: readonly string[]): void {
  expect(said).toContain(first);
  for (const n of then) {
    expect(said).toContain(n);
    expect(said.indexOf(first)).toBeLessThan(said.indexOf(n));
  }
}

describe('which arrives first, X or Y', () => {
  test('should have one parcel travelling to each of Toronto, New York and London on 5W8A3K, at different times (the oracle)', () => {
    for (const city of ['Toronto', 'New York', 'London']) expect(travellingTo(['5W8A3K'], city)).toHaveLength(1);
  });

  test.each<[string, string, string, string]>([
    ['en', 'Toronto', 'London', 'which arrives first, the toronto one or the london one?'],
    ['en', 'New York', 'Toronto', 'which gets there first, the new york one or the toronto one?'],
    ['zh', 'Toronto', 'New York', '寄多伦多的和寄纽约的，哪个先到？'],
    ['zh', 'London', 'Toronto', '伦敦的和多伦多的哪个先到'],
    ['es', 'Toronto', 'New York', '¿cuál llega antes, el de Toronto o el de Nueva York?'],
    ['es', 'London', 'New York', 'cuál llega primero, el de londres o el de nueva york'],
  ])('(%s) should name the one expected first, fresh and after earlier talk: %s or %s', async (_lang, a, b, asked) => {
    const [first, second] = [...travellingTo(['5W8A3K'], a), ...travellingTo(['5W8A3K'], b)].sort(byEta);
    const fresh = (await conversation([asked]))[0]!;
    const later = (await conversation(['where is my parcel to Paris?', 'and the one to London?', asked]))[2]!;
    for (const said of [fresh, later]) {
      expectOrder(said, first!.trackingNumber, [second!.trackingNumber]);
      expect(said).not.toMatch(/couldn't find|没有找到|No encontré/u);
    }
  });

  test.each<[string, string]>([
    ['en', 'which of the two Seattle ones arrives first?'],
    ['zh', '寄西雅图的两个哪个先到'],
    ['es', '¿cuál de los dos de seattle llega primero?'],
  ])('(%s) should compare the travelling parcels one place fits: %s', async (_lang, asked) => {
    const seattle = travellingTo(['5W8A3K'], 'Seattle').sort(byEta);
    expect(seattle.length).toBeGreaterThan(1);
    const said = (await conversation([asked]))[0]!;
    expectOrder(said, seattle[0]!.trackingNumber, seattle.slice(1).map((s) => s.trackingNumber));
  });

  test.each<[string, string]>([
    ['en', 'which of them arrives first'],
    ['zh', '哪个先到'],
    ['es', '¿cuál llega primero?'],
  ])('(%s) should compare the parcels of the list just shown: %s', async (_lang, asked) => {
    const montreal = travellingTo(['7N2F4D', '8T4C2M'], 'Montreal').sort(byEta);
    expect(montreal.length).toBeGreaterThan(1);
    const [list, said] = await conversationOf('u-carol', ["what's in transit to montreal?", asked]);
    for (const s of montreal) expect(list).toContain(s.trackingNumber);
    expectOrder(said!, montreal[0]!.trackingNumber, montreal.slice(1).map((s) => s.trackingNumber));
    // One answer, not one per parcel of the list.
    expect(said!.match(/1Z\w+/gu)).toHaveLength(montreal.length);
  });

  test.each<[string, string[]]>([
    ['en', ['where is my parcel to toronto?', 'and the one to new york?', 'which one arrives first?']],
    ['zh', ['多伦多的包裹到哪了', '纽约的呢', '哪个先到']],
  ])('(%s) should compare the two parcels just talked about', async (_lang, messages) => {
    const [first, second] = [...travellingTo(['5W8A3K'], 'Toronto'), ...travellingTo(['5W8A3K'], 'New York')].sort(byEta);
    const said = (await conversation(messages))[2]!;
    expectOrder(said, first!.trackingNumber, [second!.trackingNumber]);
  });
});
