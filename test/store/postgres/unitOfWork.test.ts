/**
 * A unit of work on PostgreSQL (Store.unitOfWork, what a customer's turn runs in): the statements of
 * every repository it calls go into one transaction, seen by nobody else before it commits and
 * undone as a whole when it throws; durable() inside commits what is done so far; work it sets off
 * through outsideUnitOfWork, and statements after it ended, run on the pool on their own.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Activity } from '../../../src/activity.ts';
import { PostgresStore } from '../../../src/store/postgres/postgresStore.ts';
import { outsideUnitOfWork } from '../../../src/store/unitOfWork.ts';
import { createTestDatabase, describePostgres, queryOnce, type TestDatabase } from '../postgresTestDatabase.ts';

const AT = '2026-03-15T09:00:00.000Z';
const message = (id: string): Activity =>
  ({ type: 'message', id, text: id, channelId: 'test', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'bot' }, timestamp: AT }) as Activity;

await describePostgres('a unit of work on PostgreSQL', (serverUrl) => {
  let db: TestDatabase;
  let store: PostgresStore;
  let n = 0;
  const conversation = async () => {
    const id = `conv-${++n}`;
    await store.conversations.ensure({ id, channelId: 'test', externalUserId: `u${n}`, locale: 'en', timeZone: 'UTC' }, AT);
    return id;
  };
  /** What another connection sees: committed activities of the conversation. */
  const seenOutside = async (id: string) => Number((await queryOnce(db.url, 'SELECT count(*) AS n FROM activities WHERE conversation_id = $1', [id]))[0]!.n);

  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    store = await PostgresStore.open(db.url);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  test('should commit every repository call of the unit together, and show nothing before', async () => {
    const id = await conversation();
    let inside = -1;
    await store.unitOfWork(async () => {
      await store.activities.append(id, 'in', message('a1'));
      await store.activities.append(id, 'out', message('a2'));
      await store.conversations.update(id, { state: { step: 'x' } as never }, AT);
      inside = await seenOutside(id);
      // The unit reads its own writes.
      expect((await store.activities.list(id)).map((a) => a.seq)).toEqual([0, 1]);
    });
    expect(inside).toBe(0);
    expect(await seenOutside(id)).toBe(2);
  });

  test('should undo the whole unit when it throws', async () => {
    const id = await conversation();
    await expect(
      store.unitOfWork(async () => {
        await store.activities.append(id, 'in', message('b1'));
        throw new Error('the turn failed');
      }),
    ).rejects.toThrow('the turn failed');
    expect(await seenOutside(id)).toBe(0);
    // The conversation takes appends again, numbered from 0.
    expect((await store.activities.append(id, 'in', message('b2'))).seq).toBe(0);
  });

  test('should commit what was done when durable() is awaited inside, and keep the rest in the unit', async () => {
    const id = await conversation();
    await expect(
      store.unitOfWork(async () => {
        await store.activities.append(id, 'out', message('c1'));
        await store.durable();
        expect(await seenOutside(id)).toBe(1);
        await store.activities.append(id, 'out', message('c2'));
        throw new Error('after the reply was shown');
      }),
    ).rejects.toThrow();
    expect((await store.activities.list(id)).map((a) => a.activity.id)).toEqual(['c1']);
  });

  test('should run work set off from the unit, and statements after it ended, on their own', async () => {
    const [id, other] = [await conversation(), await conversation()];
    let seenMeanwhile = -1;
    let late: Promise<unknown> = Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await store.unitOfWork(async () => {
      await store.activities.append(id, 'in', message('d1'));
      // Set off outside (a queue's lease, a send): commits on its own at once, while the unit is open.
      await outsideUnitOfWork(() => store.activities.append(other, 'out', message('d2')));
      seenMeanwhile = await seenOutside(other);
      // Leaked past the unit's end: runs on the pool after the unit committed.
      late = gate.then(() => store.activities.append(id, 'out', message('d3')));
    });
    release();
    await late;
    expect(seenMeanwhile).toBe(1);
    expect((await store.activities.list(id)).map((a) => a.activity.id)).toEqual(['d1', 'd3']);
  });
});
