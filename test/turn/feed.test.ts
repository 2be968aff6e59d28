/**
 * The conversation feed joined to the other instances over a real PostgreSQL broadcast: what another
 * instance records reaches local listeners in the order it was announced within each conversation,
 * however long each activity takes to load (a catch-up, a busy database).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import type { StoredActivity } from '../../src/store/records.ts';
import { PostgresStore } from '../../src/store/postgres/postgresStore.ts';
import { ConversationFeed } from '../../src/turn/feed.ts';
import { createTestDatabase, describePostgres, type TestDatabase } from '../store/postgresTestDatabase.ts';

const stored = (conversationId: string, seq: number): StoredActivity => ({
  conversationId,
  seq,
  direction: 'in',
  activity: { type: 'message', id: `${conversationId}-${seq}`, channelId: 'directline', conversation: { id: conversationId }, from: { id: 'u' }, text: `message ${seq}` } as Activity,
});

await describePostgres('ConversationFeed joined to the other instances', (serverUrl) => {
  let db: TestDatabase;
  let here: PostgresStore;
  let there: PostgresStore;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    here = await PostgresStore.open(db.url);
    there = await PostgresStore.open(db.url);
  });
  afterAll(async () => {
    await here?.close();
    await there?.close();
    await db?.drop();
  });

  test('should hand each conversation\'s activities to listeners in the order they were announced, the earlier ones slower to load', async () => {
    const feed = new ConversationFeed();
    // The earlier an activity, the longer its load takes (as a catch-up reading a backlog may).
    const leave = feed.connect(here.broadcast, (conversationId, seq) => new Promise((resolve) => setTimeout(() => resolve(stored(conversationId, seq)), (10 - seq) * 15)));
    const heard: string[] = [];
    feed.subscribe('*', (s) => heard.push(`${s.conversationId}:${s.seq}`));
    await here.broadcast.ready();
    const other = new ConversationFeed();
    other.connect(there.broadcast, async () => null);
    for (let seq = 0; seq < 10; seq++) for (const c of ['a', 'b']) other.publish(stored(c, seq));

    await expect.poll(() => heard.length, { timeout: 5000 }).toBe(20);
    for (const c of ['a', 'b']) expect(heard.filter((h) => h.startsWith(`${c}:`))).toEqual(Array.from({ length: 10 }, (_, seq) => `${c}:${seq}`));
    leave();
  });
});
