/**
 * The Track Alert webhook through the whole app (buildApp, a real HTTP server): UPS's token request,
 * pushes as UPSTrackAlert.yaml shows them, refused credentials and bodies, and a push delivered three
 * times that updates the parcel once and tells the listener once — on SQLite and PostgreSQL.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildApp, type App, type RunningServer } from '../../../src/app.ts';
import { TRACK_ALERT_PATH, TRACK_ALERT_TOKEN_PATH, trackAlertRouter } from '../../../src/carrier/trackAlert/trackAlertRoutes.ts';
import { errorHandler } from '../../../src/server/errors.ts';
import { ShipmentStatusChanges } from '../../../src/shipments/statusChanges.ts';
import { FixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { ShipmentStatusChange } from '../../../src/shipments/statusChanges.ts';
import { makeUpsTrackingNumber } from '../../../src/shipments/trackingNumber.ts';
import { openStore } from '../../../src/store/openStore.ts';
import { PostgresStore } from '../../../src/store/postgres/postgresStore.ts';
import type { Store } from '../../../src/store/store.ts';
import { createTestDatabase, describePostgres, emptyAllTables, type TestDatabase } from '../../store/postgresTestDatabase.ts';
import { sampleValue } from '../../metrics/metricsServer.ts';
import { tinyDataset } from '../../store/storeContract.ts';

const PARCEL = makeUpsTrackingNumber('TEST01', '66', '0000001');
const CLIENT_ID = 'ups-track-alert';
const SECRET = 'track-alert-webhook-secret';
const BASIC = `Basic ${Buffer.from(`${CLIENT_ID}:${SECRET}`).toString('base64')}`;

/** UPSTrackAlert.yaml's "Delivery message" example, for our parcel. */
const deliveryMessage = (trackingNumber = PARCEL) => ({
  trackingNumber,
  localActivityDate: '20260321',
  localActivityTime: '095004',
  activityLocation: { city: 'CHARLOTTE', stateProvince: 'NC', postalCode: '28209', country: 'US' },
  activityStatus: { type: 'D', code: 'FS', description: 'Delivered', descriptionCode: '011' },
  scheduledDeliveryDate: '20260321',
  gmtActivityDate: '20260321',
  gmtActivityTime: '135004',
  actualDeliveryDate: '20260321',
  actualDeliveryTime: '095004',
  gmtOffset: '-04.00',
  receivedBy: 'John',
});

