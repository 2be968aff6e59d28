/**
 * The store contract on PostgreSQL, plus what only the PostgreSQL store has: many instances on one
 * database (appends, claims and tickets racing across pools), migrations under an advisory lock,
 * and a schema that mirrors SQLite's. Needs a server: see test/support/externalParts.ts.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { MIGRATION_LOCK_KEY, migratePostgres } from '../../src/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { createPool } from '../../src/store/postgres/pool.ts';
import { PostgresStore } from '../../src/store/postgres/postgresStore.ts';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { migrateSqlite, openSqliteDatabase } from '../../src/store/sqlite/sqliteStore.ts';
import { createTestDatabase, describePostgres, queryOnce, emptyAllTables, type TestDatabase } from './postgresTestDatabase.ts';
import { describeAccessAndBillingContract } from './accessAndBillingContract.ts';
import { describeCarrierCopyContract } from './carrierCopyContract.ts';
import { AT, conversation, describeStoreContract, message, tinyDataset } from './storeContract.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

await describePostgres('PostgresStore', (serverUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    await db?.drop();
  });

  describeStoreContract('PostgresStore', async () => {
    const store = await PostgresStore.open(db.url);
    await emptyAllTables(db.url);
    return store;
  });
  describeAccessAndBillingContract('PostgresStore', async () => {
    const store = await PostgresStore.open(db.url);
    await emptyAllTables(db.url);
    return store;
  });
  describeCarrierCopyContract('PostgresStore', async () => {
    const store = await PostgresStore.open(db.url);
    await emptyAllTables(db.url);
    return store;
  });

  test('should keep the events\' foreign key after an import checked it once', async () => {
    const store = await PostgresStore.open(db.url);
    try {
      await emptyAllTables(db.url);
      await store.importDataset(tinyDataset());
      const fks = await queryOnce<{ def: string }>(
        db.url,
        "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND conrelid = 'shipment_events'::regclass",
      );
      expect(fks.map((f) => f.def)).toEqual(['FOREIGN KEY (tracking_number) REFERENCES shipments(tracking_number)']);
      await expect(
        queryOnce(db.url, "INSERT INTO shipment_events VALUES ('1ZNOSUCHSHIPMENT00', 0, 'x', 'x', 'x', 'x', 'x', 'x')"),
      ).rejects.toThrow(/foreign key/);
    } finally {
      await store.close();
    }
  });

  describe('many instances on one database', () => {
    let a: PostgresStore;
    let b: PostgresStore;
    beforeAll(async () => {
      a = await PostgresStore.open(db.url);
      b = await PostgresStore.open(db.url);
      await emptyAllTables(db.url);
      await a.importDataset(tinyDataset());
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    test('should number 200 concurrent appends from two instances 0..199 without gaps or duplicates', async () => {
      await a.conversations.ensure(conversation('race'), AT);
      await b.conversations.ensure(conversation('race'), AT);
      const stored = await Promise.all(range(200).map((i) => (i % 2 ? a : b).activities.append('race', 'in', message('race', `m${i}`))));
      expect(stored.map((s) => s.seq).sort((x, y) => x - y)).toEqual(range(200));
      const listed = await a.activities.list('race');
      expect(listed.map((s) => s.seq)).toEqual(range(200));
      // Each returned position is the one stored for that activity.
      const byText = new Map(listed.map((s) => [s.activity.text, s.seq]));
      for (const s of stored) expect(byText.get(s.activity.text)).toBe(s.seq);
      expect(await b.activities.count('race')).toBe(200);
    });

    test('should keep conversations apart while both are appended to at once', async () => {
      await a.conversations.ensure(conversation('left'), AT);
      await a.conversations.ensure(conversation('right'), AT);
      await Promise.all(range(60).map((i) => (i % 3 ? a : b).activities.append(i % 2 ? 'left' : 'right', 'out', message('x', `m${i}`))));
      expect((await b.activities.list('left')).map((s) => s.seq)).toEqual(range(30));
      expect((await b.activities.list('right')).map((s) => s.seq)).toEqual(range(30));
    });

    test('should let exactly one instance claim a delivery', async () => {
      const results = await Promise.all(range(30).map((i) => (i % 2 ? a : b).receipts.claim('whatsapp', 'wamid.both', AT)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    test('should give concurrent tickets distinct consecutive numbers', async () => {
      const base = { category: 'general' as const, priority: 'low' as const, conversationId: null, accountNumber: null, userId: null, trackingNumbers: [], subject: 's', details: {} };
      const tickets = await Promise.all(range(30).map((i) => (i % 2 ? a : b).tickets.create(base, AT)));
      expect(tickets.map((t) => t.number).sort()).toEqual(range(30).map((i) => `CA-${String(i + 1).padStart(6, '0')}`));
    });
  });

  describe('migrations', () => {
    const extra: TestDatabase[] = [];
    const freshDatabase = async () => {
      const d = await createTestDatabase(serverUrl);
      extra.push(d);
      return d;
    };
    afterAll(async () => {
      for (const d of extra) await d.drop();
    });

    test('should mirror the SQLite migrations one to one: versions, tables, columns and indexes', async () => {
      expect(POSTGRES_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(SQLITE_MIGRATIONS.map((m) => [m.version, m.name]));
      const sqlite = openSqliteDatabase(':memory:');
      migrateSqlite(sqlite);
      const sqliteTables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
      const sqliteColumns = Object.fromEntries(
        sqliteTables.map((t) => [t, (sqlite.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name)]),
      );
      const sqliteIndexes = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string }[]).map((i) => i.name);
      sqlite.close();

      const store = await PostgresStore.open(db.url);
      await store.close();
      const columns = await queryOnce<{ table_name: string; column_name: string }>(
        db.url,
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
      );
      const pgColumns: Record<string, string[]> = {};
      for (const c of columns) (pgColumns[c.table_name] ??= []).push(c.column_name);
      expect(pgColumns).toEqual(sqliteColumns);
      const indexes = await queryOnce<{ indexname: string }>(
        db.url,
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' ORDER BY indexname",
      );
      expect(indexes.map((i) => i.indexname)).toEqual(sqliteIndexes);
    });

    test('should apply each migration once across opens and keep the data', async () => {
      const d = await freshDatabase();
      const first = await openStore(d.url);
      expect(first.kind).toBe('postgres');
      await first.importDataset(tinyDataset());
      await first.close();
      const second = await openStore(d.url);
      await second.migrate();
      expect(await second.accounts.list()).toHaveLength(2);
      await second.close();
      const applied = await queryOnce<{ version: number; name: string }>(d.url, 'SELECT version, name FROM schema_migrations ORDER BY version');
      expect(applied.map((m) => [m.version, m.name])).toEqual(POSTGRES_MIGRATIONS.map((m) => [m.version, m.name]));
    });

    test('should migrate once when several instances open a fresh database at the same moment', async () => {
      const d = await freshDatabase();
      const stores = await Promise.all(range(4).map(() => PostgresStore.open(d.url)));
      for (const s of stores) expect(await s.isEmpty()).toBe(true);
      await Promise.all(stores.map((s) => s.close()));
      expect(await queryOnce(d.url, 'SELECT version FROM schema_migrations')).toHaveLength(POSTGRES_MIGRATIONS.length);
    });

    test('should wait for the advisory lock that another migrator holds', async () => {
      const d = await freshDatabase();
      const holder = new pg.Client({ connectionString: d.url });
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        let opened = false;
        const opening = PostgresStore.open(d.url).then((s) => {
          opened = true;
          return s;
        });
        await new Promise((r) => setTimeout(r, 400));
        expect(opened).toBe(false);
        const waiting = await holder.query(
          "SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = 'carrier-assist' AND a.datname = current_database()",
        );
        expect(waiting.rows[0].n).toBe(1);
        expect((await holder.query("SELECT to_regclass('schema_migrations') AS t")).rows[0].t).toBeNull();
        await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        const store = await opening;
        expect(await store.isEmpty()).toBe(true);
        await store.close();
      } finally {
        await holder.end();
      }
    });

    test('should roll back a failing migration, release the lock, and apply it after a fix', async () => {
      const d = await freshDatabase();
      const pool = createPool(d.url);
      try {
        const broken = [...POSTGRES_MIGRATIONS, { version: 999, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' }];
        await expect(migratePostgres(pool, broken)).rejects.toThrow(/migration 999 \(broken\) failed: .*no_such_function/);
        expect(await queryOnce(d.url, "SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
        expect((await queryOnce<{ version: number }>(d.url, 'SELECT version FROM schema_migrations')).map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
        const free = await queryOnce<{ got: boolean }>(d.url, 'SELECT pg_try_advisory_lock($1) AS got', [MIGRATION_LOCK_KEY]);
        expect(free).toEqual([{ got: true }]);
        const fixed = [...POSTGRES_MIGRATIONS, { version: 999, name: 'fixed', sql: 'CREATE TABLE half_done (id int);' }];
        await migratePostgres(pool, fixed);
        expect(await queryOnce(d.url, "SELECT to_regclass('half_done')::text AS t")).toEqual([{ t: 'half_done' }]);
      } finally {
        await pool.end();
      }
    });
  });
});
