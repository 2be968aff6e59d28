/**
 * The demo data set in parts (generateDatasetParts) and its load (loadDemoDataset): the parts are the
 * whole data set row for row, only a part (a fortieth) at a time is in memory, the load reports its progress after
 * each part and is one transaction on both stores (a load cut short leaves the database empty).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DATASET_PARTS, generateDataset, generateDatasetParts, loadDemoDataset, loadPercent, plannedShipments, type LoadProgress } from '../../src/demo/index.ts';
import { openStore } from '../../src/store/openStore.ts';
import { PostgresStore } from '../../src/store/postgres/postgresStore.ts';
import type { DatasetPart } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestDatabase, describePostgres, emptyAllTables, type TestDatabase } from '../store/postgresTestDatabase.ts';

const OPTIONS = { seed: 42, now: new Date('2026-03-20T09:00:00Z'), scale: 'small' as const };

/** The parts of the small data set, then a failure: a load that breaks off in the middle. */
function* brokenOff(): Generator<DatasetPart> {
  let n = 0;
  for (const part of generateDatasetParts(OPTIONS)) {
    yield part;
    if (++n === 4) throw new Error('the generator broke off');
  }
}

describe('generateDatasetParts', () => {
  const parts = [...generateDatasetParts(OPTIONS)];

  test('should be generateDataset part by part, row for row', () => {
    const joined = { accounts: [], users: [], memberships: [], identities: [], shipments: [], events: [], invoices: [] } as Record<string, unknown[]>;
    for (const part of parts) for (const [key, rows] of Object.entries(part)) joined[key]!.push(...rows);
    expect(JSON.stringify(joined)).toBe(JSON.stringify(generateDataset(OPTIONS)));
  });

  test('should give the accounts and users first, the invoices last, and the shipments in some forty parts', () => {
    expect(Object.keys(parts[0]!)).toEqual(['accounts', 'users', 'memberships', 'identities']);
    expect(Object.keys(parts.at(-1)!)).toEqual(['invoices']);
    const shipmentParts = parts.slice(1, -1);
    expect(shipmentParts.length).toBeGreaterThanOrEqual(DATASET_PARTS - 1);
    expect(shipmentParts.length).toBeLessThanOrEqual(DATASET_PARTS + 1);
    for (const part of shipmentParts) expect(part.shipments!.length).toBeLessThanOrEqual(Math.ceil(plannedShipments('small') / DATASET_PARTS) + 10);
    // Each shipment's events travel with it.
    for (const part of shipmentParts) expect(new Set(part.events!.map((e) => e.trackingNumber))).toEqual(new Set(part.shipments!.map((s) => s.trackingNumber)));
  });
});

function describeLoad(name: string, open: () => Promise<Store>): void {
  describe(`loadDemoDataset on ${name}`, () => {
    test('should load the whole data set and report its progress after each part, up to 100%', async () => {
      const store = await open();
      try {
        const heard: LoadProgress[] = [];
        const loaded = await loadDemoDataset(store, OPTIONS, (p) => heard.push(p));
        const whole = generateDataset(OPTIONS);
        expect(loaded).toEqual({ accounts: whole.accounts.length, users: whole.users.length, shipments: whole.shipments.length, events: whole.events.length });
        expect(await store.accounts.list()).toHaveLength(whole.accounts.length);
        const last = whole.shipments.at(-1)!;
        expect(await store.shipments.byTrackingNumber(last.trackingNumber)).toEqual(last);
        expect(await store.shipments.events(last.trackingNumber)).toEqual(whole.events.filter((e) => e.trackingNumber === last.trackingNumber));
        const percents = heard.map(loadPercent);
        expect(percents).toEqual([...percents].sort((a, b) => a - b));
        expect(percents.length).toBeGreaterThanOrEqual(DATASET_PARTS - 1);
        expect(heard.at(-1)).toEqual({ shipments: whole.shipments.length, planned: plannedShipments('small') });
      } finally {
        await store.close();
      }
    });

    test('should leave the database empty when the load breaks off', async () => {
      const store = await open();
      try {
        await expect(store.importDatasetParts(brokenOff())).rejects.toThrow('the generator broke off');
        expect(await store.isEmpty()).toBe(true);
        // And a load after it starts from nothing.
        await loadDemoDataset(store, OPTIONS);
        expect(await store.isEmpty()).toBe(false);
        expect(await store.shipments.countForAccount(whole().shipments[0]!.accountNumber)).toBe(whole().shipments.filter((s) => s.accountNumber === whole().shipments[0]!.accountNumber).length);
      } finally {
        await store.close();
      }
    });

    test('should refuse a data set whose shipments name an account it does not hold, and stay empty', async () => {
      const store = await open();
      try {
        const { accounts, shipments, events } = whole();
        const orphan = { ...shipments[0]!, accountNumber: 'ZZZZZZ' };
        await expect(store.importDatasetParts([{ accounts }, { shipments: [orphan], events: events.filter((e) => e.trackingNumber === orphan.trackingNumber) }])).rejects.toThrow(/foreign key|does not hold/);
        expect(await store.isEmpty()).toBe(true);
      } finally {
        await store.close();
      }
    });
  });
}

let wholeSet: ReturnType<typeof generateDataset> | undefined;
const whole = () => (wholeSet ??= generateDataset(OPTIONS));

describeLoad('SQLite', () => openStore('sqlite::memory:'));

await describePostgres('loadDemoDataset on PostgreSQL', (serverUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    await db?.drop();
  });
  describeLoad('PostgreSQL', async () => {
    const store = await PostgresStore.open(db.url);
    await emptyAllTables(db.url);
    return store;
  });
});
