/**
 * The carrier-copy part of the store contract (issue 21): a carrier's scans applied once each, the
 * parcel's status following the newest, the copy's confirmation time. Run by sqliteStore.test.ts and
 * postgresStore.test.ts.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import type { CarrierScan, CarrierUpdate, Store } from '../../src/store/store.ts';
import { AT, tinyDataset } from './storeContract.ts';

const FIRST = makeUpsTrackingNumber('TEST01', '66', '0000001');

const scan = (at: string, status: CarrierScan['status'], code: string, city = 'Louisville'): CarrierScan => ({
  key: `${at}|${code}|${city}`,
  at,
  status,
  code,
  description: `${code} scan`,
  city,
  country: 'US',
});

const update = (scans: CarrierScan[], patch: Partial<CarrierUpdate> = {}): CarrierUpdate => ({ trackingNumber: FIRST, scans, receivedAt: '2026-03-21T10:00:00.000Z', ...patch });

export function describeCarrierCopyContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: carrier copies`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      await store.importDataset(tinyDataset());
    });
    afterEach(async () => {
      await store.close();
    });

    test('should append new scans after the stored events and take the newest one\'s status', async () => {
      const result = await store.carrierCopies.apply(
        update([scan('2026-03-21T08:00:00.000Z', 'in_transit', 'I'), scan('2026-03-21T09:00:00.000Z', 'out_for_delivery', 'D')], { estimatedDelivery: '2026-03-21T23:59:59.000Z' }),
      );

      expect(result?.from).toBe('in_transit');
      expect(result?.to).toBe('out_for_delivery');
      expect(result?.added.map((e) => [e.seq, e.status])).toEqual([
        [2, 'in_transit'],
        [3, 'out_for_delivery'],
      ]);
      const parcel = await store.shipments.byTrackingNumber(FIRST);
      expect(parcel).toMatchObject({ status: 'out_for_delivery', lastEventAt: '2026-03-21T09:00:00.000Z', estimatedDelivery: '2026-03-21T23:59:59.000Z' });
      expect((await store.shipments.events(FIRST)).map((e) => e.code)).toEqual(['M', 'P', 'I', 'D']);
    });

    test('should apply the same scan once however often it is reported', async () => {
      const delivered = update([scan('2026-03-21T09:30:00.000Z', 'delivered', 'D')], { deliveredAt: '2026-03-21T09:30:00.000Z' });
      const results = [await store.carrierCopies.apply(delivered), await store.carrierCopies.apply(delivered), await store.carrierCopies.apply(delivered)];

      expect(results.map((r) => [r?.from, r?.to, r?.added.length])).toEqual([
        ['in_transit', 'delivered', 1],
        ['delivered', 'delivered', 0],
        ['delivered', 'delivered', 0],
      ]);
      expect(await store.shipments.events(FIRST)).toHaveLength(3);
      expect(await store.shipments.byTrackingNumber(FIRST)).toMatchObject({ status: 'delivered', deliveredAt: '2026-03-21T09:30:00.000Z', estimatedDelivery: null });
    });

    test('should keep the status of a newer event when an older scan comes late, and the parcel\'s own for a scan without one', async () => {
      await store.carrierCopies.apply(update([scan('2026-03-21T09:00:00.000Z', 'exception', 'X')]));
      const late = await store.carrierCopies.apply(update([scan('2026-03-20T08:00:00.000Z', 'in_transit', 'I'), scan('2026-03-21T10:00:00.000Z', null, 'U')]));

      expect(late?.to).toBe('exception');
      expect(late?.added.map((e) => [e.code, e.status])).toEqual([
        ['I', 'in_transit'],
        ['U', 'exception'],
      ]);
      expect((await store.shipments.byTrackingNumber(FIRST))?.lastEventAt).toBe('2026-03-21T10:00:00.000Z');
    });

    test('should remember when the carrier last confirmed the whole copy', async () => {
      expect(await store.carrierCopies.checkedAt(FIRST)).toBeNull();
      await store.carrierCopies.apply(update([], { checkedAt: AT }));
      await store.carrierCopies.apply(update([], { checkedAt: '2026-03-21T10:00:00.000Z' }));
      await store.carrierCopies.apply(update([scan('2026-03-21T11:00:00.000Z', 'in_transit', 'I')]));

      expect(await store.carrierCopies.checkedAt(FIRST)).toBe('2026-03-21T10:00:00.000Z');
    });

    test('should answer null for a parcel the store does not hold', async () => {
      expect(await store.carrierCopies.apply({ ...update([scan(AT, 'in_transit', 'I')]), trackingNumber: '1Z999AA10123456784' })).toBeNull();
    });
  });
}
