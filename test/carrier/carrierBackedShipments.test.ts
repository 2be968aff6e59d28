import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { carrierBackedShipments } from '../../src/carrier/carrierBackedShipments.ts';
import type { UpsTrackingClient } from '../../src/carrier/ups/upsClient.ts';
import { FixedClock } from '../../src/clock.ts';
import { trackingReply } from '../../src/dialog/trackingReply.ts';
import type { RefreshingShipments } from '../../src/shipments/carrierSource.ts';
import { ShipmentStatusChanges, type ShipmentStatusChange } from '../../src/shipments/statusChanges.ts';
import { lookupTrackingNumber } from '../../src/shipments/trackingLookup.ts';
import { makeUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';
import { clientOfStandIn, UpsStandIn } from '../support/upsStandIn.ts';
import { tinyDataset } from '../store/storeContract.ts';

const FIRST = makeUpsTrackingNumber('TEST01', '66', '0000001');
const SECOND = makeUpsTrackingNumber('TEST01', '66', '0000002');

let ups: UpsStandIn;
let store: Store;
let clock: FixedClock;
let client: UpsTrackingClient;
let shipments: RefreshingShipments;
let changes: ShipmentStatusChange[];
let carrierErrors: string[];

beforeEach(async () => {
  ups = new UpsStandIn();
  ups.known.add(FIRST);
  ups.scanDay = '20260321';
  const url = await ups.start();
  store = await openStore('sqlite::memory:');
  await store.importDataset(tinyDataset());
  clock = new FixedClock('2026-03-21T17:00:00Z');
  client = clientOfStandIn(ups, url, clock, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 100 }, breaker: { failureThreshold: 2, openMs: 60_000 } });
  const statusChanges = new ShipmentStatusChanges();
  changes = [];
  statusChanges.onShipmentStatusChange((c) => void changes.push(c));
  carrierErrors = [];
  shipments = carrierBackedShipments({ store, carrier: client, clock, changes: statusChanges, onCarrierError: (_n, e) => carrierErrors.push(e.message) });
});

afterEach(async () => {
  client.close();
  await ups.stop();
  await store.close();
});

describe('lookups through the carrier', () => {
  test('should refresh the stored copy from UPS and tell the status change once', async () => {
    const lookup = await lookupTrackingNumber(shipments, null, FIRST);

    expect(lookup).toMatchObject({ kind: 'public', tracking: { status: 'delivered', deliveredAt: '2026-03-21T16:30:00.000Z' } });
    expect(lookup.kind === 'public' && 'copyAsOf' in lookup.tracking).toBe(false);
    expect((await store.shipments.events(FIRST)).map((e) => e.code)).toEqual(['M', 'P', 'M', 'D']);
    expect(await store.carrierCopies.checkedAt(FIRST)).toBe('2026-03-21T17:00:00.000Z');
    expect(changes).toEqual([{ trackingNumber: FIRST, from: 'in_transit', to: 'delivered', event: expect.objectContaining({ code: 'D', status: 'delivered', city: 'PARAMUS' }) }]);

    await lookupTrackingNumber(shipments, null, FIRST);
    expect(changes).toHaveLength(1);
  });

  test('should keep the stored estimate when UPS gives none', async () => {
    const departed = { status: { type: 'I', code: 'DP', description: 'Departed from Facility' }, date: '20260321', time: '080000', location: { address: { city: 'Louisville', countryCode: 'US' } } };
    ups.script({ kind: 'raw', body: JSON.stringify({ trackResponse: { shipment: [{ package: [{ trackingNumber: FIRST, activity: [departed] }] }] } }) });

    const lookup = await lookupTrackingNumber(shipments, null, FIRST);

    expect(lookup).toMatchObject({ kind: 'public', tracking: { status: 'in_transit', estimatedDelivery: '2026-03-22T18:00:00.000Z', lastEvent: { code: 'I', city: 'Louisville' } } });
    expect(changes).toEqual([]);
  });

  test('should show what UPS says, as a public view, for a parcel only UPS knows', async () => {
    const onlyAtUps = '1Z5R89390357567127';
    ups.known.add(onlyAtUps);

    const lookup = await lookupTrackingNumber(shipments, null, onlyAtUps);

    expect(lookup).toEqual({
      kind: 'public',
      tracking: {
        trackingNumber: onlyAtUps,
        status: 'delivered',
        serviceName: 'UPS',
        lastEvent: { trackingNumber: onlyAtUps, seq: 1, at: '2026-03-21T16:30:00.000Z', status: 'delivered', code: 'D', description: 'DELIVERED', city: 'PARAMUS', country: 'US' },
        estimatedDelivery: null,
        deliveredAt: '2026-03-21T16:30:00.000Z',
        destinationTimeZone: null,
      },
    });
    expect(await store.shipments.byTrackingNumber(onlyAtUps)).toBeNull();
    expect((trackingReply(lookup, 'en', 'UTC', clock.now()) as { text: string }).text).toContain(`${onlyAtUps}: Delivered.`);
  });

  test('should keep to the stored copy for a number UPS does not know', async () => {
    const lookup = await lookupTrackingNumber(shipments, null, SECOND);

    expect(lookup).toMatchObject({ kind: 'public', tracking: { status: 'in_transit' } });
    expect(lookup.kind === 'public' && 'copyAsOf' in lookup.tracking).toBe(false);
    expect(changes).toEqual([]);
  });
});

