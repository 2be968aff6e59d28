import { PostgresStore, type StartWait } from './postgres/postgresStore.ts';
import { SqliteStore, type SqliteStoreOptions } from './sqlite/sqliteStore.ts';
import type { Store } from './store.ts';

/**
 * Opens the store that DATABASE_URL names: `sqlite:<file>`, `sqlite::memory:`, or `postgres://…`.
 * Migrations run on open. `groupCommit` (the server's store) lets a SQLite file commit the writes of
 * concurrent turns together; callers then await `store.durable()` before acting on a write outside.
 * `waitForServerMs`: how long a PostgreSQL server that refuses connections is waited for (none by default).
 */
export async function openStore(databaseUrl: string, options: SqliteStoreOptions & StartWait = {}): Promise<Store> {
  if (databaseUrl.startsWith('sqlite:')) {
    const target = databaseUrl.slice('sqlite:'.length);
    return target === ':memory:' ? SqliteStore.open(':memory:') : SqliteStore.open(target, options);
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return PostgresStore.open(databaseUrl, { waitForServerMs: options.waitForServerMs, onWait: options.onWait });
  }
  throw new Error(`DATABASE_URL: unsupported scheme in "${databaseUrl}"`);
}
