/**
 * UPS as the carrier source through the whole app: a customer's "where is <number>?" refreshes the
 * parcel from the UPS stand-in and tells the status-change listeners; while UPS fails, the answer comes
 * from the stored copy and says how old it is.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { ShipmentStatusChange } from '../../src/shipments/statusChanges.ts';
import { makeUpsTrackingNumber } from '../../src/shipments/trackingNumber.ts';
import { openStore } from '../../src/store/openStore.ts';
import { tinyDataset } from '../store/storeContract.ts';
import { UpsStandIn } from '../support/upsStandIn.ts';

const PARCEL = makeUpsTrackingNumber('TEST01', '66', '0000001');

let ups: UpsStandIn;
let app: App;
let clock: FixedClock;
let changes: ShipmentStatusChange[];
let turn = 0;

beforeEach(async () => {
  ups = new UpsStandIn();
  ups.known.add(PARCEL);
  ups.scanDay = '20260321';
  const url = await ups.start();
  const store = await openStore('sqlite::memory:');
  await store.importDataset(tinyDataset());
  clock = new FixedClock('2026-03-21T17:00:00Z');
  app = await buildApp({ config: loadConfig({ UPS_CLIENT_ID: ups.clientId, UPS_CLIENT_SECRET: ups.clientSecret, UPS_API_URL: url }), store, clock, logger: pino({ level: 'silent' }) });
  changes = [];
  app.onShipmentStatusChange((c) => void changes.push(c));
});

afterEach(async () => {
  await app.close();
  await ups.stop();
});

async function ask(text: string): Promise<string> {
  const id = `ups-${++turn}`;
  const outcome = await app.pipeline.process({ type: 'message', id, channelId: 'test', from: { id: 'visitor' }, conversation: { id }, text }, async () => {});
  return outcome.replies.map((a) => a.text ?? '').join('\n');
}

test('should answer from UPS, and from the stored copy with its age while UPS fails', async () => {
  expect(await ask(`where is ${PARCEL}?`)).toContain(`${PARCEL}: Delivered.`);
  expect(changes.map((c) => [c.from, c.to])).toEqual([['in_transit', 'delivered']]);

  clock.advance(2 * 3_600_000);
  ups.script({ kind: 'status', status: 503 }, { kind: 'status', status: 500 }, { kind: 'status', status: 503 });
  const stale = await ask(`where is ${PARCEL}?`);

  expect(stale).toContain(`${PARCEL}: Delivered.`);
  expect(stale).toContain("This is as of 2 hr ago: UPS tracking can't be reached right now");
  expect(ups.detailRequests()).toHaveLength(4);
  expect(changes).toHaveLength(1);
});
