/**
 * Test databases on the PostgreSQL server that test/support/externalParts.ts finds: each test file
 * creates its own `ca_test_<random>` and drops it afterwards, so files run in parallel and leave
 * nothing behind. Without a server, `describePostgres` reports one skipped test naming what is
 * missing (a failure when CI=true) instead of the suite.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, test } from 'vitest';
import { findPostgres, postgres, requirePart } from '../support/externalParts.ts';

/** Runs `body(serverUrl)` as a describe block when a server answers; otherwise the skip-or-fail test. */
export async function describePostgres(name: string, body: (serverUrl: string) => void): Promise<void> {
  const found = await findPostgres();
  if (found.url === null) {
    test(`${name} (needs PostgreSQL)`, async (ctx) => {
      await requirePart(ctx, postgres);
    });
    return;
  }
  const serverUrl = found.url;
  describe(name, () => body(serverUrl));
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** `work` on a connection of its own to `serverUrl` (a server or a database), closed after. */
export async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database. Where the server has ICU it uses a natural-language collation (en-US, in
 * which "B" sorts after "a", not before it as in byte order), so the suite shows the store's ordering does not
 * depend on the database's locale.
 */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `ca_test_${randomBytes(6).toString('hex')}`;
  await withServer(serverUrl, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`);
    } catch {
      await client.query(`CREATE DATABASE ${name}`);
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => dropDatabase(serverUrl, name),
  };
}

/**
 * Empties every table but schema_migrations and restarts the ticket ids: a fresh, migrated store.
 * DELETE, children before parents, because TRUNCATE costs ~200 ms a time (new files) and the data
 * between tests is tiny.
 */
export async function emptyAllTables(databaseUrl: string): Promise<void> {
  await withServer(databaseUrl, async (client) => {
    const tables = (
      await client.query<{ t: string }>(
        "SELECT quote_ident(tablename) AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'",
      )
    ).rows.map((r) => r.t);
    const references = (
      await client.query<{ child: string; parent: string }>(
        `SELECT quote_ident(ch.relname) AS child, quote_ident(pa.relname) AS parent
           FROM pg_constraint c JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
          WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace AND c.conrelid <> c.confrelid`,
      )
    ).rows;
    const left = new Set(tables);
    const order: string[] = [];
    while (left.size) {
      const leaf = [...left].find((t) => !references.some((r) => r.parent === t && r.child !== t && left.has(r.child)));
      if (!leaf) throw new Error(`emptyAllTables: a cycle of foreign keys among ${[...left].join(', ')}`);
      order.push(leaf);
      left.delete(leaf);
    }
    const sequences = (
      await client.query<{ s: string }>('SELECT quote_ident(sequencename) AS s FROM pg_sequences WHERE schemaname = current_schema()')
    ).rows.map((r) => r.s);
    await client.query(
      [...order.map((t) => `DELETE FROM ${t};`), ...sequences.map((s) => `ALTER SEQUENCE ${s} RESTART;`)].join('\n'),
    );
  });
}

/** One short query on its own connection (for inspecting what the store wrote). */
export async function queryOnce<R extends pg.QueryResultRow>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<R[]> {
  return withServer(databaseUrl, async (client) => (await client.query<R>(sql, params)).rows);
}

/**
 * Terminates every other backend of this role on the test database (pg_terminate_backend: what a
 * server restart or a failover does to a client, without stopping the server other tests share), or
 * only those of one application_name; how many it ended.
 */
export async function terminateBackends(db: Pick<TestDatabase, 'url'>, applicationName?: string): Promise<number> {
  // Its own connection is named and spared: two drops launched close together ended each other's
  // connection mid-query (a failure of the harness, not of the servers under test).
  const client = new pg.Client({ connectionString: db.url, application_name: TERMINATOR });
  await client.connect();
  try {
    const { rows } = await client.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
        WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid() AND application_name <> $2
          AND ($1::text IS NULL OR application_name = $1)`,
      [applicationName ?? null, TERMINATOR],
    );
    return rows.filter((r) => r.ended).length;
  } finally {
    await client.end();
  }
}

const TERMINATOR = 'carrier-test-terminator';

/**
 * DROP DATABASE … WITH (FORCE), tried again a few times when an autovacuum worker is on the database:
 * a role without superuser may not end it (42501, seen in a clean-clone CI run), and it ends by itself soon.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}
