/**
 * The broadcast between instances when the listening connection is dropped (its backend terminated,
 * as a restart or failover would): the listener reconnects within seconds, reads what was published
 * meanwhile from the store and delivers every message once; it says it cannot hear the others while
 * it is down, and logs the drop and the catch-up.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PostgresStore } from '../../../src/store/postgres/postgresStore.ts';
import { capturedLogger } from '../../support/logLines.ts';
import { createTestDatabase, describePostgres, terminateBackends, type TestDatabase } from '../postgresTestDatabase.ts';

/** Terminates the listening connections on the test database (the instances' LISTEN backends). */
const dropListeners = (db: TestDatabase) => terminateBackends(db, 'carrier-assist listener');

await describePostgres('PgBroadcast when its listening connection is dropped', (serverUrl) => {
  let db: TestDatabase;
  let a: PostgresStore;
  let b: PostgresStore;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    a = await PostgresStore.open(db.url);
    b = await PostgresStore.open(db.url);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  test('should deliver every message published while it reconnected, once, and say meanwhile that it cannot hear the others', async () => {
    const { logger, lines } = capturedLogger('info');
    b.broadcast.useLogger(logger);
    const heard: number[] = [];
    b.broadcast.subscribe('activity', (m) => heard.push(Number(m['n'])));
    await b.broadcast.ready();
    for (let n = 0; n < 5; n++) await a.broadcast.publish('activity', { n });
    await expect.poll(() => heard.length).toBe(5);

    expect(await dropListeners(db)).toBe(1);
    await expect.poll(() => b.broadcast.status().hearing).toBe(false);
    expect(b.broadcast.status()).toMatchObject({ hearing: false, reason: expect.stringMatching(/terminating connection|Connection terminated/) });
    for (let n = 5; n < 35; n++) await a.broadcast.publish('activity', { n });

    await expect.poll(() => heard.length, { timeout: 5000 }).toBe(35);
    expect(heard.sort((x, y) => x - y)).toEqual(Array.from({ length: 35 }, (_, n) => n));
    expect(b.broadcast.status()).toEqual({ hearing: true });
    expect(lines.map((l) => l['msg'])).toEqual([
      'broadcast: lost the connection that hears the other instances; reconnecting, then catching up from the store',
      'broadcast: listening again; caught up with what the other instances published meanwhile',
    ]);
    // Those published before it listened again were caught up from the store; on a busy machine it may
    // listen again before the 30th is published, and the rest are then heard as they come.
    const missed = Number(lines[1]!['missed']);
    expect(missed).toBeGreaterThan(0);
    expect(missed).toBeLessThanOrEqual(30);
    // Nothing comes twice after the catch-up (the notifications of the missed ones went nowhere).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toHaveLength(35);
  });

  test('should not hear its own messages, before or after a drop', async () => {
    const own: unknown[] = [];
    a.broadcast.subscribe('desk', (m) => own.push(m));
    await a.broadcast.ready();
    await a.broadcast.publish('desk', { kind: 'queue' });
    await dropListeners(db);
    await expect.poll(() => a.broadcast.status().hearing, { timeout: 5000 }).toBe(false);
    await expect.poll(() => a.broadcast.status().hearing, { timeout: 5000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(own).toEqual([]);
  });
});
