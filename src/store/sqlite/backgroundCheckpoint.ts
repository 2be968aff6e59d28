/**
 * Checkpoints of a SQLite file's write-ahead log on a thread of their own. By default SQLite
 * checkpoints inside the commit that crosses 1,000 WAL pages: the server's event loop then copies
 * those pages into the database file and waits for two fsyncs, a stall every second or so under load
 * that every turn in flight waits through. Here the server's connection never checkpoints; a worker
 * thread with a connection of its own runs a PASSIVE checkpoint (it never blocks the writer) every
 * `intervalMs`, and truncates the log once it grew past `truncateAboveBytes`, without ever waiting for
 * a lock: only at an instant when everything in it is in the database file and nobody writes or reads
 * it. Writes that never pause leave no such instant; past four times the limit the server's own
 * connection cuts the log right after a commit (`cutIfOverdue`, called by the group commit).
 */
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** The write-ahead log's size past which it is cut (here, and by the server's connection when it restarts the log). */
export const WAL_LIMIT_BYTES = 64 * 1024 * 1024;

export interface BackgroundCheckpointOptions {
  intervalMs?: number;
  truncateAboveBytes?: number;
  /** The server's connection to the same file, which cuts a log that outgrew four times its limit. */
  server?: Database.Database;
}

/** The worker's code, plain JavaScript (it runs without the TypeScript loader). */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const walSize = () => { try { return statSync(workerData.file + '-wal').size; } catch { return 0; } };
// TRUNCATE never waits here: one that waits holds the write lock meanwhile, and the server's writes
// (its event loop) wait behind it; under load that was seconds, and a write that gave up failed its turn.
// Without waiting it cuts the log only when nobody writes or reads it at that instant.
const truncate = () => {
  db.pragma('busy_timeout = 0');
  try { db.pragma('wal_checkpoint(TRUNCATE)'); } finally { db.pragma('busy_timeout = 5000'); }
};
const timer = setInterval(() => {
  try {
    const [pass] = db.pragma('wal_checkpoint(PASSIVE)');
    const size = walSize();
    if (size <= workerData.truncateAboveBytes) return;
    // Everything is in the database file: cutting the log copies nothing.
    if (pass.log === pass.checkpointed) truncate();
    // Writes that never pause: the server never starts the log again itself, and this thread never
    // finds it unused. Past four times the limit the server's own connection cuts it (see cutOverdueLog).
    if (walSize() > 4 * workerData.truncateAboveBytes) parentPort.postMessage({ overdue: true });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(PASSIVE)'); } finally { db.close(); parentPort.close(); }
});
`;

export class BackgroundCheckpoint {
  private readonly worker: Worker;
  private readonly server: Database.Database | null;
  private readonly truncateAboveBytes: number;
  private overdue = false;

  constructor(file: string, options: BackgroundCheckpointOptions = {}, onError: (message: string) => void = () => {}) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.truncateAboveBytes = options.truncateAboveBytes ?? WAL_LIMIT_BYTES;
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { file, driver, intervalMs: options.intervalMs ?? 250, truncateAboveBytes: this.truncateAboveBytes },
      // It allocates almost nothing: a young generation of 1 MB instead of the default keeps its
      // isolate about 2 MB smaller.
      resourceLimits: { maxYoungGenerationSizeMb: 1 },
    });
    this.server = options.server ?? null;
    this.worker.on('message', (m: { error?: string; overdue?: boolean }) => {
      if (m.error) onError(m.error);
      if (!m.overdue) return;
      this.overdue = true;
      setImmediate(() => this.cutIfOverdue());
    });
    this.worker.on('error', (error) => onError(error.message));
    // The worker never keeps the process alive: a CLI command that opened the store exits as before.
    this.worker.unref();
  }

  /**
   * Cuts the log on the server's connection if the worker asked for it (see cutOverdueLog); called
   * between two transactions (by the group commit right after its COMMIT). True when it cut the log.
   */
  cutIfOverdue(): boolean {
    if (!this.overdue || !this.server) return false;
    // The worker may have cut it since, at a pause: then nothing is overdue.
    if (walBytes(this.server.name) <= this.truncateAboveBytes) return (this.overdue = false);
    if (!cutOverdueLog(this.server)) return false;
    this.overdue = false;
    return true;
  }

  /** A last checkpoint, then the worker's connection closes. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Held until it exits: an unreferenced worker would let the process end while this is awaited.
    this.worker.ref();
    this.worker.postMessage('stop');
    await exited;
  }
}

/**
 * Cuts the log on the server's connection, between two of its transactions: it copies what the
 * worker's last pass left (a quarter-second of writes) and truncates, a pause of the event loop that
 * only writes that never stop for four times the log's limit bring about. Never waits for a lock: when
 * the worker is checkpointing at that instant it returns false, and the next commit tries again.
 */
export function cutOverdueLog(db: Database.Database): boolean {
  if (!db.open || db.inTransaction) return false;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

function walBytes(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}
