import { PostgresStore } from './postgres/postgresStore.ts';
import { SqliteStore } from './sqlite/sqliteStore.ts';
import type { Store } from './store.ts';

/**
 * Opens the store that DATABASE_URL names: `sqlite:<file>`, `sqlite::memory:`, or `postgres://…`.
 * Migrations run on open.
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  if (databaseUrl.startsWith('sqlite:')) {
    const target = databaseUrl.slice('sqlite:'.length);
    return SqliteStore.open(target === ':memory:' ? ':memory:' : target);
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return PostgresStore.open(databaseUrl);
  }
  throw new Error(`DATABASE_URL: unsupported scheme in "${databaseUrl}"`);
}
