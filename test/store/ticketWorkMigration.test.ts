/**
 * Migration 13 (tickets as work) on tickets written before it: every old row gets the queue its
 * category and account give and the state people now work in ('open' was nobody on it yet, 'pending'
 * an agent had it), and the one-open-ticket-per-parcel rule still holds for the new open states.
 */
import { describe, expect, test } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/migrations.ts';
import { migrateSqlite, openSqliteDatabase } from '../../src/store/sqlite/sqliteStore.ts';

const AT = '2026-03-20T09:00:00.000Z';

function databaseAtMigration12() {
  const db = openSqliteDatabase(':memory:');
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= 12)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, AT);
  }
  db.prepare('INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?)').run('A1B2C3', 'Alpha', 'standard', 'CN', 1, AT);
  db.prepare('INSERT INTO accounts VALUES (?, ?, ?, ?, ?, ?)').run('Z9Y8X7', 'Zeta', 'enterprise_vip', 'US', 1, AT);
  const insert = db.prepare(
    `INSERT INTO tickets (number, category, priority, state, account_number, tracking_numbers, subject, details, assignee, created_at, updated_at, parcel)
     VALUES (?, ?, 'normal', ?, ?, '[]', 's', '{}', ?, ?, ?, ?)`,
  );
  const rows: [string, string, string, string | null, string | null, string | null][] = [
    ['CA-000001', 'customs', 'open', 'A1B2C3', null, '1Z1'],
    ['CA-000002', 'billing_dispute', 'pending', 'A1B2C3', 'a-1', null],
    ['CA-000003', 'damage', 'resolved', 'A1B2C3', 'a-1', '1Z2'],
    ['CA-000004', 'customs', 'closed', 'Z9Y8X7', null, null],
    ['CA-000005', 'general', 'open', null, null, null],
  ];
  for (const [number, category, state, account, assignee, parcel] of rows) insert.run(number, category, state, account, assignee, AT, AT, parcel);
  return db;
}

describe('migration 13: tickets as work', () => {
  test('should give old tickets their queue and the state people now work in', () => {
    const db = databaseAtMigration12();
    migrateSqlite(db);
    const rows = db.prepare('SELECT number, queue, state, first_response_at FROM tickets ORDER BY number').all();
    expect(rows).toEqual([
      { number: 'CA-000001', queue: 'customs', state: 'new', first_response_at: null },
      { number: 'CA-000002', queue: 'billing', state: 'open', first_response_at: null },
      { number: 'CA-000003', queue: 'support', state: 'resolved', first_response_at: null },
      { number: 'CA-000004', queue: 'vip', state: 'closed', first_response_at: null },
      { number: 'CA-000005', queue: 'support', state: 'new', first_response_at: null },
    ]);
    db.close();
  });

  test('should still refuse a second open ticket on a parcel, in any open state, and allow one beside a resolved one', () => {
    const db = databaseAtMigration12();
    migrateSqlite(db);
    const insert = db.prepare(
      `INSERT INTO tickets (number, category, priority, state, queue, tracking_numbers, subject, details, created_at, updated_at, parcel)
       VALUES (?, ?, 'normal', ?, 'support', '[]', 's', '{}', ?, ?, ?)`,
    );
    db.prepare("UPDATE tickets SET state = 'waiting_on_customer' WHERE number = 'CA-000001'").run();
    expect(() => insert.run('CA-000010', 'customs', 'new', AT, AT, '1Z1')).toThrow(/UNIQUE/);
    expect(() => insert.run('CA-000011', 'damage', 'new', AT, AT, '1Z2')).not.toThrow();
    db.close();
  });
});
