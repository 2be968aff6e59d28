/** The connection pool behind the PostgreSQL store, and the transaction helper its repositories share. */
import pg from 'pg';

const JSON_AS_TEXT = new Set<number>([pg.types.builtins.JSON, pg.types.builtins.JSONB]);

/**
 * JSON and jsonb columns come back as their text, like SQLite's TEXT, so both stores share the row
 * mapping in ../rows.ts; every other type keeps pg's parser (float8 and int4 to number, int8 to string).
 */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    JSON_AS_TEXT.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export interface PoolOptions {
  /** Connections at most (pg's default is 10). */
  max?: number;
}

export function createPool(databaseUrl: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    types,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    application_name: 'carrier-assist',
  });
  // An idle connection that the server drops (restart, failover) must not crash the process: the
  // pool discards it, and the next query opens a new one or fails with the real cause.
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error; // the connection is unusable: do not hand it back to the pool
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/** `postgres://user@host:port/db` with any password removed, for messages and logs. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://… (unparsable URL)';
  }
}
