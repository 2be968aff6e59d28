/**
 * The connection pool behind the PostgreSQL store, and the transaction helper its repositories share.
 * A connection the server drops (a restart, a failover, pg_terminate_backend) fails the one operation
 * that used it, never the process, and the operation is run again on a new connection where that is
 * safe (see connectionLoss.ts).
 */
import pg from 'pg';
import { isConflict, isConnectionLoss, retryingOnConnectionLoss, safeToRepeat } from './connectionLoss.ts';
import { holdConnection } from './heldConnection.ts';
import { scopeOn } from './transactionScope.ts';

export { holdConnection } from './heldConnection.ts';

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
  // pool.query holds its connection for one statement (pg-pool listens for its errors meanwhile); a
  // statement that the lost connection never ran, or that only reads, is run again on a new one.
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  pool.query = ((...args: unknown[]) => {
    if (typeof args.at(-1) === 'function') return query(...args); // callback style: left as pg has it
    // Inside a unit of work (see transactionScope.ts): on its transaction, never repeated on another connection.
    const scope = scopeOn(pool);
    if (scope) return scope.client().then((client) => (client.query as (...a: unknown[]) => Promise<unknown>)(...args));
    return retryingOnConnectionLoss(() => query(...args), (error) => safeToRepeat(statementText(args[0]), error));
  }) as typeof pool.query;
  return pool;
}

const statementText = (query: unknown): string => (typeof query === 'string' ? query : ((query as { text?: string } | null)?.text ?? ''));

/**
 * Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws
 * (inside a unit of work: in the unit's transaction).
 * A transaction whose connection was lost did not happen unless its COMMIT went through, so it is run
 * again from the start on a new connection (`work` touches nothing but the database), as is one that
 * lost a deadlock or a serialization conflict. When the
 * connection was lost during COMMIT, the transaction's id tells on a new connection whether it
 * committed (txid_status, made for exactly this): committed is success, aborted is run again.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  // Inside a unit of work the work joins its transaction (which commits or rolls back as a whole).
  const scope = scopeOn(pool);
  if (scope) return work(await scope.client());
  return retryingOnConnectionLoss(() => transactionOnce(pool, work), (error) => isConnectionLoss(error) || isConflict(error));
}

async function transactionOnce<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const held = await holdConnection(pool);
  const { client } = held;
  let broken: Error | undefined;
  let xid: string | undefined;
  let result: T;
  try {
    // One round trip: the transaction's id comes with its start.
    const started = (await client.query('BEGIN; SELECT txid_current() AS xid')) as unknown as pg.QueryResult<{ xid: string }>[];
    xid = started[1]!.rows[0]!.xid;
    result = await work(client);
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError as Error; // the connection is unusable: do not hand it back to the pool
    }
    held.release(broken);
    throw error;
  }
  try {
    await client.query('COMMIT');
    held.release();
    return result;
  } catch (error) {
    held.release(error as Error);
    if (!isConnectionLoss(error)) throw error;
    const status = await commitStatus(pool, xid!).catch(() => 'unknown');
    if (status === 'committed') return result;
    if (status === 'aborted') throw error; // a lost connection: run again
    throw new Error(`COMMIT lost its connection and its outcome is ${status}`, { cause: error });
  }
}

/** Whether transaction `xid`, whose COMMIT lost its connection, committed; asked until it is no longer in progress. */
async function commitStatus(pool: pg.Pool, xid: string): Promise<string> {
  for (let i = 0; ; i++) {
    const { rows } = await pool.query<{ status: string | null }>('SELECT txid_status($1) AS status', [xid]);
    const status = rows[0]?.status ?? 'unknown'; // null: too old to tell
    if (status !== 'in progress' || i >= 50) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
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
