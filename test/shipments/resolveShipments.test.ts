import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY, generateDataset } from '../../src/demo/index.ts';
import { cityMatch } from '../../src/shipments/metroAreas.ts';
import { resolveShipments, shiftDate, type ShipmentQuery } from '../../src/shipments/resolveShipments.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';

const NOW = new Date('2026-03-20T09:00:00Z');
const M = DEMO_ACCOUNTS.mingyuan;
const q = (extra: Partial<ShipmentQuery>): ShipmentQuery => ({
  trackingNumbers: [],
  dateRange: null,
  origin: null,
  destination: null,
  statusHints: [],
  ...extra,
});

describe('resolveShipments on the demo data', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    await store.importDataset(generateDataset({ seed: 42, now: NOW, scale: 'small' }));
  });
  afterAll(async () => {
    await store.close();
  });

  test('should find the box sent to Toronto yesterday, first and for the exact day', async () => {
    const r = await resolveShipments(store.shipments, M, q({ dateRange: { from: '2026-03-19', to: '2026-03-19' }, destination: { name: 'Toronto', country: 'CA' } }));
    expect(r.matches[0]!.shipment.trackingNumber).toBe(STORY.torontoYesterday);
    expect(r.matches[0]!.reasons).toEqual([
      { kind: 'date', exact: true },
      { kind: 'destination', level: 'city' },
    ]);
  });

  test('should offer a parcel labelled a day off as the nearest, not as a match for the named day', async () => {
    const r = await resolveShipments(store.shipments, M, q({ dateRange: { from: '2026-03-20', to: '2026-03-20' }, destination: { name: 'Toronto', country: 'CA' } }));
    expect(r.matches).toEqual([]);
    const toronto = r.nearest.find((m) => m.shipment.trackingNumber === STORY.torontoYesterday)!;
    expect(toronto.reasons[0]).toEqual({ kind: 'date', exact: false });
  });

  test('should answer with the parcels of the named day only, when there are any', async () => {
    const r = await resolveShipments(store.shipments, M, q({ dateRange: { from: '2026-03-14', to: '2026-03-14' }, destination: { name: 'London', country: 'GB' } }));
    expect(r.matches.map((m) => m.shipment.trackingNumber)).toEqual([STORY.londonDelivered]);
  });

  test('should return both London parcels of the last week', async () => {
    const r = await resolveShipments(store.shipments, M, q({ dateRange: { from: '2026-03-13', to: '2026-03-20' }, destination: { name: 'London', country: 'GB' } }));
    expect(r.matches.map((m) => m.shipment.trackingNumber).sort()).toEqual([STORY.londonDelivered, STORY.londonInTransit].sort());
  });

  test('should narrow with status words', async () => {
    const r = await resolveShipments(store.shipments, M, q({ destination: { name: 'London', country: 'GB' }, statusHints: ['not_delivered'] }));
    expect(r.matches.map((m) => m.shipment.trackingNumber)).toEqual([STORY.londonInTransit]);
  });

  test('should let a country match any city in it', async () => {
    const r = await resolveShipments(store.shipments, M, q({ destination: { name: 'France', country: 'FR', isCountry: true } }));
    expect(r.matches.map((m) => m.shipment.trackingNumber)).toContain(STORY.parisThreeWeeksAgo);
    expect(r.matches.every((m) => m.shipment.destination.country === 'FR')).toBe(true);
  });

  test('should never match another account, even by its real tracking number', async () => {
    const r = await resolveShipments(store.shipments, M, q({ trackingNumbers: [STORY.otherAccountHongKongToTokyo] }));
    expect(r).toEqual({ matches: [], nearest: [] });
    const own = await resolveShipments(store.shipments, DEMO_ACCOUNTS.harbourview, q({ trackingNumbers: [STORY.otherAccountHongKongToTokyo] }));
    expect(own.matches).toHaveLength(1);
  });

  test('should suggest the nearest parcels instead of inventing one', async () => {
    const r = await resolveShipments(store.shipments, M, q({ dateRange: { from: '2026-01-01', to: '2026-01-01' }, destination: { name: 'Toronto', country: 'CA' } }));
    expect(r.matches).toEqual([]);
    expect(r.nearest.map((m) => m.shipment.trackingNumber)).toContain(STORY.torontoYesterday);
  });

  // The oracle: every parcel of the account held in customs, by a plain filter over the data.
  const heldInCustoms = async (account: string) =>
    (await store.shipments.search({ accountNumber: account, limit: 100000 })).filter((s) => s.status === 'exception' && s.customsState === 'held').map((s) => s.trackingNumber).sort();
  const CUSTOMS_FOCUS = { statuses: ['exception' as const], customsStates: ['held' as const] };

  test('should answer "stuck at customs" with the parcels held in customs, not every parcel on its way', async () => {
    const held = await heldInCustoms(M);
    expect(held.length).toBeGreaterThan(0);
    const plain = await resolveShipments(store.shipments, M, q({ statusHints: ['stuck'] }));
    expect(plain.matches.length).toBeGreaterThan(held.length);
    const focused = await resolveShipments(store.shipments, M, q({ statusHints: ['stuck'], focus: CUSTOMS_FOCUS }));
    expect(focused.matches.map((m) => m.shipment.trackingNumber).sort()).toEqual(held);
    expect(focused.matches[0]!.reasons).toContainEqual({ kind: 'focus' });
  });

  test('should find the parcels held in customs when the customer describes nothing else', async () => {
    const r = await resolveShipments(store.shipments, M, q({ focus: CUSTOMS_FOCUS }));
    expect(r.matches.map((m) => m.shipment.trackingNumber).sort()).toEqual((await heldInCustoms(M)).slice(0, 5));
  });

  test('should keep the description alone when no parcel it fits is in focus', async () => {
    const london = q({ destination: { name: 'London', country: 'GB' } });
    const plain = await resolveShipments(store.shipments, M, london);
    const focused = await resolveShipments(store.shipments, M, { ...london, focus: CUSTOMS_FOCUS });
    expect(focused.matches.map((m) => m.shipment.trackingNumber)).toEqual(plain.matches.map((m) => m.shipment.trackingNumber));
  });

  test('should list the most recent parcels when nothing narrows the search', async () => {
    const r = await resolveShipments(store.shipments, M, q({}));
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.matches.length).toBeLessThanOrEqual(5);
    expect(r.matches.every((m) => m.shipment.accountNumber === M)).toBe(true);
  });
});