function describeTrackAlert(name: string, openWithData: () => Promise<Store>): void {
  describe(`${name}: the Track Alert webhook`, () => {
    let app: App;
    let server: RunningServer;
    let changes: ShipmentStatusChange[];

    beforeEach(async () => {
      const config = loadConfig({ UPS_CLIENT_ID: 'c', UPS_CLIENT_SECRET: 's', UPS_API_URL: 'http://127.0.0.1:9', UPS_ALERT_CLIENT_ID: CLIENT_ID, UPS_ALERT_CLIENT_SECRET: SECRET });
      app = await buildApp({ config, store: await openWithData(), clock: new FixedClock('2026-03-21T14:00:00Z'), logger: pino({ level: 'silent' }) });
      server = await app.listen(0, '127.0.0.1');
      changes = [];
      app.onShipmentStatusChange((c) => void changes.push(c));
    });
    afterEach(async () => {
      await server.close();
      await app.close();
    });

    const post = (path: string, headers: Record<string, string>, body: string) => fetch(new URL(path, server.url), { method: 'POST', headers, body });
    async function bearer(): Promise<string> {
      const res = await post(TRACK_ALERT_TOKEN_PATH, { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials');
      expect(res.status).toBe(200);
      const token = (await res.json()) as { token_type: string; access_token: string; expires_in: string };
      expect(token).toMatchObject({ token_type: 'Bearer', expires_in: '3600' });
      return token.access_token;
    }
    const push = async (body: unknown, headers: Record<string, string> = {}) =>
      post(TRACK_ALERT_PATH, { authorization: `Bearer ${await bearer()}`, 'x-api-key': CLIENT_ID, 'user-agent': 'UPSPubSubTrackingService', 'content-type': 'application/json', ...headers }, typeof body === 'string' ? body : JSON.stringify(body));

    test('should update the parcel once and tell the listener once when the same push comes three times', async () => {
      const answers = [await push(deliveryMessage()), await push(deliveryMessage()), await push(deliveryMessage())];

      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
      expect(await Promise.all(answers.map((a) => a.json()))).toEqual([
        { received: true, applied: true },
        { received: true, applied: false },
        { received: true, applied: false },
      ]);
      expect(await app.store.shipments.byTrackingNumber(PARCEL)).toMatchObject({ status: 'delivered', deliveredAt: '2026-03-21T13:50:04.000Z', estimatedDelivery: null });
      expect((await app.store.shipments.events(PARCEL)).map((e) => [e.code, e.status, e.city])).toEqual([
        ['M', 'label_created', 'Shanghai'],
        ['P', 'picked_up', 'Shanghai'],
        ['D', 'delivered', 'CHARLOTTE'],
      ]);
      expect(changes).toEqual([{ trackingNumber: PARCEL, from: 'in_transit', to: 'delivered', event: expect.objectContaining({ seq: 2, at: '2026-03-21T13:50:04.000Z', code: 'D' }) }]);
    });

    test('should take the out-for-delivery example (type I, descriptionCode 021) as out for delivery', async () => {
      const outForDelivery = { ...deliveryMessage(), activityStatus: { type: 'I', code: 'OT', description: 'Out for Delivery', descriptionCode: 21 }, actualDeliveryDate: '', actualDeliveryTime: '', deliveryTimeDescription: 'end of day' };
      expect((await push(outForDelivery)).status).toBe(200);
      expect(changes.map((c) => c.to)).toEqual(['out_for_delivery']);
      expect((await app.store.shipments.byTrackingNumber(PARCEL))?.estimatedDelivery).toBe('2026-03-22T03:59:59.000Z');
    });

    test('should acknowledge a push for a parcel it does not hold, changing nothing', async () => {
      const res = await push(deliveryMessage('1ZCIETST0111111114'));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ received: true, applied: false });
      expect(changes).toEqual([]);
    });

    test.each([
      ['no credential at all', { authorization: '', 'x-api-key': '' }, 'x-api-key is missing or is not the webhook client id'],
      ['another client id', { 'x-api-key': 'someone-else' }, 'x-api-key is missing or is not the webhook client id'],
      ['a bearer we did not issue', { authorization: 'Bearer eyJzdWIiOiJ1cHMtdHJhY2stYWxlcnQiLCJleHAiOjk5OTk5OTk5OTl9.forged' }, 'the bearer token is not one we issued'],
      ['Basic instead of a bearer', { authorization: BASIC }, 'Authorization must be a bearer token from our Track Alert token route'],
    ])('should refuse a push with %s (401) and change nothing', async (_what, headers, reason) => {
      const res = await push(deliveryMessage(), headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(reason);
      expect((await app.store.shipments.byTrackingNumber(PARCEL))?.status).toBe('in_transit');
      expect(sampleValue(await app.metrics.registry.metrics(), 'carrier_assist_webhook_rejections_total', { channel: 'ups_track_alert', reason: 'Unauthorized' })).toBe(1);
    });

    test('should refuse an expired bearer', async () => {
      const token = await bearer();
      (app.clock as FixedClock).advance(3_600_000);
      const res = await post(TRACK_ALERT_PATH, { authorization: `Bearer ${token}`, 'x-api-key': CLIENT_ID, 'content-type': 'application/json' }, JSON.stringify(deliveryMessage()));
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe('the bearer token has expired');
    });

    test('should refuse a token request with a wrong secret (401) or grant type (400)', async () => {
      const wrong = `Basic ${Buffer.from(`${CLIENT_ID}:not-the-secret`).toString('base64')}`;
      expect((await post(TRACK_ALERT_TOKEN_PATH, { authorization: wrong, 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials')).status).toBe(401);
      expect((await post(TRACK_ALERT_TOKEN_PATH, { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=password')).status).toBe(400);
    });

    test.each([
      ['a body that is not JSON', '{"trackingNumber":', /^Malformed JSON body: /],
      ['no activity status', { trackingNumber: PARCEL, gmtActivityDate: '20260321', gmtActivityTime: '135004' }, /^Not a Track Alert tracking event: activityStatus: /],
      ['a status type the spec does not list', { ...deliveryMessage(), activityStatus: { type: 'Z', code: 'FS' } }, /^Not a Track Alert tracking event: activityStatus\.type: /],
      ['a tracking number that is not UPS\'s', { ...deliveryMessage(), trackingNumber: '123' }, /^Not a Track Alert tracking event: trackingNumber: must be a UPS tracking number/],
      ['a date that is no date', { ...deliveryMessage(), gmtActivityDate: '2026-03-21' }, /^Not a Track Alert tracking event: gmtActivityDate: must be a date YYYYMMDD$/],
      ['no time for the scan', { ...deliveryMessage(), gmtActivityDate: undefined, gmtOffset: undefined }, /^Not a Track Alert tracking event: gmtActivityDate: required \(or localActivityDate with gmtOffset\)/],
    ])('should refuse %s (400) with the reason', async (_what, body, reason) => {
      const res = await push(body);
      expect(res.status).toBe(400);
      const answer = (await res.json()) as { error: { code: string; message: string } };
      expect(answer.error.code).toBe('BadArgument');
      expect(answer.error.message).toMatch(reason);
      expect(changes).toEqual([]);
    });
  });
}

describeTrackAlert('SQLite', async () => {
  const store = await openStore('sqlite::memory:');
  await store.importDataset(tinyDataset());
  return store;
});

await describePostgres('PostgreSQL', (serverUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    await db?.drop();
  });
  describeTrackAlert('PostgreSQL', async () => {
    const store = await PostgresStore.open(db.url);
    await emptyAllTables(db.url);
    await store.importDataset(tinyDataset());
    return store;
  });
});

describe('a demo server without the Track Alert credential', () => {
  const sqliteWithData = async () => {
    const store = await openStore('sqlite::memory:');
    await store.importDataset(tinyDataset());
    return store;
  };

  test.each([
    { name: 'takes a push from its own machine without a credential (carrier-assist demo-alert)', env: {}, status: 200 },
    { name: 'has no webhook when demo data is off', env: { DEMO_DATA: 'off' }, status: 404 },
  ])('$name', async ({ env, status }) => {
    const app = await buildApp({ config: loadConfig(env), store: await sqliteWithData(), clock: new FixedClock('2026-03-21T14:00:00Z'), logger: pino({ level: 'silent' }) });
    const server = await app.listen(0, '127.0.0.1');
    try {
      const res = await fetch(new URL(TRACK_ALERT_PATH, server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(deliveryMessage()) });
      expect(res.status).toBe(status);
      if (status === 200) expect(await app.store.shipments.byTrackingNumber(PARCEL)).toMatchObject({ status: 'delivered' });
    } finally {
      await server.close();
      await app.close();
    }
  });

  test('refuses a push from another machine with the reason, and changes nothing', async () => {
    const store = await sqliteWithData();
    const web = express();
    web.use(trackAlertRouter({ config: null, store, changes: new ShipmentStatusChanges(), clock: new FixedClock('2026-03-21T14:00:00Z'), logger: pino({ level: 'silent' }), peerAddress: () => '203.0.113.7' }));
    web.use(errorHandler(pino({ level: 'silent' })));
    const server = web.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${TRACK_ALERT_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(deliveryMessage()) });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('from its own machine only');
      expect((await store.shipments.byTrackingNumber(PARCEL))?.status).not.toBe('delivered');
    } finally {
      server.close();
      await store.close();
    }
  });
});
