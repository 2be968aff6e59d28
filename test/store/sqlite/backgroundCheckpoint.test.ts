import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openStore } from '../../../src/store/openStore.ts';
import { BackgroundCheckpoint } from '../../../src/store/sqlite/backgroundCheckpoint.ts';
import { GroupCommit, joinWritesTo } from '../../../src/store/sqlite/groupCommit.ts';
import { openSqliteDatabase } from '../../../src/store/sqlite/sqliteStore.ts';
import { AT, conversation, message } from '../storeContract.ts';

const dir = mkdtempSync(join(tmpdir(), 'ca-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

test('should copy the log into the database file on its own thread, the server connection never checkpointing', async () => {
  const file = join(dir, 'server.db');
  const store = await openStore(`sqlite:${file}`, { groupCommit: true, backgroundCheckpoint: true });
  const before = size(file);
  await store.conversations.ensure(conversation('c1'), AT);
  for (let i = 0; i < 400; i++) await store.activities.append('c1', 'in', message('c1', `message ${i} ${'x'.repeat(400)}`));
  await store.durable();
  // The commits only appended to the log; the worker's checkpoints move the pages into the file.
  await expect.poll(() => size(file), { timeout: 5000 }).toBeGreaterThan(before + 100_000);
  await store.close();
});

test('should truncate a log grown past its limit once nobody reads it', async () => {
  const file = join(dir, 'grown.db');
  const db = openSqliteDatabase(file);
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < 300; i++) insert.run('y'.repeat(2000));
  expect(size(`${file}-wal`)).toBeGreaterThan(500_000);
  const checkpoints = new BackgroundCheckpoint(file, { intervalMs: 20, truncateAboveBytes: 100_000 });
  await expect.poll(() => size(`${file}-wal`), { timeout: 5000 }).toBe(0);
  await checkpoints.stop();
  expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 300 });
  db.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('should never hold the write lock while a reader keeps it from cutting the log (the server would wait behind it)', async () => {
  const file = join(dir, 'read.db');
  const server = openSqliteDatabase(file);
  server.pragma('wal_autocheckpoint = 0');
  server.exec('CREATE TABLE t (v TEXT)');
  const insert = server.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < 300; i++) insert.run('y'.repeat(2000));
  // Another connection in the middle of a read: its snapshot is in the log, which cannot be cut meanwhile.
  const reader = openSqliteDatabase(file);
  reader.exec('BEGIN');
  expect(reader.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 300 });
  const checkpoints = new BackgroundCheckpoint(file, { intervalMs: 10, truncateAboveBytes: 100_000 });
  await sleep(300);
  // A TRUNCATE that waits for the reader takes the write lock first and keeps it for its whole wait (5 s).
  server.pragma('busy_timeout = 0');
  const begin = () => {
    try {
      server.exec('BEGIN IMMEDIATE');
      return true;
    } catch {
      return false;
    }
  };
  let began = begin();
  for (let attempt = 0; attempt < 5 && !began; attempt++) began = (await sleep(3), begin());
  expect(began).toBe(true);
  insert.run('z');
  server.exec('COMMIT');
  reader.exec('COMMIT');
  // Nobody reads it now: the next pass cuts it.
  await expect.poll(() => size(`${file}-wal`), { timeout: 5000 }).toBe(0);
  await checkpoints.stop();
  expect(server.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 301 });
  reader.close();
  server.close();
});

test('should cut a log that writes never leave unused on the server connection, right after a group commit', async () => {
  const file = join(dir, 'busy.db');
  const server = openSqliteDatabase(file);
  server.pragma('wal_autocheckpoint = 0');
  server.exec('CREATE TABLE t (v TEXT)');
  const limit = 200_000;
  const cuts: { before: number; after: number }[] = [];
  let checkpoints: BackgroundCheckpoint | null = null;
  const group = new GroupCommit(server, () => {
    const before = size(`${file}-wal`);
    if (checkpoints?.cutIfOverdue()) cuts.push({ before, after: size(`${file}-wal`) });
  });
  joinWritesTo(server, group);
  const insert = server.prepare('INSERT INTO t (v) VALUES (?)');
  checkpoints = new BackgroundCheckpoint(file, { intervalMs: 10, truncateAboveBytes: limit, server });
  // Writes on every turn of the event loop, never a pause for the worker to find the log unused.
  const until = Date.now() + 15_000;
  let written = 0;
  while (cuts.length === 0 && Date.now() < until) {
    for (let i = 0; i < 20; i++) insert.run('w'.repeat(500));
    written += 20;
    await new Promise((resolve) => setImmediate(resolve));
  }
  group.commit();
  await checkpoints.stop();
  // The worker asked for it past four times the limit (it may have cut the log itself since, at a pause).
  expect(cuts[0]?.before).toBeGreaterThan(limit);
  expect(cuts[0]?.after).toBe(0);
  expect(server.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: written });
  server.close();
});
