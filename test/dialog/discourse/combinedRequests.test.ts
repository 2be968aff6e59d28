import { describe, expect, test } from 'vitest';
import { areSeparateRequests } from '../../../src/dialog/discourse/combinedRequests.ts';
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
    ['one part', [part('track_shipment', { destination: TORONTO })], false],
    ['a question and a pasted signature naming cities', [part('track_shipment', { destination: TORONTO }), part('track_shipment', { destination: LONDON }, 'Kind regards, Victor Okafor, London office: 25 Canada Square')], false],
  ] as const)('%s → %s', (_name, parts, separate) => {
    expect(areSeparateRequests(parts)).toBe(separate);
  });
});
