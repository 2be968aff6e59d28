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
    throw new Error(
      'DATABASE_URL: PostgreSQL support is not built yet; use sqlite:<file> (the default) or sqlite::memory:',
    );
  }
  throw new Error(`DATABASE_URL: unsupported scheme in "${databaseUrl}"`);
}
