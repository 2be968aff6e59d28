/**
 * Several instances on one PostgreSQL beside one on SQLite (issue 17): `carrier-assist serve`
 * processes with WhatsApp on (durable inbox and outbox), signed webhook notifications from this
 * process spread over the instances with no stickiness (a customer's messages go to each instance in
 * turn), and the Graph API stand-in of the WhatsApp bench. Per set-up: completed turns per second flat
 * out, reply latency p50/p99, and on PostgreSQL the database transactions per turn (xact_commit of
 * pg_stat_database over the run, background loops included).
 *
 * PostgreSQL is the server at BENCH_DATABASE_URL (else TEST_DATABASE_URL, else the local test role of
 * .ci/postgres.sh); the bench creates a database of its own there and drops it. Without a server the
 * section says so.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { redactUrl } from '../store/postgres/pool.ts';
import { cpuMsOf, CustomerTurns, freePort, GraphStandIn, quantile, sleep, startServer, TEXTS } from './webhookBench.ts';

const CLIENTS = 32;
const SECONDS = 8;
const IDLE_SECONDS = 3;
const LOCAL_TEST_SERVER = 'postgres://carrier_test:carrier_test@127.0.0.1:5432/postgres';

interface SetUp {
  databaseUrl: string;
  instances: number;
  /** Reads the database's committed transactions so far (PostgreSQL); absent on SQLite. */
  commits?: () => Promise<number>;
}

interface Figures {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  missing: number;
  /** Committed per completed turn, and of those what the background loops commit in the same time idle. */
  transactions: { perTurn: number; background: number } | null;
  cpuMsPerTurn: number;
}

/** The PostgreSQL server to bench on, or why there is none. */
async function findServer(): Promise<{ url: string } | { problem: string }> {
  const url = process.env['BENCH_DATABASE_URL'] ?? process.env['TEST_DATABASE_URL'] ?? LOCAL_TEST_SERVER;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { url };
  } catch (error) {
    return { problem: `PostgreSQL not reachable at ${redactUrl(url)} (${(error as Error).message}): set BENCH_DATABASE_URL or run .ci/postgres.sh` };
  } finally {
    await client.end().catch(() => {});
  }
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Committed transactions of database `name`, once the statistics of the last second are flushed. */
async function committedIn(serverUrl: string, name: string): Promise<number> {
  // Backends flush their statistics at most once a second when idle.
  await sleep(1200);
  return onServer(serverUrl, async (client) => {
    await client.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await client.query<{ n: string }>('SELECT xact_commit AS n FROM pg_stat_database WHERE datname = $1', [name]);
    return Number(rows[0]?.n ?? NaN);
  });
}

/** Transactions committed per second while nothing is sent. */
async function commitRate(commits: () => Promise<number>, seconds: number): Promise<number> {
  const before = await commits();
  const startedAt = performance.now();
  await sleep(seconds * 1000);
  const after = await commits();
  return (after - before) / ((performance.now() - startedAt) / 1000);
}

/** Flat out, CLIENTS customers each posting and waiting for their reply, message k of customer c to instance (c + k) mod n. */
async function measure(setUp: SetUp, graph: GraphStandIn): Promise<Figures> {
  const children: ChildProcess[] = [];
  try {
    const ports: number[] = [];
    // One after the other: the first migrates an empty database.
    for (let i = 0; i < setUp.instances; i++) {
      const port = await freePort();
      ports.push(port);
      children.push(await startServer(port, setUp.databaseUrl, graph, { DEMO_DATA: 'off' }));
    }
    const turns = new CustomerTurns(graph, `INSTANCES.${randomBytes(4).toString('hex')}`);
    const turn = (port: number, customer: string, text: string) => turns.turn(port, customer, text);
    const customer = (c: number) => `4478${String(10_000_000 + c).slice(1)}`;
    // Each customer's conversation exists before the clock starts (a first turn creates it).
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => turn(ports[c % ports.length]!, customer(c), 'hello')));

    // The background loops' own transactions (polls, heartbeats) while nothing happens, per second: set apart below.
    const idle = setUp.commits ? await commitRate(setUp.commits, IDLE_SECONDS) : null;
    const commitsBefore = setUp.commits ? await setUp.commits() : null;
    const startedAt = performance.now();
    const cpuBefore = children.reduce((sum, child) => sum + cpuMsOf(child.pid!), 0);
    const latencies: number[] = [];
    let missing = 0;
    const end = performance.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let k = 1; performance.now() < end && k < 1_000_000; k++) {
          const ms = await turn(ports[(c + k) % ports.length]!, customer(c), TEXTS[k % TEXTS.length]!);
          if (ms === null) missing++;
          else latencies.push(ms);
        }
      }),
    );
    const cpuMs = children.reduce((sum, child) => sum + cpuMsOf(child.pid!), 0) - cpuBefore;
    const commitsAfter = setUp.commits ? await setUp.commits() : null;
    const seconds = (performance.now() - startedAt) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      turnsPerSecond: latencies.length / SECONDS,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      missing,
      transactions:
        commitsBefore !== null && commitsAfter !== null && idle !== null
          ? { perTurn: (commitsAfter - commitsBefore) / latencies.length, background: (idle * seconds) / latencies.length }
          : null,
      cpuMsPerTurn: cpuMs / latencies.length,
    };
  } finally {
    for (const child of children) child.kill('SIGKILL');
  }
}

function report(line: (s: string) => void, name: string, f: Figures): void {
  const t = f.transactions;
  const transactions = t === null ? '' : `, ${t.perTurn.toFixed(1)} database transactions per turn (${(t.perTurn - t.background).toFixed(1)} without the ${t.background.toFixed(1)} the background loops commit idle)`;
  line(
    `- ${name}: ${f.turnsPerSecond.toFixed(0)} turns/s, reply latency p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms${transactions}; server CPU ${f.cpuMsPerTurn.toFixed(2)} ms per turn${f.missing ? `; ${f.missing} without a reply in 10 s` : ''}`,
  );
}

export async function runInstancesBench(out: NodeJS.WritableStream): Promise<void> {
  const line = (s: string) => out.write(`${s}\n`);
  line(`- ${CLIENTS} customers flat out for ${SECONDS} s each, every message to the next instance in turn (no sticky sessions), no demo data; ${availableParallelism()} cores shared by the servers, PostgreSQL and this client`);
  const graph = new GraphStandIn();
  await graph.start();
  const dir = mkdtempSync(join(tmpdir(), 'ca-instances-'));
  try {
    report(line, 'one instance on SQLite', await measure({ databaseUrl: `sqlite:${join(dir, 'bench.db')}`, instances: 1 }, graph));
    const server = await findServer();
    if ('problem' in server) {
      line(`- PostgreSQL: not measured: ${server.problem}`);
      return;
    }
    for (const instances of [1, 2]) {
      const name = `ca_bench_${randomBytes(4).toString('hex')}`;
      await onServer(server.url, (client) => client.query(`CREATE DATABASE ${name}`));
      try {
        const url = new URL(server.url);
        url.pathname = `/${name}`;
        const figures = await measure({ databaseUrl: url.toString(), instances, commits: () => committedIn(server.url, name) }, graph);
        report(line, `${instances === 1 ? 'one instance' : 'two instances'} on one PostgreSQL`, figures);
      } finally {
        await onServer(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      }
    }
  } finally {
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
