import { describe, expect, test } from 'vitest';
import { assessParcel } from '../../../src/dialog/flows/lostOrDelayed.ts';
import type { ShipmentRecord } from '../../../src/store/records.ts';

const NOW = new Date('2026-03-20T09:00:00Z');
const party = { name: 'A', phone: null, email: null, address: 'x' };
const parcel = (extra: Partial<ShipmentRecord>): ShipmentRecord => ({
  trackingNumber: '1Z',
  accountNumber: 'AAA111',
  serviceCode: '08',
  serviceName: 'UPS Worldwide Expedited',
  shipDate: '2026-03-10',
  origin: { city: 'Shanghai', country: 'CN' },
  destination: { city: 'Chicago', country: 'US' },
  status: 'in_transit',
  estimatedDelivery: '2026-03-22T23:00:00.000Z',
  deliveredAt: null,
  declaredValue: { amount: 100, currency: 'USD' },
  customsState: 'cleared',
  weightKg: 1,
  co2eKg: 1,
  sender: party,
  recipient: party,
  lastEventAt: '2026-03-19T09:00:00.000Z',
  ...extra,
});
const event = { trackingNumber: '1Z', seq: 0, at: '2026-03-19T09:00:00.000Z', status: 'exception' as const, code: 'X', description: 'Damage reported', city: 'Köln', country: 'DE' };

describe('assessParcel', () => {
  test.each([
    ['on time', parcel({}), { kind: 'on_time', eta: '2026-03-22T23:00:00.000Z' }],
    ['late by two days', parcel({ estimatedDelivery: '2026-03-18T08:00:00.000Z' }), { kind: 'late', daysLate: 2 }],
    ['silent for five days', parcel({ lastEventAt: '2026-03-15T08:00:00.000Z' }), { kind: 'silent', silentDays: 5 }],
    ['silent just under the limit', parcel({ lastEventAt: '2026-03-16T09:00:01.000Z' }), { kind: 'on_time', eta: '2026-03-22T23:00:00.000Z' }],
    ['delivered', parcel({ status: 'delivered', deliveredAt: '2026-03-18T10:00:00.000Z' }), { kind: 'delivered', at: '2026-03-18T10:00:00.000Z' }],
    ['an exception', parcel({ status: 'exception' }), { kind: 'exception', description: 'Damage reported' }],
  ])('should read a parcel %s', (_name, shipment, expected) => {
    expect(assessParcel(shipment, [event], NOW)).toEqual(expected);
  });
});
