/**
 * The pool under connections the server drops (pg_terminate_backend on this file's own database,
 * what a restart or failover does to a client): no error escapes to the process, transactions and
 * reads are run again on a new connection, and none is applied twice.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createPool, holdConnection, inTransaction } from '../../../src/store/postgres/pool.ts';
import { createTestDatabase, describePostgres, queryOnce, terminateBackends, type TestDatabase } from '../postgresTestDatabase.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

await describePostgres('the PostgreSQL pool when the server drops connections', (serverUrl) => {
  let db: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    pool = createPool(db.url);
    await pool.query('CREATE TABLE writes (id integer PRIMARY KEY, worker integer NOT NULL)');
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  test('should apply every transaction exactly once and answer every read through 15 drops', async () => {
    const committed: number[] = [];
    let reads = 0;
    let next = 0;
    let stop = false;
    const workers = Array.from({ length: 6 }, async (_, worker) => {
      while (!stop) {
        const id = next++;
        // Two statements and a pause in between: drops land before, inside and at the COMMIT.
        await inTransaction(pool, async (client) => {
          await client.query('INSERT INTO writes (id, worker) VALUES ($1, $2)', [id, worker]);
          await client.query('SELECT pg_sleep(0.005)');
        });
        committed.push(id);
        const { rowCount } = await pool.query('SELECT count(*) FROM writes');
        reads += rowCount ?? 0;
      }
    });
    let ended = 0;
    for (let i = 0; i < 15; i++) {
      await sleep(60);
      ended += await terminateBackends(db);
    }
    stop = true;
    await Promise.all(workers);
    const stored = await queryOnce<{ id: number }>(db.url, 'SELECT id FROM writes ORDER BY id');
    expect(ended).toBeGreaterThan(15);
    expect(stored.map((r) => r.id)).toEqual([...committed].sort((a, b) => a - b));
    expect(reads).toBe(committed.length);
  });

  test('should keep the process up when a held connection is dropped between statements, and discard it', async () => {
    const held = await holdConnection(pool);
    const pid = (await held.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await queryOnce(db.url, 'SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; i < 50 && !held.lost(); i++) await sleep(10);
    expect(held.lost()?.message).toMatch(/terminating connection|Connection terminated/);
    held.release();
    const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(rows[0]!.pid).not.toBe(pid);
  });

  test('should run a transaction that lost a deadlock again, so both sides commit', async () => {
    await pool.query('CREATE TABLE pair (id integer PRIMARY KEY, n integer NOT NULL)');
    await pool.query('INSERT INTO pair VALUES (1, 0), (2, 0)');
    let waiting = 0;
    let go!: () => void;
    const bothHoldOne = new Promise<void>((resolve) => (go = resolve));
    let attempts = 0;
    // Each locks one row, waits until the other holds its own, then asks for the other's: PostgreSQL aborts one (40P01).
    const side = (first: number, second: number) =>
      inTransaction(pool, async (client) => {
        attempts++;
        await client.query('UPDATE pair SET n = n + 1 WHERE id = $1', [first]);
        if (++waiting === 2) go();
        await bothHoldOne;
        await client.query('UPDATE pair SET n = n + 1 WHERE id = $1', [second]);
      });
    await Promise.all([side(1, 2), side(2, 1)]);
    expect(attempts).toBe(3);
    expect((await pool.query<{ n: number }>('SELECT n FROM pair ORDER BY id')).rows.map((r) => r.n)).toEqual([2, 2]);
  });
});
