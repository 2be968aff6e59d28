import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackgroundCheckpoint } from '../store/sqlite/backgroundCheckpoint.ts';
import { GroupCommit, joinWritesTo } from '../store/sqlite/groupCommit.ts';
import { openSqliteDatabase } from '../store/sqlite/sqliteStore.ts';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * The server's SQLite file under writes that never pause (as flat out): eight writers, each a turn's
 * worth of statements (an insert, an update of a random row of a 100,000-row table, a read) on every
 * turn of the event loop, with the server's group commit and checkpoint thread and a log limit of
 * 8 MB. Prints how long a write waited at worst (the event loop waits with it), how large the log grew,
 * and writes that failed ("database is locked"): before session 15 the checkpoint thread's TRUNCATE
 * held the write lock while it waited for readers, and writes waited behind it.
 */
export async function runWalBench(out: NodeJS.WritableStream, seconds = 5): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ca-walbench-'));
  const file = join(dir, 'bench.db');
  const db = openSqliteDatabase(file);
  const limit = 8 * 1024 * 1024;
  try {
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, v TEXT); CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)');
    const fill = db.prepare('INSERT INTO big (v) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 100_000; i++) fill.run('y'.repeat(800));
    })();
    let checkpoints: BackgroundCheckpoint | null = null;
    const group = new GroupCommit(db, () => checkpoints?.cutIfOverdue());
    joinWritesTo(db, group);
    db.pragma('wal_autocheckpoint = 0');
    checkpoints = new BackgroundCheckpoint(file, { truncateAboveBytes: limit, server: db });
    const insert = db.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
    const update = db.prepare('UPDATE big SET v = ? WHERE id = ?');
    const read = db.prepare('SELECT v FROM big WHERE id = ?');
    const waits: number[] = [];
    let failed = 0;
    let logMax = 0;
    let n = 0;
    const logSize = () => {
      try {
        return statSync(`${file}-wal`).size;
      } catch {
        return 0;
      }
    };
    const sampler = setInterval(() => (logMax = Math.max(logMax, logSize())), 20);
    const until = performance.now() + seconds * 1000;
    const writer = async (w: number) => {
      while (performance.now() < until) {
        const started = performance.now();
        try {
          insert.run(`${w}-${n++}`, 'x'.repeat(600));
          update.run('z'.repeat(800), 1 + (n % 100_000));
          read.get(1 + ((n * 7919) % 100_000));
        } catch {
          failed++;
        }
        waits.push(performance.now() - started);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    clearInterval(sampler);
    group.commit();
    await checkpoints.stop();
    waits.sort((a, b) => a - b);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    out.write(
      `- ${waits.length} turns' writes in ${seconds} s; a turn's writes took p99 ${quantile(waits, 0.99).toFixed(2)} ms, ` +
        `p99.9 ${quantile(waits, 0.999).toFixed(1)} ms, longest ${waits.at(-1)!.toFixed(0)} ms; ` +
        `log at most ${mb(logMax)} MB (limit ${mb(limit)} MB); ${failed} failed\n`,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
