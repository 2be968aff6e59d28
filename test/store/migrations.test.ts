/**
 * One migration source for both databases (src/store/migrations.ts): the schema it gives SQLite and
 * PostgreSQL is the same (tables, columns, keys, uniques, foreign keys, indexes and their predicates),
 * and a database the code before it created (left at migration 9: test/fixtures/store/) is recognised
 * for what it holds and upgraded, keeping its rows.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, afterAll, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { PostgresStore } from '../../src/store/postgres/postgresStore.ts';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { migrateSqlite, openSqliteDatabase } from '../../src/store/sqlite/sqliteStore.ts';
import { createTestDatabase, describePostgres, withServer, type TestDatabase } from './postgresTestDatabase.ts';
import { describePostgresSchema, describeSqliteSchema, type SchemaDescription } from './schemaDescription.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/store/${name}`, import.meta.url), 'utf8');
/** When the fixtures' migrations were applied (fixed by the script that made them). */
const FIXTURE_APPLIED_AT = '2026-12-01T09:00:00.000Z';

function freshSqliteSchema(): SchemaDescription {
  const db = openSqliteDatabase(':memory:');
  try {
    migrateSqlite(db);
    return describeSqliteSchema(db);
  } finally {
    db.close();
  }
}

describe('the migration source', () => {
  test('should give both stores every migration, in order, under the versions databases already record', () => {
    const versions = MIGRATIONS.map((m) => [m.version, m.name]);
    // Increasing, never repeated. (Parts working in parallel are given their versions in advance, so a branch may
    // skip the numbers of another's; once all are merged they run 1, 2, 3 … again.)
    expect(versions.every(([v], i) => i === 0 ? v === 1 : Number(v) > Number(versions[i - 1]![0]))).toBe(true);
    expect(SQLITE_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(versions);
    expect(POSTGRES_MIGRATIONS.map((m) => [m.version, m.name])).toEqual(versions);
  });

  test('should describe a schema with every kind of index (the comparisons below compare something)', () => {
    const schema = freshSqliteSchema();
    expect(Object.keys(schema.tables)).toHaveLength(37);
    expect(schema.tables['users']!.uniques).toEqual([['email']]);
    expect(schema.tables['tickets']!.columns.find((c) => c.name === 'id')).toEqual({ name: 'id', kind: 'integer', notNull: true, default: null, ownId: true });
    expect(schema.tables['shipment_events']!.foreignKeys).toEqual(['tracking_number -> shipments(tracking_number)']);
    expect(schema.indexes['users_email_lower']).toEqual({ table: 'users', unique: false, on: 'lower(email)', where: null });
    expect(schema.indexes['media_provider']).toEqual({ table: 'media', unique: true, on: 'channel_id,provider_media_id', where: null });
    expect(schema.indexes['outbox_deliveries_pending']).toEqual({ table: 'outbox_deliveries', unique: false, on: 'conversation_id,id', where: "status = 'pending'" });
  });
});

describe('SQLite migrations', () => {
  test('should upgrade a database the code before the shared source left at migration 9, keeping its rows', () => {
    const db = openSqliteDatabase(':memory:');
    try {
      db.exec(fixture('sqlite-v9.sql'));
      migrateSqlite(db);
      const applied = db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all() as { version: number; applied_at: string }[];
      expect(applied.map((m) => m.version)).toEqual(SQLITE_MIGRATIONS.map((m) => m.version));
      expect(applied.slice(0, 9).map((m) => m.applied_at)).toEqual(Array(9).fill(FIXTURE_APPLIED_AT));
      expect(applied[9]!.applied_at).not.toBe(FIXTURE_APPLIED_AT);
      expect(describeSqliteSchema(db)).toEqual(freshSqliteSchema());
      expect(db.prepare('SELECT number FROM accounts').all()).toEqual([{ number: '5W8A3K' }]);
      // Migration 10 added the claim to the message that was already there.
      expect(db.prepare('SELECT id, to_address, claimed_until FROM outbox').all()).toEqual([{ id: 1, to_address: 'alice@example.com', claimed_until: null }]);
      migrateSqlite(db);
      expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: SQLITE_MIGRATIONS.length });
    } finally {
      db.close();
    }
  });
});

await describePostgres('PostgreSQL migrations', (serverUrl) => {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const d = await createTestDatabase(serverUrl);
    databases.push(d);
    return d;
  };
  let sqlite: SchemaDescription;
  beforeAll(() => {
    sqlite = freshSqliteSchema();
  });
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });

  test('should give PostgreSQL the schema SQLite gets from the same source', async () => {
    const d = await fresh();
    await (await PostgresStore.open(d.url)).close();
    const postgres = await withServer(d.url, describePostgresSchema);
    expect(postgres).toEqual(sqlite);
  });

  test('should upgrade a database the code before the shared source left at migration 9, keeping its rows', async () => {
    const d = await fresh();
    // pg_dump's file sets the session's search_path: it runs on a connection of its own.
    await withServer(d.url, (client) => client.query(fixture('postgres-v9.sql')));
    await (await PostgresStore.open(d.url)).close();
    await withServer(d.url, async (client) => {
      const applied = (await client.query<{ version: number; applied_at: string }>('SELECT version, applied_at FROM schema_migrations ORDER BY version')).rows;
      expect(applied.map((m) => m.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      expect(applied.slice(0, 9).map((m) => m.applied_at)).toEqual(Array(9).fill(FIXTURE_APPLIED_AT));
      expect(await describePostgresSchema(client)).toEqual(sqlite);
      expect((await client.query('SELECT number FROM accounts')).rows).toEqual([{ number: '5W8A3K' }]);
      expect((await client.query('SELECT id::int, to_address, claimed_until FROM outbox')).rows).toEqual([{ id: 1, to_address: 'alice@example.com', claimed_until: null }]);
      // The identity carries on after the dumped row.
      const next = await client.query("INSERT INTO outbox (to_address, subject, body_text, created_at) VALUES ('b@example.com', 's', 'b', 'x') RETURNING id::int");
      expect(next.rows).toEqual([{ id: 2 }]);
    });
  });
});
