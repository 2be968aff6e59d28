import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openStore } from '../../../src/store/openStore.ts';
import { GroupCommit, joinWritesTo } from '../../../src/store/sqlite/groupCommit.ts';
import { openSqliteDatabase } from '../../../src/store/sqlite/sqliteStore.ts';
import { describeAccessAndBillingContract } from '../accessAndBillingContract.ts';
import { AT, conversation, describeStoreContract, message } from '../storeContract.ts';

const dir = mkdtempSync(join(tmpdir(), 'ca-group-commit-'));
let files = 0;
const fileStore = () => openStore(`sqlite:${join(dir, `store-${++files}.db`)}`, { groupCommit: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Every repository behaves the same when its writes share one transaction per turn of the event loop.
describeStoreContract('SqliteStore with group commit', fileStore);
describeAccessAndBillingContract('SqliteStore with group commit', fileStore);

describe('GroupCommit', () => {
  let file: string;
  let db: Database.Database;
  let group: GroupCommit;
  /** A second connection: what another process (or the file after a crash) sees. */
  let outside: Database.Database;
  const countOutside = () => (outside.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;

  beforeEach(() => {
    file = join(dir, `raw-${++files}.db`);
    db = openSqliteDatabase(file);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL, parent INTEGER REFERENCES t (id) DEFERRABLE INITIALLY DEFERRED)');
    group = new GroupCommit(db);
    joinWritesTo(db, group);
    outside = new Database(file);
  });
  afterEach(() => {
    outside.close();
    db.close();
  });

  test('should commit the writes of one turn of the event loop together, and make them durable before durable() resolves', async () => {
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    insert.run('a');
    insert.run('b');
    // Written here, not committed yet: nobody outside sees them.
    expect((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n).toBe(2);
    expect(countOutside()).toBe(0);
    await group.durable();
    expect(countOutside()).toBe(2);
    // Nothing open: durable() resolves at once.
    await group.durable();
    expect(db.inTransaction).toBe(false);
  });

  test('should keep a transaction inside the group all-or-nothing', async () => {
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    insert.run('kept');
    const both = db.transaction(() => {
      insert.run('undone');
      throw new Error('changed my mind');
    });
    expect(() => both()).toThrow('changed my mind');
    await group.durable();
    expect(outside.prepare('SELECT v FROM t').all()).toEqual([{ v: 'kept' }]);
  });

  test('should not join reads to the group', () => {
    db.prepare('SELECT count(*) FROM t').get();
    expect(db.inTransaction).toBe(false);
  });

  test('should reject durable() when the commit fails, and leave nothing half-written', async () => {
    const insert = db.prepare('INSERT INTO t (v, parent) VALUES (?, ?)');
    insert.run('fine', null);
    // A deferred foreign key is checked at COMMIT: this one fails there.
    insert.run('orphan', 999);
    expect(group.losses).toBe(0);
    await expect(group.durable()).rejects.toThrow(/FOREIGN KEY/);
    expect(db.inTransaction).toBe(false);
    expect(countOutside()).toBe(0);
    // Writers that did not wait for durable() learn it from the count (Store.lostWrites).
    expect(group.losses).toBe(1);
    // The next writes commit as usual.
    insert.run('after', null);
    await group.durable();
    expect(countOutside()).toBe(1);
  });

  test('should commit what is open when the store closes', async () => {
    const store = await openStore(`sqlite:${file}`, { groupCommit: true });
    await store.conversations.ensure(conversation('c1'), AT);
    await store.activities.append('c1', 'in', message('c1', 'hello'));
    await store.close();
    expect(outside.prepare('SELECT count(*) AS n FROM activities').get()).toEqual({ n: 1 });
  });
});
