import { describe, expect, test } from 'vitest';
import { areSeparateRequests, asksOfSameParcel, withDetailsJoined } from '../../../src/dialog/discourse/combinedRequests.ts';
import type { IntentName, Parse } from '../../../src/nlu/types.ts';
import { parseOf } from '../parseFixture.ts';

const TORONTO = { name: 'Toronto', country: 'CA' };
const LONDON = { name: 'London', country: 'GB' };
const part = (intent: IntentName, extra: Partial<Parse> = {}, text = 'where is it?') => ({ text, parse: parseOf({ intent, confidence: 0.9, ...extra }) });

describe('areSeparateRequests', () => {
  test.each([
    ['an account question and a parcel question', [part('account_number'), part('track_shipment', { destination: TORONTO })], true],
    ['questions about parcels to different places', [part('track_shipment', { destination: TORONTO }), part('track_shipment', { destination: LONDON })], true],
    ['a destination in one, an origin in the other', [part('track_shipment', { destination: TORONTO }), part('track_shipment', { origin: LONDON })], true],
    ['two tracking numbers', [part('track_shipment', { trackingNumbers: ['1Z999AA10123456784'] }), part('lost_or_delayed', { trackingNumbers: ['1Z5W8A3K6500001029'] })], true],
    ['a question and its detail ("It was sent yesterday.")', [part('track_shipment', { destination: TORONTO }), part('track_shipment', { dateRange: { from: '2026-03-19', to: '2026-03-19' } })], false],
    ['the same parcel asked twice', [part('track_shipment', { destination: TORONTO }), part('lost_or_delayed', { destination: TORONTO })], false],
    ['a parcel question and small talk', [part('track_shipment', { destination: TORONTO }), part('thanks')], false],
    // Two account questions of different flows are both answered (an outside tester's "我的账号是多少？另外帮我看看有没有逾期的发票" lost its second).
    ['two account questions of different flows', [part('billing'), part('account_number')], true],
    ['the same account flow asked twice', [part('billing'), part('billing')], false],
    // Something else asked of the first part's parcel: answered once that parcel is known (assistant.ts).
    ['a parcel flow asked of the first part\'s parcel', [part('change_delivery', { destination: TORONTO }), part('customs_help', {}, 'what customs docs does it need?')], true],
    ['its carbon, and an account question', [part('track_shipment', { destination: TORONTO }), part('carbon_footprint', {}, "what's its carbon"), part('billing')], true],
    ['the account\'s carbon beside a parcel question', [part('track_shipment', { destination: TORONTO }), part('carbon_footprint', {}, "what's our carbon footprint")], true],
    ['the same flow asked again of the parcel', [part('customs_help', { destination: TORONTO }), part('customs_help', {}, 'what docs does it need?')], false],
    ['one part', [part('track_shipment', { destination: TORONTO })], false],
    ['a question and a pasted signature naming cities', [part('track_shipment', { destination: TORONTO }), part('track_shipment', { destination: LONDON }, 'Kind regards, Victor Okafor, London office: 25 Canada Square')], false],
  ] as const)('%s → %s', (_name, parts, separate) => {
    expect(areSeparateRequests(parts)).toBe(separate);
  });
});

describe('asksOfSameParcel', () => {
  const first = part('track_shipment', { destination: TORONTO });
  test.each([
    ['a parcel flow naming no parcel', part('customs_help', {}, 'what customs docs does it need?'), true],
    ['carbon pointed at the parcel', part('carbon_footprint', {}, "what's the co2 of it"), true],
    ['the account\'s carbon', part('carbon_footprint', {}, "what's our carbon footprint"), false],
    ['a parcel flow naming another parcel', part('customs_help', { destination: LONDON }, 'what docs does the London one need?'), false],
    ['a period of its own', part('lost_or_delayed', { dateRange: { from: '2026-03-19', to: '2026-03-19' } }, 'and the ones of yesterday?'), false],
    ['an account question', part('billing', {}, 'how much do I owe?'), false],
  ] as const)('%s → %s', (_name, later, same) => {
    expect(asksOfSameParcel(later, first)).toBe(same);
  });
});

describe('withDetailsJoined', () => {
  test('should read a detail with the request it details, and keep a request of its own apart', () => {
    const parts = [
      part('track_shipment', { trackingNumbers: ['1Z5W8A3K6500001029'] }, 'track 1Z5W8A3K6500001029'),
      part('track_shipment', {}, 'when will it arrive'),
      part('subscribe_updates', {}, 'ping me when it does'),
    ];
    const joined = withDetailsJoined(parts);
    expect(joined.map((p) => p.text)).toEqual(['track 1Z5W8A3K6500001029, when will it arrive', 'ping me when it does']);
    expect(joined[0]!.parse).toBe(parts[0]!.parse);
    expect(areSeparateRequests(joined)).toBe(true);
  });

  test('should keep parts that name other parcels apart', () => {
    const parts = [part('track_shipment', { destination: TORONTO }), part('track_shipment', { destination: LONDON })];
    expect(withDetailsJoined(parts)).toHaveLength(2);
  });
});

describe('areSeparateRequests with three parts', () => {
  test('should answer a parcel question and two account questions of different flows', () => {
    expect(areSeparateRequests([part('track_shipment', { destination: TORONTO }), part('billing'), part('account_number')])).toBe(true);
  });
});
