/**
 * Migration 13 (tickets as work) on tickets written before it, on SQLite and PostgreSQL: every old row
 * gets the queue its category and account give and the state people now work in ('open' was nobody on
 * it yet, 'pending' an agent had it), and one open ticket per parcel and category still holds in every
 * new open state.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { migratePostgres } from '../../src/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.ts';
import { createPool } from '../../src/store/postgres/pool.ts';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { migrateSqlite, openSqliteDatabase } from '../../src/store/sqlite/sqliteStore.ts';
import { createTestDatabase, describePostgres, type TestDatabase } from './postgresTestDatabase.ts';

const AT = '2026-03-20T09:00:00.000Z';

/** A database at migration 12 or after all of them: its SQL with `?` parameters (numbered for PostgreSQL). */
interface OldDatabase {
  run(sql: string, params?: unknown[]): Promise<void>;
  rows(sql: string): Promise<unknown[]>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const OLD_ROWS: [string, string, string, string | null, string | null, string | null][] = [
  ['CA-000001', 'customs', 'open', 'A1B2C3', null, '1Z1'],
  ['CA-000002', 'billing_dispute', 'pending', 'A1B2C3', 'a-1', null],
  ['CA-000003', 'damage', 'resolved', 'A1B2C3', 'a-1', '1Z2'],
  ['CA-000004', 'customs', 'closed', 'Z9Y8X7', null, null],
  ['CA-000005', 'general', 'open', null, null, null],
];

async function withOldTickets(db: OldDatabase): Promise<OldDatabase> {
  await db.run('INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?)', ['A1B2C3', 'Alpha', 'standard', 'CN', 1, AT]);
  await db.run('INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?)', ['Z9Y8X7', 'Zeta', 'enterprise_vip', 'US', 1, AT]);
  for (const [number, category, state, account, assignee, parcel] of OLD_ROWS) {
    await db.run(
      `INSERT INTO tickets (number, category, priority, state, account_number, tracking_numbers, subject, details, assignee, created_at, updated_at, parcel)
       VALUES (?, ?, 'normal', ?, ?, '[]', 's', '{}', ?, ?, ?, ?)`,
      [number, category, state, account, assignee, AT, AT, parcel],
    );
  }
  return db;
}

function sqliteAtMigration12(): OldDatabase {
  const db = openSqliteDatabase(':memory:');
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= 12)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, AT);
  }
  return {
    run: async (sql, params = []) => void db.prepare(sql).run(...params),
    rows: async (sql) => db.prepare(sql).all(),
    migrate: async () => migrateSqlite(db),
    close: async () => void db.close(),
  };
}

async function postgresAtMigration12(url: string): Promise<OldDatabase> {
  const pool = createPool(url, { max: 2 });
  await migratePostgres(pool, POSTGRES_MIGRATIONS.filter((m) => m.version <= 12));
  const numbered = (sql: string) => sql.replace(/\?/g, ((n) => () => `$${++n}`)(0));
  return {
    run: async (sql, params = []) => void (await pool.query(numbered(sql), params)),
    rows: async (sql) => (await pool.query(sql)).rows,
    migrate: () => migratePostgres(pool),
    close: () => pool.end(),
  };
}

function describeMigration13(name: string, open: () => Promise<OldDatabase>): void {
  describe(`migration 13 on ${name}: tickets as work`, () => {
    test('should give old tickets their queue and the state people now work in', async () => {
      const db = await withOldTickets(await open());
      try {
        await db.migrate();
        expect(await db.rows('SELECT number, queue, state, first_response_at FROM tickets ORDER BY number')).toEqual([
          { number: 'CA-000001', queue: 'customs', state: 'new', first_response_at: null },
          { number: 'CA-000002', queue: 'billing', state: 'open', first_response_at: null },
          { number: 'CA-000003', queue: 'support', state: 'resolved', first_response_at: null },
          { number: 'CA-000004', queue: 'vip', state: 'closed', first_response_at: null },
          { number: 'CA-000005', queue: 'support', state: 'new', first_response_at: null },
        ]);
      } finally {
        await db.close();
      }
    });

    test('should still refuse a second open ticket on a parcel, in any open state, and allow one beside a resolved one', async () => {
      const db = await withOldTickets(await open());
      try {
        await db.migrate();
        const insert = (number: string, category: string, parcel: string) =>
          db.run(
            `INSERT INTO tickets (number, category, priority, state, queue, tracking_numbers, subject, details, created_at, updated_at, parcel)
             VALUES (?, ?, 'normal', 'new', 'support', '[]', 's', '{}', ?, ?, ?)`,
            [number, category, AT, AT, parcel],
          );
        await db.run("UPDATE tickets SET state = 'waiting_on_customer' WHERE number = 'CA-000001'");
        await expect(insert('CA-000010', 'customs', '1Z1')).rejects.toThrow(/unique/i);
        await expect(insert('CA-000011', 'damage', '1Z2')).resolves.toBeUndefined();
      } finally {
        await db.close();
      }
    });
  });
}

describeMigration13('SQLite', async () => sqliteAtMigration12());

await describePostgres('migration 13 on PostgreSQL', (serverUrl) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const d of databases) await d.drop();
  });
  describeMigration13('PostgreSQL', async () => {
    const d = await createTestDatabase(serverUrl);
    databases.push(d);
    return postgresAtMigration12(d.url);
  });
});
