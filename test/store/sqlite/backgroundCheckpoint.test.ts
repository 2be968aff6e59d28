import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openStore } from '../../../src/store/openStore.ts';
import { BackgroundCheckpoint } from '../../../src/store/sqlite/backgroundCheckpoint.ts';
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
