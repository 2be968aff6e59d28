/**
 * An instance started while its PostgreSQL server cannot be reached yet (starting, restarting,
 * failing over) waits for it instead of exiting: connections are refused for a while, then a
 * server answers on the same address, and the store opens (migrated) once it does.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PostgresStore } from '../../../src/store/postgres/postgresStore.ts';
import { createTestDatabase, describePostgres, queryOnce, type TestDatabase } from '../postgresTestDatabase.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

await describePostgres('a start while the database cannot be reached yet', (serverUrl) => {
  let db: TestDatabase;
  let proxy: Server | null = null;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    proxy?.close();
    // The relayed backends end once their sockets are gone: dropping the database before that would
    // have to terminate them, which a backend still starting up refuses to a non-superuser.
    for (let i = 0; i < 50; i++) {
      const [row] = await queryOnce<{ n: string }>(serverUrl, 'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [db.name]);
      if (Number(row!.n) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await db?.drop();
  });

  test('should wait for the server, saying so, and open once it answers', { timeout: 30_000 }, async () => {
    const target = new URL(db.url);
    const port = await freePort();
    const url = new URL(db.url);
    url.port = String(port);
    // Nothing listens for 2.5 s (connections refused), then a relay to the real server does.
    setTimeout(() => {
      proxy = createServer((client) => {
        const upstream = connect(Number(target.port || 5432), target.hostname);
        sockets.push(client, upstream);
        client.pipe(upstream).pipe(client);
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      }).listen(port, '127.0.0.1');
    }, 2500);
    const waits: string[] = [];
    const store = await PostgresStore.open(url.toString(), { waitForServerMs: 20_000, onWait: (reason) => waits.push(reason) });
    try {
      expect(waits.length).toBeGreaterThanOrEqual(1);
      expect(waits[0]).toMatch(/ECONNREFUSED/);
      expect(await store.isEmpty()).toBe(true);
    } finally {
      await store.close();
    }
  });

  test('should give up with the reason when the server stays away longer than the wait', async () => {
    const url = new URL(db.url);
    url.port = String(await freePort());
    const waits: string[] = [];
    await expect(PostgresStore.open(url.toString(), { waitForServerMs: 2_500, onWait: (reason) => waits.push(reason) })).rejects.toThrow(/ECONNREFUSED/);
    expect(waits.length).toBeGreaterThanOrEqual(1);
  });
});
