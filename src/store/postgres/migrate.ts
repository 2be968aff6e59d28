/** Applies the PostgreSQL migrations once, even when several instances start at the same moment, and the other start-up locks. */
import type pg from 'pg';
import type { Migration } from '../migrations.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';
import { holdConnection } from './pool.ts';

/**
 * The session-level advisory lock that serialises migration runs across every process on the
 * database: an arbitrary constant (pg_advisory_lock takes a bigint), shared by all versions of the app.
 */
export const MIGRATION_LOCK_KEY = '4172659302117540097';

/**
 * Takes the advisory lock, then applies each migration not yet in schema_migrations in its own
 * transaction (PostgreSQL DDL is transactional) and records it there. A second instance waits for
 * the lock, then finds everything applied. The lock is released on the way out; if anything fails
 * the connection is discarded, which releases it too.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<void> {
  // Held with an 'error' listener: a server restart during the migrations fails them, not the process.
  const held = await holdConnection(pool);
  const { client } = held;
  let failure: Error | undefined;
  let current: Migration | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      current = m;
      await client.query('BEGIN');
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      await client.query('COMMIT');
      current = undefined;
    }
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  } catch (error) {
    failure = error as Error;
    if (!current) throw error;
    throw new Error(`migration ${current.version} (${current.name}) failed: ${failure.message}`, { cause: failure });
  } finally {
    // Destroying the connection on failure rolls back an open transaction and drops the lock.
    held.release(failure);
  }
}

/**
 * Runs `work` holding the session advisory lock named `name` (hashed to a bigint) on a connection of
 * its own, so every process on the database runs work under that name one at a time. The lock goes
 * with the connection: released on the way out, or by the server when the connection is lost.
 */
export async function underAdvisoryLock<T>(pool: pg.Pool, name: string, work: () => Promise<T>): Promise<T> {
  const held = await holdConnection(pool);
  try {
    await held.client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
    const result = await work();
    await held.client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]);
    held.release();
    return result;
  } catch (error) {
    held.release(error as Error); // discarded: its lock goes with it
    throw error;
  }
}
