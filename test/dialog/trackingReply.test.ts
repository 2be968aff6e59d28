import { describe, expect, test } from 'vitest';
import type { FactCard } from '../../src/activity.ts';
import { trackingReply } from '../../src/dialog/trackingReply.ts';
import type { TrackingLookup } from '../../src/shipments/trackingLookup.ts';
import type { ShipmentEventRecord, ShipmentRecord } from '../../src/store/records.ts';

const NOW = new Date('2026-12-08T12:00:00Z');
const party = { name: 'A', phone: null, email: null, address: 'x' };
const NUMBER = '1Z999AA10123456784';
const shipment: ShipmentRecord = {
  trackingNumber: NUMBER,
  accountNumber: 'AAA111',
  serviceCode: '65',
  serviceName: 'UPS Worldwide Saver',
  shipDate: '2026-12-07',
  origin: { city: 'Shanghai', country: 'CN' },
  destination: { city: 'Toronto', country: 'CA' },
  status: 'in_transit',
  // Wed 9 Dec 19:00 in Toronto: Thu 10 Dec 08:00 in Shanghai.
  estimatedDelivery: '2026-12-10T00:00:00.000Z',
  deliveredAt: null,
  declaredValue: { amount: 100, currency: 'USD' },
  customsState: 'cleared',
  weightKg: 1,
  co2eKg: 1,
  sender: party,
  recipient: party,
  lastEventAt: '2026-12-08T07:30:00.000Z',
};
// 22:30 on Mon 7 Dec in Anchorage, already Tue 8 Dec 15:30 in Shanghai.
const scan: ShipmentEventRecord = { trackingNumber: NUMBER, seq: 2, at: '2026-12-08T07:30:00.000Z', status: 'in_transit', code: 'I', description: 'Departed from Facility', city: 'Anchorage', country: 'US' };
const tracking = { trackingNumber: NUMBER, status: shipment.status, serviceName: shipment.serviceName, lastEvent: scan, estimatedDelivery: shipment.estimatedDelivery, deliveredAt: null, destinationTimeZone: 'America/Toronto' };
const account: TrackingLookup = { kind: 'account', tracking: { ...tracking, shipment, events: [scan] } };
const publicView: TrackingLookup = { kind: 'public', tracking };

const factOf = (lookup: TrackingLookup, locale: string, timeZone: string, label: number) =>
  (trackingReply(lookup, locale, timeZone, NOW) as { card?: FactCard }).card?.facts[label]?.value;

describe('trackingReply', () => {
  test.each([
    ['en', 'Departed from Facility, Anchorage, United States, Mon, 7 Dec 2026, 22:30 local time.', 'Expected delivery: Wed, 9 Dec 2026, 19:00 Toronto time.'],
    ['zh', '最新动态：当地时间 2026年12月7日周一 22:30', '预计送达：多伦多时间 2026年12月9日周三 19:00。'],
    ['es', 'Anchorage, Estados Unidos, lun, 7 dic 2026, 22:30 (hora local).', 'Entrega prevista: mié, 9 dic 2026, 19:00 (hora de Toronto).'],
  ])('should state the scan on its place\'s clock and the ETA on the destination\'s, named, to a customer in Shanghai (%s)', (locale, scanSaid, etaSaid) => {
    const { text } = trackingReply(account, locale, 'Asia/Shanghai', NOW) as { text: string };
    expect(text).toContain(scanSaid);
    expect(text).toContain(etaSaid);
  });

  test('should say the ETA without a name to a customer in Toronto, and the card likewise', () => {
    expect(factOf(account, 'en', 'America/Toronto', 5)).toBe('Wed, 9 Dec 2026, 19:00');
    expect(factOf(account, 'en', 'Asia/Shanghai', 5)).toBe('Wed, 9 Dec 2026, 19:00 Toronto time');
  });

  test('should name the destination\'s zone, never the destination, in the public view', () => {
    const reply = trackingReply(publicView, 'en', 'Asia/Shanghai', NOW) as { text: string };
    expect(reply.text).toContain('Expected delivery: Wed, 9 Dec 2026, 19:00 Eastern Time.');
    expect(reply.text).not.toContain('Toronto');
  });
});