describe('place and date helpers', () => {
  test.each([
    ['New York', 'Brooklyn', 'metro'],
    ['new york', 'New York', 'exact'],
    ['Sao Paulo', 'São Paulo', 'exact'],
    ['London', 'Paris', null],
  ] as const)('should match %s against %s as %s', (named, actual, expected) => {
    expect(cityMatch(named, actual)).toBe(expected);
  });

  test.each([
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('should shift %s by %i days to %s', (date, days, expected) => {
    expect(shiftDate(date, days)).toBe(expected);
  });
});

describe('the nearest when a place was named in the other role', () => {
  test('should offer the parcel going to a place first when none came from it ("el paquete de Ciudad de México")', async () => {
    const store = await openStore('sqlite::memory:');
    await store.importDataset(generateDataset({ seed: 42, now: NOW, scale: 'small' }));
    const toronto = { name: 'Toronto', country: 'CA' };
    const plain = await resolveShipments(store.shipments, M, q({ destination: toronto }));
    const swapped = await resolveShipments(store.shipments, M, q({ origin: toronto }));
    expect(swapped.matches).toEqual([]);
    expect(swapped.nearest.map((m) => m.shipment.trackingNumber)).toEqual(plain.matches.slice(0, 3).map((m) => m.shipment.trackingNumber));
    await store.close();
  });
});
