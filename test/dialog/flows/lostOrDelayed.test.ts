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

/** Daily scans at one place, from `from` (days before NOW) to the day before NOW, 07:00 UTC. */
const scansAt = (city: string, country: string, from: number) =>
  Array.from({ length: from }, (_, i) => ({
    ...event,
    seq: i,
    status: 'in_transit' as const,
    code: 'I',
    description: 'Processing at UPS Facility',
    city,
    country,
    at: new Date(NOW.getTime() - (from - i) * 86_400_000 - 2 * 3_600_000).toISOString(),
  }));

describe('assessParcel: only hub scans at its ETA (round 8 P4)', () => {
  test.each([
    ['due now, four days of scans at a hub abroad', NOW.toISOString(), scansAt('Anchorage', 'US', 4), { kind: 'stuck', city: 'Anchorage', country: 'US', days: 4 }],
    ['due tomorrow, four days at a hub abroad', '2026-03-21T08:00:00.000Z', scansAt('Anchorage', 'US', 4), { kind: 'stuck', city: 'Anchorage', country: 'US', days: 4 }],
    ['due in three days, four days at a hub abroad', '2026-03-23T09:00:00.000Z', scansAt('Anchorage', 'US', 4), { kind: 'on_time', eta: '2026-03-23T09:00:00.000Z' }],
    ['due now, two days at a hub', NOW.toISOString(), scansAt('Anchorage', 'US', 2), { kind: 'on_time', eta: NOW.toISOString() }],
    ['due now, four days of scans in the destination city', NOW.toISOString(), scansAt('Chicago', 'US', 4), { kind: 'on_time', eta: NOW.toISOString() }],
  ] as const)('should read a parcel %s', (_name, eta, events, expected) => {
    const shipment = parcel({ estimatedDelivery: eta, lastEventAt: events.at(-1)!.at });
    expect(assessParcel(shipment, [...events], NOW)).toEqual(expected);
  });
});

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
