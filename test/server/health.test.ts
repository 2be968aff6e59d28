/** /healthz and /readyz (issue 16: not ready while the server warms up after a start; issue 17: nor while it cannot hear the other instances). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mountHealth, type Readiness } from '../../src/server/health.ts';
import { openStore } from '../../src/store/openStore.ts';
import { createPool } from '../../src/store/postgres/pool.ts';
import { PostgresStore } from '../../src/store/postgres/postgresStore.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgresTestDatabase.ts';

describe('health routes', () => {
  let store: Store;
  let server: Server;
  let url: string;
  const readiness: Readiness = { accepting: true, starting: false };

  beforeAll(async () => {
    store = await openStore('sqlite::memory:');
    const app = express();
    const router = express.Router();
    mountHealth(router, store, readiness);
    app.use(router);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  });

  test.each([
    ['warming up after a start', { accepting: true, starting: true }, 503, { status: 'starting' }],
    ['ready', { accepting: true, starting: false }, 200, { status: 'ready', store: 'sqlite' }],
    ['shutting down', { accepting: false, starting: false }, 503, { status: 'shutting_down' }],
  ])('should answer /readyz when %s', async (_when, state, status, body) => {
    Object.assign(readiness, state);
    const res = await fetch(`${url}/readyz`);
    expect([res.status, await res.json()]).toEqual([status, body]);
    // Alive whatever the readiness.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

await describePostgres('/readyz of an instance that cannot hear the others', (serverUrl) => {
  let db: TestDatabase;
  let store: PostgresStore;
  let server: Server;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    // The store answers; its listening connection goes to a port where nothing listens.
    store = new PostgresStore(createPool(db.url), 'postgres://carrier_test@127.0.0.1:1/nowhere');
    store.broadcast.subscribe('activity', () => {});
    const app = express();
    const router = express.Router();
    mountHealth(router, store, { accepting: true, starting: false });
    app.use(router);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await store?.close();
    await db?.drop();
  });

  test('should answer 503 with the reason while the broadcast is down', async () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
    await expect.poll(() => store.broadcast.status().hearing).toBe(false);
    const res = await fetch(url);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', reason: expect.stringMatching(/^broadcast: cannot hear the other instances since \d{4}-.*Z: .*ECONNREFUSED/) });
  });
});
