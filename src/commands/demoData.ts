import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { generateDataset } from '../demo/index.ts';
import type { Store } from '../store/store.ts';

/** What a demo import loaded. */
interface Loaded {
  accounts: number;
  users: number;
  shipments: number;
  events: number;
}

const BIN = fileURLToPath(new URL('../bin.js', import.meta.url));

/**
 * Fills an empty store with the demo data set, relative to now (so "yesterday" means something in
 * the demo). A store that already holds accounts is left alone; the check and the load run under the
 * store's lock for the demo data, so instances starting together load it once. A database outside this process
 * (a SQLite file, PostgreSQL) is filled by a `carrier-assist seed` child process: the generated data
 * (some 340 MB for the full set) never enters the server's heap, so the server starts at the memory it
 * runs with. An in-memory database can only be filled here.
 */
export async function ensureDemoData(store: Store, config: Config, clock: Clock, logger: Logger): Promise<boolean> {
  if (!config.demo.enabled) return false;
  // Instances started together on an empty database: one loads, the others wait and find it filled.
  return store.exclusively('demo data', () => loadIfEmpty(store, config, clock, logger));
}

async function loadIfEmpty(store: Store, config: Config, clock: Clock, logger: Logger): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  const started = performance.now();
  logger.info({ scale: config.demo.scale }, 'empty database: loading the demo data (first start only)');
  const loaded = config.databaseUrl === 'sqlite::memory:' ? await importHere(store, config, clock) : await importInChildProcess(config, clock);
  logger.info({ ...loaded, ms: Math.round(performance.now() - started) }, 'demo data loaded');
  return true;
}

async function importHere(store: Store, config: Config, clock: Clock): Promise<Loaded> {
  const dataset = generateDataset({ seed: config.demo.seed, now: clock.now(), scale: config.demo.scale });
  await store.importDataset(dataset);
  return { accounts: dataset.accounts.length, users: dataset.users.length, shipments: dataset.shipments.length, events: dataset.events.length };
}

/** `carrier-assist seed --json` on the same database; resolves with what it loaded. */
async function importInChildProcess(config: Config, clock: Clock): Promise<Loaded> {
  const args = [BIN, 'seed', '--seed', String(config.demo.seed), '--now', clock.now().toISOString(), '--scale', config.demo.scale, '--json'];
  const child = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: config.databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0) throw new Error(`loading the demo data failed (carrier-assist seed exited ${code}): ${(stderr || last).trim().slice(0, 2000)}`);
  return LoadedSummary.parse(JSON.parse(last));
}

const LoadedSummary = z.object({ accounts: z.number(), users: z.number(), shipments: z.number(), events: z.number() });
