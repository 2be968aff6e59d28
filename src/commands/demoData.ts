import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { loadDemoDataset, loadPercent, type LoadedCounts, type LoadProgress } from '../demo/index.ts';
import type { Store } from '../store/store.ts';

/** Hears a demo load's percent (0 as it begins, then as its parts are written): for /readyz and the chat page. */
export type DemoLoadListener = (percent: number) => void;

/** The console log tells the load's progress at every step of this many percent. */
const LOG_EVERY_PERCENT = 10;

const BIN = fileURLToPath(new URL('../bin.js', import.meta.url));

/**
 * Fills an empty store with the demo data set, relative to now (so "yesterday" means something in
 * the demo). A store that already holds accounts is left alone; the check and the load run under the
 * store's lock for the demo data, so instances starting together load it once. A database outside this process
 * (a SQLite file, PostgreSQL) is filled by a `carrier-assist seed` child process: the generated data
 * never enters the server's heap, so the server starts at the memory it runs with (and the child
 * holds one part of it at a time, src/demo/loadDataset.ts). An in-memory database can only be filled here. `onProgress` hears the load's percent
 * as parts of it are written (the console log every 10%); `signal` stops a load (the server stops).
 */
export async function ensureDemoData(
  store: Store,
  config: Config,
  clock: Clock,
  logger: Logger,
  onProgress: DemoLoadListener = () => {},
  signal?: AbortSignal,
): Promise<boolean> {
  if (!config.demo.enabled) return false;
  // Instances started together on an empty database: one loads, the others wait and find it filled.
  return store.exclusively('demo data', () => loadIfEmpty(store, config, clock, logger, onProgress, signal));
}

async function loadIfEmpty(store: Store, config: Config, clock: Clock, logger: Logger, onProgress: DemoLoadListener, signal?: AbortSignal): Promise<boolean> {
  if (!(await store.isEmpty())) return false;
  const started = performance.now();
  logger.info({ scale: config.demo.scale }, 'empty database: loading the demo data (first start only)');
  onProgress(0);
  let logged = 0;
  const progress = (p: LoadProgress) => {
    const percent = loadPercent(p);
    onProgress(percent);
    if (percent < logged + LOG_EVERY_PERCENT) return;
    logged = percent - (percent % LOG_EVERY_PERCENT);
    logger.info({ percent, shipments: p.shipments, of: p.planned, ms: Math.round(performance.now() - started) }, 'loading the demo data');
  };
  const options = { seed: config.demo.seed, now: clock.now(), scale: config.demo.scale };
  const loaded = config.databaseUrl === 'sqlite::memory:' ? await loadDemoDataset(store, options, progress) : await importInChildProcess(config, options.now, progress, signal);
  logger.info({ ...loaded, ms: Math.round(performance.now() - started) }, 'demo data loaded');
  return true;
}

/**
 * `carrier-assist seed --progress --json` on the same database: hears its progress line by line, and resolves
 * with what it loaded (and its peak resident memory, which the server's own does not include).
 */
async function importInChildProcess(config: Config, now: Date, onProgress: (p: LoadProgress) => void, signal?: AbortSignal): Promise<LoadedCounts & { peakRssMb: number }> {
  const args = [BIN, 'seed', '--seed', String(config.demo.seed), '--now', now.toISOString(), '--scale', config.demo.scale, '--progress', '--json'];
  const child = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: config.databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'], ...(signal ? { signal } : {}) });
  let pending = '';
  const heard: { loaded?: LoadedCounts; peakRssMb: number } = { peakRssMb: 0 };
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    const lines = (pending + d.toString()).split('\n');
    pending = lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      const parsed = SeedLine.safeParse(parseJson(line));
      // Anything else on its stdout (a runtime warning) is not ours to read.
      if (!parsed.success) continue;
      if ('progress' in parsed.data) onProgress(parsed.data.progress);
      else if ('peakRssMb' in parsed.data) heard.peakRssMb = parsed.data.peakRssMb;
      else heard.loaded = parsed.data;
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // 'close', not 'exit': its last lines are read by then.
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
  if (code !== 0 || !heard.loaded) throw new Error(`loading the demo data failed (carrier-assist seed exited ${code}): ${(stderr || pending).trim().slice(0, 2000)}`);
  return { ...heard.loaded, peakRssMb: heard.peakRssMb };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** What `carrier-assist seed --progress --json` prints: progress lines, its peak memory, then what it loaded. */
const SeedLine = z.union([
  z.object({ progress: z.object({ shipments: z.number(), planned: z.number() }) }),
  z.object({ peakRssMb: z.number() }),
  z.object({ accounts: z.number(), users: z.number(), shipments: z.number(), events: z.number() }),
]);
