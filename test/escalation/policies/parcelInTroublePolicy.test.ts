import { describe, expect, test } from 'vitest';
import { parcelPolicy } from '../../../src/escalation/policies/parcelInTroublePolicy.ts';
import type { ShipmentRecord } from '../../../src/store/records.ts';

type Parcel = Pick<ShipmentRecord, 'status' | 'declaredValue'>;
const parcel = (status: Parcel['status'], amount: number, currency = 'USD'): Parcel => ({ status, declaredValue: { amount, currency } });

describe('parcelPolicy', () => {
  test.each<[string, Parcel, 'standard' | 'enterprise_vip' | null, string | null]>([
    ['an exception on a VIP account', parcel('exception', 50), 'enterprise_vip', 'an exception on a parcel of an enterprise VIP account'],
    ['an exception at exactly the high value', parcel('exception', 1000), 'standard', 'an exception on a high-value parcel (declared 1000 USD, over 1000 USD)'],
    ['an exception on a valuable parcel of no account', parcel('exception', 8600), null, 'an exception on a high-value parcel (declared 8600 USD, over 1000 USD)'],
    ['an exception just under the high value', parcel('exception', 999.99), 'standard', null],
    ['a valuable parcel in transit', parcel('in_transit', 8600), 'standard', null],
    ['a delivered VIP parcel', parcel('delivered', 8600), 'enterprise_vip', null],
    ['an ordinary exception', parcel('exception', 120), 'standard', null],
    // The threshold is 1,000 US dollars' worth, whatever the currency.
    ['an exception on 1,000 CNY (about 140 USD)', parcel('exception', 1000, 'CNY'), 'standard', null],
    ['an exception on 9,000 CNY', parcel('exception', 9000, 'CNY'), 'standard', 'an exception on a high-value parcel (declared 9000 CNY, over 1000 USD)'],
    ['an exception on 100,000 JPY', parcel('exception', 100_000, 'JPY'), 'standard', null],
    ['an exception on 1,000 of a currency we do not know (counted unit for unit)', parcel('exception', 1000, 'XYZ'), 'standard', 'an exception on a high-value parcel (declared 1000 XYZ, over 1000 USD)'],
  ])('should decide on %s', (_what, shipment, tier, expected) => {
    expect(parcelPolicy(shipment, tier)).toBe(expected);
  });
});