describe('an outage answered from the cache with its age', () => {
  test.each([
    ['en', 'This is as of 2 hr ago: UPS tracking can\'t be reached right now'],
    ['zh-CN', '以上信息截至2小时前：暂时无法连接 UPS 追踪系统'],
    ['es', 'Estos datos son de hace 2 h: ahora no podemos consultar el seguimiento de UPS'],
  ])('should say in %s how old the copy is while UPS answers 503', async (locale, note) => {
    await lookupTrackingNumber(shipments, null, FIRST);
    clock.advance(2 * 3_600_000);
    ups.script({ kind: 'status', status: 503 }, { kind: 'status', status: 503 });

    const lookup = await lookupTrackingNumber(shipments, null, FIRST);

    expect(lookup).toMatchObject({ kind: 'public', tracking: { status: 'delivered', copyAsOf: '2026-03-21T17:00:00.000Z' } });
    expect((trackingReply(lookup, locale, 'America/New_York', clock.now()) as { text: string }).text).toContain(note);
    expect(carrierErrors).toEqual(['UPS tracking details: HTTP 503 (10004 Something went wrong while processing your request, please try again later)']);
  });

  test('should answer from the copy without asking while the breaker is open, dated by its newest event when UPS never confirmed it', async () => {
    ups.script({ kind: 'hang' }, { kind: 'hang' });
    const first = await lookupTrackingNumber(shipments, null, FIRST);
    const asked = ups.detailRequests().length;
    const second = await lookupTrackingNumber(shipments, null, FIRST);

    expect(client.breaker.state).toBe('open');
    expect(ups.detailRequests()).toHaveLength(asked);
    for (const lookup of [first, second]) expect(lookup).toMatchObject({ kind: 'public', tracking: { status: 'in_transit', copyAsOf: '2026-03-20T09:00:00.000Z' } });
    expect(carrierErrors).toEqual(['UPS tracking details: no answer within 500 ms', 'UPS tracking details: not asked, the circuit breaker is open after repeated failures']);
    expect((trackingReply(second, 'en', 'UTC', clock.now()) as { text: string }).text).toContain('This is as of 32 hr ago');
  });

  test('should answer from the copy when UPS sends what we refuse to read, and say why', async () => {
    ups.script({ kind: 'raw', body: '{"trackResponse":{}}' });

    const lookup = await lookupTrackingNumber(shipments, null, FIRST);

    expect(lookup).toMatchObject({ kind: 'public', tracking: { status: 'in_transit', copyAsOf: '2026-03-20T09:00:00.000Z' } });
    expect(carrierErrors).toEqual([`UPS tracking answer for ${FIRST} is malformed: trackResponse.shipment: Invalid input: expected array, received undefined`]);
  });
});
