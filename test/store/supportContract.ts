/**
 * The support flows' part of the store contract (issue 6): delivery changes, files on tickets and
 * emissions aggregates. describeStoreContract runs it for every Store implementation.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Dataset } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { AT, shipment, tinyDataset } from './storeContract.ts';

const LATER = '2026-03-20T09:10:00.000Z';

/** Four parcels of A1B2C3 and one of Z9Y8X7 with known weights and emissions on two lanes. */
function emissionsDataset(): Dataset {
  const data = tinyDataset();
  const parcel = (n: string, account: string, date: string, city: string, country: string, serviceCode: string, co2eKg: number, weightKg: number) => ({
    ...shipment(n, account, date, city, country),
    serviceCode,
    co2eKg,
    weightKg,
  });
  data.shipments = [
    parcel('0000011', 'A1B2C3', '2026-03-01', 'London', 'GB', '65', 40.5, 5),
    parcel('0000012', 'A1B2C3', '2026-03-10', 'London', 'GB', '65', 10.25, 1.5),
    parcel('0000013', 'A1B2C3', '2026-03-11', 'London', 'GB', '11', 1.25, 2),
    parcel('0000014', 'A1B2C3', '2026-03-12', 'Paris', 'FR', '07', 12, 3),
    parcel('0000015', 'A1B2C3', '2026-01-12', 'Paris', 'FR', '07', 500, 30),
    parcel('0000016', 'Z9Y8X7', '2026-03-12', 'London', 'GB', '65', 999, 99),
  ];
  data.events = [];
  return data;
}

