/**
 * Checkpoints of a SQLite file's write-ahead log on a thread of their own. By default SQLite
 * checkpoints inside the commit that crosses 1,000 WAL pages: the server's event loop then copies
 * those pages into the database file and waits for two fsyncs, a stall every second or so under load
 * that every turn in flight waits through. Here the server's connection never checkpoints; a worker
 * thread with a connection of its own runs a PASSIVE checkpoint (it never blocks the writer) every
 * `intervalMs`, and truncates the log once it grew past `truncateAboveBytes` and nobody reads it.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface BackgroundCheckpointOptions {
  intervalMs?: number;
  truncateAboveBytes?: number;
}

/** The worker's code, plain JavaScript (it runs without the TypeScript loader). */
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const walSize = () => { try { return statSync(workerData.file + '-wal').size; } catch { return 0; } };
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    if (walSize() > workerData.truncateAboveBytes) db.pragma('wal_checkpoint(TRUNCATE)');
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

  constructor(file: string, options: BackgroundCheckpointOptions = {}, onError: (message: string) => void = () => {}) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { file, driver, intervalMs: options.intervalMs ?? 250, truncateAboveBytes: options.truncateAboveBytes ?? 64 * 1024 * 1024 },
      // It allocates almost nothing: a young generation of 1 MB instead of the default keeps its
      // isolate about 2 MB smaller.
      resourceLimits: { maxYoungGenerationSizeMb: 1 },
    });
    this.worker.on('message', (m: { error?: string }) => m.error && onError(m.error));
    this.worker.on('error', (error) => onError(error.message));
    // The worker never keeps the process alive: a CLI command that opened the store exits as before.
    this.worker.unref();
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
