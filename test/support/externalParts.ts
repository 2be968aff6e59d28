/**
 * Parts of the test environment that npm does not install (a browser, later a PostgreSQL server).
 * A test that needs one is skipped with a plain message when it is absent, and fails instead in CI
 * (`CI=true`), where a silently skipped browser test would hide a broken build.
 */
import { accessSync, constants } from 'node:fs';
import pg from 'pg';
import type { TestContext } from 'vitest';
import { redactUrl } from '../../src/store/postgres/pool.ts';

export interface ExternalPart {
  /** What the part is, for messages: "Chromium". */
  readonly name: string;
  /** Why the part is unusable here, with how to get it; null when it is there. */
  problem(): Promise<string | null>;
}

/** Debian's Chromium, driven by playwright-core through `executablePath`. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromium: ExternalPart = {
  name: 'Chromium',
  problem: async () => (isExecutable(CHROMIUM_PATH) ? null : `Chromium not found at ${CHROMIUM_PATH} — apt-get install chromium`),
};

/** util-linux's prlimit: sets a running process's resource limits (the write-failure tests refuse a server's writes with it). */
export const PRLIMIT_PATH = process.env['PRLIMIT_PATH'] ?? '/usr/bin/prlimit';

export const prlimit: ExternalPart = {
  name: 'prlimit',
  problem: async () => (isExecutable(PRLIMIT_PATH) ? null : `prlimit not found at ${PRLIMIT_PATH} — apt-get install util-linux`),
};

/**
 * Call first in a test that needs `part`: returns when the part is there; otherwise skips the test
 * with "skipped: <problem>" or, when CI=true, fails it with the same message.
 */
export async function requirePart(ctx: TestContext, part: ExternalPart): Promise<void> {
  const problem = await part.problem();
  if (problem === null) return;
  if (process.env['CI'] === 'true') throw new Error(`${part.name} is required in CI: ${problem}`);
  console.warn(`skipped: ${problem}`);
  ctx.skip(`skipped: ${problem}`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the PostgreSQL tests look for a server: TEST_DATABASE_URL when set, otherwise these local
 * defaults in order. The first is the role `.ci/postgres.sh` creates; the others are the usual
 * Docker/CI and trust-auth setups. The user must be allowed to CREATE DATABASE.
 */
export const POSTGRES_DEFAULT_URLS = [
  'postgres://carrier_test:carrier_test@127.0.0.1:5432/postgres',
  'postgres://postgres:postgres@127.0.0.1:5432/postgres',
  'postgres://postgres@127.0.0.1:5432/postgres',
] as const;

type PostgresProbe = { url: string; problem: null } | { url: null; problem: string };
let postgresProbe: Promise<PostgresProbe> | undefined;

/** The first server URL that answers (probed once per test file), or why none did. */
export function findPostgres(): Promise<PostgresProbe> {
  postgresProbe ??= probePostgres();
  return postgresProbe;
}

export const postgres: ExternalPart = {
  name: 'PostgreSQL',
  problem: async () => (await findPostgres()).problem,
};

async function probePostgres(): Promise<PostgresProbe> {
  const explicit = process.env['TEST_DATABASE_URL'];
  const candidates = explicit ? [explicit] : POSTGRES_DEFAULT_URLS;
  const failures: { url: string; reason: string }[] = [];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return { url, problem: null };
    } catch (error) {
      failures.push({ url: redactUrl(url), reason: (error as Error).message || (error as Error).name });
    } finally {
      await client.end().catch(() => {});
    }
  }
  const how = explicit
    ? 'check TEST_DATABASE_URL'
    : 'apt-get install postgresql, then run .ci/postgres.sh as root (starts it and creates the test role), or set TEST_DATABASE_URL';
  const reasons = new Set(failures.map((f) => f.reason));
  const where =
    reasons.size === 1
      ? `${failures.map((f) => f.url).join(', ')} (${[...reasons][0]})`
      : failures.map((f) => `${f.url} (${f.reason})`).join(', ');
  return { url: null, problem: `PostgreSQL not reachable at ${where} — ${how}` };
}