export function describeSupportContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: support flows' records`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      await store.importDataset(emissionsDataset());
    });
    afterEach(async () => {
      await store.close();
    });
    const [first, second] = emissionsDataset().shipments.map((s) => s.trackingNumber);

    test('should record delivery changes as requested and list a parcel\'s in order', async () => {
      const a = await store.deliveryChanges.create({ trackingNumber: first!, accountNumber: 'A1B2C3', kind: 'address', value: '12 Rue de Rivoli, 75001 Paris', requestedBy: 'u-1' }, AT);
      const b = await store.deliveryChanges.create({ trackingNumber: first!, accountNumber: 'A1B2C3', kind: 'reschedule', value: '2026-03-23', requestedBy: null }, LATER);
      await store.deliveryChanges.create({ trackingNumber: second!, accountNumber: 'A1B2C3', kind: 'access_point', value: 'AP-LON-01', requestedBy: 'u-1' }, LATER);
      expect(a).toEqual({ id: a.id, trackingNumber: first, accountNumber: 'A1B2C3', kind: 'address', value: '12 Rue de Rivoli, 75001 Paris', requestedBy: 'u-1', createdAt: AT, status: 'requested' });
      expect(b.id).toBeGreaterThan(a.id);
      expect(await store.deliveryChanges.get(b.id)).toEqual(b);
      expect(await store.deliveryChanges.get(987_654)).toBeNull();
      expect((await store.deliveryChanges.listForParcel(first!)).map((c) => c.kind)).toEqual(['address', 'reschedule']);
      expect(await store.deliveryChanges.listForParcel('1ZNOSUCHPARCEL0000')).toEqual([]);
    });

    test('should refuse a delivery change of an unknown kind or parcel', async () => {
      await expect(
        store.deliveryChanges.create({ trackingNumber: first!, accountNumber: 'A1B2C3', kind: 'teleport' as 'address', value: 'x', requestedBy: null }, AT),
      ).rejects.toThrow();
      await expect(
        store.deliveryChanges.create({ trackingNumber: '1ZNOSUCHPARCEL0000', accountNumber: 'A1B2C3', kind: 'address', value: 'x', requestedBy: null }, AT),
      ).rejects.toThrow();
      expect(await store.deliveryChanges.listForParcel(first!)).toEqual([]);
    });

    test('should record delivery instructions as requested, a parcel\'s in order, and refuse an empty one or an unknown parcel', async () => {
      const a = await store.deliveryInstructions.create({ trackingNumber: first!, accountNumber: 'A1B2C3', instruction: 'leave it with my neighbour at number 12', requestedBy: 'u-1' }, AT);
      const b = await store.deliveryInstructions.create({ trackingNumber: first!, accountNumber: 'A1B2C3', instruction: '放门卫室', requestedBy: null }, LATER);
      expect(a).toEqual({ id: a.id, trackingNumber: first, accountNumber: 'A1B2C3', instruction: 'leave it with my neighbour at number 12', requestedBy: 'u-1', createdAt: AT, status: 'requested' });
      expect(b.id).toBeGreaterThan(a.id);
      expect(await store.deliveryInstructions.get(b.id)).toEqual(b);
      expect(await store.deliveryInstructions.get(987_654)).toBeNull();
      expect((await store.deliveryInstructions.listForParcel(first!)).map((i) => i.instruction)).toEqual(['leave it with my neighbour at number 12', '放门卫室']);
      expect(await store.deliveryInstructions.listForParcel(second!)).toEqual([]);
      await expect(store.deliveryInstructions.create({ trackingNumber: second!, accountNumber: 'A1B2C3', instruction: '', requestedBy: null }, AT)).rejects.toThrow();
      await expect(store.deliveryInstructions.create({ trackingNumber: '1ZNOSUCHPARCEL0000', accountNumber: 'A1B2C3', instruction: 'x', requestedBy: null }, AT)).rejects.toThrow();
      expect(await store.deliveryInstructions.listForParcel(second!)).toEqual([]);
    });

    test('should keep files on a ticket in the order they came, and only on a real ticket', async () => {
      const ticket = await store.tickets.create(
        { category: 'customs', priority: 'high', conversationId: null, accountNumber: 'A1B2C3', userId: 'u-1', trackingNumbers: [first!], subject: 'Customs', details: {} },
        AT,
      );
      const pdf = await store.ticketAttachments.add({ ticketNumber: ticket.number, contentUrl: 'media:abc', contentType: 'application/pdf', fileName: '发票.pdf', sizeBytes: 2048 }, AT);
      await store.ticketAttachments.add({ ticketNumber: ticket.number, contentUrl: 'https://example.com/p.jpg', contentType: 'image/jpeg', fileName: null, sizeBytes: null }, LATER);
      expect(pdf).toEqual({ id: pdf.id, ticketNumber: ticket.number, contentUrl: 'media:abc', contentType: 'application/pdf', fileName: '发票.pdf', sizeBytes: 2048, createdAt: AT });
      expect((await store.ticketAttachments.listForTicket(ticket.number)).map((a) => [a.contentType, a.fileName, a.sizeBytes])).toEqual([
        ['application/pdf', '发票.pdf', 2048],
        ['image/jpeg', null, null],
      ]);
      await expect(store.ticketAttachments.add({ ticketNumber: 'CA-999999', contentUrl: 'media:x', contentType: 'image/png', fileName: null, sizeBytes: 1 }, AT)).rejects.toThrow();
    });

    test('should sum emissions per lane and service in the period, largest first, for that account only', async () => {
      const q = { accountNumber: 'A1B2C3', shipDateFrom: '2026-03-01', shipDateTo: '2026-03-12' };
      const lanes = await store.emissions.byLaneAndService(q);
      expect(lanes.map((l) => [l.destination.city, l.serviceCode, l.shipments, l.co2eKg, l.weightKg])).toEqual([
        ['London', '65', 2, 50.75, 6.5],
        ['Paris', '07', 1, 12, 3],
        ['London', '11', 1, 1.25, 2],
      ]);
      expect(lanes[0]!.origin).toEqual({ city: 'Shanghai', country: 'CN' });
      expect(await store.emissions.byLaneAndService({ ...q, shipDateFrom: '2026-03-11', shipDateTo: '2026-03-11' })).toHaveLength(1);
      expect(await store.emissions.byLaneAndService({ ...q, accountNumber: 'NOPE00' })).toEqual([]);
    });

    test('should list the largest single emitters of the period', async () => {
      const q = { accountNumber: 'A1B2C3', shipDateFrom: '2026-03-01', shipDateTo: '2026-03-31' };
      const largest = await store.emissions.largestParcels(q, 2);
      expect(largest.map((p) => [p.co2eKg, p.destination.city, p.serviceCode, p.shipDate])).toEqual([
        [40.5, 'London', '65', '2026-03-01'],
        [12, 'Paris', '07', '2026-03-12'],
      ]);
      expect(largest[0]!.trackingNumber).toBe(first);
    });
  });
}
