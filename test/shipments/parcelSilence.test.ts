import { describe, expect, test } from 'vitest';
import { SILENT_AFTER_DAYS, silencePastEta } from '../../src/shipments/parcelSilence.ts';
import type { ShipmentRecord } from '../../src/store/records.ts';

const NOW = new Date('2026-03-20T09:00:00.000Z');
type Timeline = Pick<ShipmentRecord, 'status' | 'estimatedDelivery' | 'lastEventAt' | 'deliveredAt'>;
const late: Timeline = { status: 'in_transit', estimatedDelivery: '2026-03-12T00:00:00.000Z', lastEventAt: '2026-03-06T09:00:00.000Z', deliveredAt: null };

describe('silencePastEta', () => {
  test.each<[string, Partial<Timeline>, ReturnType<typeof silencePastEta>]>([
    ['past its ETA and not scanned for 14 days', {}, { silentDays: 14, daysLate: 8 }],
    ['scanned exactly SILENT_AFTER_DAYS days ago', { lastEventAt: '2026-03-16T09:00:00.000Z' }, { silentDays: SILENT_AFTER_DAYS, daysLate: 8 }],
    ['scanned a second less than that ago', { lastEventAt: '2026-03-16T09:00:01.000Z' }, null],
    ['scanned daily while it waits (late but not silent)', { lastEventAt: '2026-03-20T03:00:00.000Z' }, null],
    ['silent but its ETA still ahead', { estimatedDelivery: '2026-03-21T00:00:00.000Z' }, null],
    ['silent an hour past its ETA (counted as a day late)', { estimatedDelivery: '2026-03-20T08:00:00.000Z' }, { silentDays: 14, daysLate: 1 }],
    ['without an ETA', { estimatedDelivery: null }, null],
    ['delivered', { status: 'delivered', deliveredAt: '2026-03-07T09:00:00.000Z' }, null],
    ['in exception (customs, damage: their own flows)', { status: 'exception' }, null],
    ['out for delivery and silent', { status: 'out_for_delivery' }, { silentDays: 14, daysLate: 8 }],
  ])('should read a parcel %s', (_name, patch, expected) => {
    expect(silencePastEta({ ...late, ...patch }, NOW)).toEqual(expected);
  });

  test('should take another threshold', () => {
    expect(silencePastEta({ ...late, lastEventAt: '2026-03-18T09:00:00.000Z' }, NOW, 2)).toEqual({ silentDays: 2, daysLate: 8 });
    expect(silencePastEta({ ...late, lastEventAt: '2026-03-18T09:00:00.000Z' }, NOW)).toBeNull();
  });
});
