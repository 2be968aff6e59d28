/**
 * A first start answers at once: `carrier-assist serve` as a real process listens, serves the chat
 * page and /healthz, says on /readyz that it is preparing, and refuses messages with 503 and a
 * Retry-After until the demo data is in; then it takes them. The window before ready is held open
 * without a hook or a timer: another instance (this test) holds the PostgreSQL lock under which
 * instances load the demo data, as when several start together.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServe, type ServeProcess } from '../support/serveProcess.ts';
import { call } from '../support/httpClient.ts';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgresTestDatabase.ts';

await describePostgres('carrier-assist serve, first start', (serverUrl) => {
  let db: TestDatabase;
  let otherInstance: pg.Client;
  let serve: ServeProcess;

  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    otherInstance = new pg.Client({ connectionString: db.url });
    await otherInstance.connect();
    // The lock `store.exclusively('demo data', …)` takes (PostgresStore.exclusively, underAdvisoryLock in src/store/postgres/migrate.ts).
    await otherInstance.query("SELECT pg_advisory_lock(hashtextextended('carrier-assist:demo data', 0))");
    serve = await startServe({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db.url, DEMO_SCALE: 'small', LOG_LEVEL: 'info' }, 'listening');
  });
  afterAll(async () => {
    if (serve && serve.child.exitCode === null) serve.child.kill('SIGKILL');
    await otherInstance?.end();
    await db?.drop();
  });

  test('should answer the page and /healthz, and say it is preparing, before the demo data is in', async () => {
    expect((await call(serve.url, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    const page = await fetch(`${serve.url}/`);
    expect([page.status, (await page.text()).includes('/webchat/chat.js')]).toEqual([200, true]);
    const ready = await call(serve.url, 'GET', '/readyz');
    expect([ready.status, ready.body]).toEqual([503, { status: 'preparing', step: 'opening', percent: null }]);
  });

  test('should refuse a message with 503 and Retry-After until it takes messages', async () => {
    const refused = await call(serve.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(serve.stdout()).not.toContain('"msg":"demo data loaded"');
  });

  test('should load the demo data once the lock is free, become ready, and take the message', async () => {
    await otherInstance.query("SELECT pg_advisory_unlock(hashtextextended('carrier-assist:demo data', 0))");
    for (;;) {
      const ready = await call<{ status: string }>(serve.url, 'GET', '/readyz');
      if (ready.status === 200) break;
      expect(ready.body.status).toMatch(/^(preparing|starting)$/);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(serve.stdout()).toContain('"msg":"demo data loaded"');
    const taken = await call<{ username: string }>(serve.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } });
    expect([taken.status, taken.body.username]).toEqual([200, 'Alice Martin']);
  });

  test('should stop cleanly on SIGTERM', async () => {
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
  });

  test('should stop at once on SIGTERM while it waits for the demo data', async () => {
    const second = await createTestDatabase(serverUrl);
    const holder = new pg.Client({ connectionString: second.url });
    await holder.connect();
    let waiting: ServeProcess | undefined;
    try {
      await holder.query("SELECT pg_advisory_lock(hashtextextended('carrier-assist:demo data', 0))");
      waiting = await startServe({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: second.url, DEMO_SCALE: 'small', LOG_LEVEL: 'info' }, 'listening');
      waiting.child.kill('SIGTERM');
      expect(await waiting.exited).toBe(0);
      expect(waiting.stdout()).toContain('"msg":"stopped before taking messages"');
      expect(waiting.stdout()).not.toContain('"msg":"empty database: loading the demo data (first start only)"');
    } finally {
      if (waiting && waiting.child.exitCode === null) waiting.child.kill('SIGKILL');
      await holder.end();
      await second.drop();
    }
  });
});
