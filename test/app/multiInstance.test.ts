/**
 * Two instances on one PostgreSQL database act as one: a customer's message taken by one reaches
 * the conversation feed (console streams, Direct Line sockets) of the other, and what the desk does
 * on one (a claim, a note) reaches the other's desk feed, also what was recorded while the other's
 * listening connection was down (caught up from the store). Needs PostgreSQL (test/support/externalParts.ts).
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/demo/index.ts';
import type { DeskEvent } from '../../src/escalation/deskFeed.ts';
import { PgBroadcast } from '../../src/store/postgres/pgBroadcast.ts';
import type { StoredActivity } from '../../src/store/records.ts';
import { createTestDatabase, describePostgres, terminateBackends, type TestDatabase } from '../store/postgresTestDatabase.ts';

const NOW = '2026-03-20T09:00:00.000Z';

/** Resolves with the first item `pick` accepts, or rejects after `ms`. */
function next<T>(subscribe: (push: (item: T) => void) => () => void, pick: (item: T) => boolean, ms = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`nothing arrived within ${ms} ms`));
    }, ms);
    const off = subscribe((item) => {
      if (!pick(item)) return;
      clearTimeout(timer);
      off();
      resolve(item);
    });
  });
}

await describePostgres('two instances on one PostgreSQL database', (serverUrl) => {
  let db: TestDatabase;
  let a: App;
  let b: App;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    const open = () =>
      buildApp({
        config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, LOG_LEVEL: 'silent', DEMO_DATA: 'off', BUSINESS_HOURS: '24/7' }),
        clock: new FixedClock(NOW),
        logger: pino({ level: 'silent' }),
      });
    a = await open();
    b = await open();
    await a.store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    // Both listen before anything is published.
    await Promise.all([a, b].map((app) => (app.store.broadcast as PgBroadcast).ready()));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  const message = (text: string, id: string): Activity => ({
    type: 'message',
    id,
    channelId: 'test',
    from: { id: 'cust-1', role: 'user' },
    conversation: { id: 'mi-1' },
    text,
    timestamp: NOW,
  });

  test("should carry a customer's message and the bot's reply taken by one instance to the other's feed", async () => {
    const arrived = next<StoredActivity>((push) => b.feed.subscribe('mi-1', push), (s) => s.direction === 'in');
    const replied = next<StoredActivity>((push) => b.feed.subscribe('mi-1', push), (s) => s.direction === 'out' && s.activity.type === 'message');
    await a.pipeline.process(message('I want to talk to a person', 'mi-1-1'), async () => {});
    expect((await arrived).activity.text).toBe('I want to talk to a person');
    expect((await replied).activity.text).toMatch(/ticket number is CA-\d{6}/);
  });

  test("should carry desk events (a claim, a note) to the other instance's desk feed", async () => {
    const agent = await a.store.agents.create({ id: 'agent-mi', username: 'mi', displayName: 'Mia', role: 'agent', queues: ['support'], passwordHash: 'x' }, NOW);
    const handoff = (await a.store.handoffs.latestForConversation('mi-1'))!;
    const claimed = next<DeskEvent>((push) => b.desk.feed.subscribe(push), (e) => e.kind === 'handoff' && e.handoff.state === 'assigned');
    await a.desk.claim(handoff.id, agent);
    expect(await claimed).toMatchObject({ handoff: { id: handoff.id, assignee: 'agent-mi' } });
    const noted = next<DeskEvent>((push) => b.desk.feed.subscribe(push), (e) => e.kind === 'note');
    await a.desk.note(handoff.id, agent, 'checked the depot');
    expect(await noted).toMatchObject({ handoffId: handoff.id, note: { text: 'checked the depot', agentId: 'agent-mi' } });
  });

  test('should count an agent at work on one instance as at work on the other, until they leave', async () => {
    await a.store.agents.create({ id: 'agent-pr', username: 'pr', displayName: 'Pat', role: 'agent', queues: ['customs'], passwordHash: 'x' }, NOW);
    const leave = a.desk.board.present('agent-pr');
    await expect.poll(async () => (await b.desk.board.online()).has('agent-pr')).toBe(true);
    expect(await b.desk.board.agentsAtWork('customs')).toBe(1);
    leave();
    await expect.poll(async () => (await b.desk.board.online()).has('agent-pr')).toBe(false);
  });

  test('should hold the sign-in throttle across instances', async () => {
    const key = '127.0.0.1|nobody';
    const since = new Date(Date.parse(NOW) - 60_000).toISOString();
    for (let i = 0; i < 3; i++) await a.store.signInFailures.record(key, NOW);
    for (let i = 0; i < 2; i++) await b.store.signInFailures.record(key, NOW);
    expect(await b.store.signInFailures.count(key, since)).toBe(5);
  });

  test('should deliver an agent reply sent on one instance to the customer feed of the other', async () => {
    const agent = (await a.store.agents.byUsername('mi'))!;
    const handoff = (await a.store.handoffs.latestForConversation('mi-1'))!;
    const shown = next<StoredActivity>((push) => b.feed.subscribe('mi-1', push), (s) => s.activity.text === 'Hello from Mia');
    await a.desk.reply(handoff.id, agent, 'Hello from Mia');
    expect((await shown).activity).toMatchObject({ from: { name: 'Mia' } });
    // The instance's own listeners got it once, not again through the database.
    const own: StoredActivity[] = [];
    const off = a.feed.subscribe('mi-1', (s) => own.push(s));
    await a.desk.reply(handoff.id, agent, 'once');
    await new Promise((r) => setTimeout(r, 300));
    off();
    expect(own.filter((s) => s.activity.text === 'once')).toHaveLength(1);
  });

  test("should bring what one instance recorded while the other's listener was down to the other's feed, each once", async () => {
    const seen: StoredActivity[] = [];
    const off = b.feed.subscribe('mi-2', (s) => seen.push(s));
    const listening = () => b.store.broadcast!.status().hearing;
    expect(await terminateBackends(db, 'carrier-assist listener')).toBe(2);
    await expect.poll(listening).toBe(false);
    for (let i = 0; i < 4; i++) await a.pipeline.process({ ...message(`where is my parcel ${i}`, `mi-2-${i}`), conversation: { id: 'mi-2' } }, async () => {});
    const recorded = await a.store.activities.list('mi-2');
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(recorded.length);
    off();
    expect(listening()).toBe(true);
    // Each once (the feed loads each from the store as it is announced: arrival order is not guaranteed).
    expect(seen.map((s) => s.seq).sort((x, y) => x - y)).toEqual(recorded.map((s) => s.seq));
  });

  test("should bring every activity recorded through 20 connection drops to the other's feed, each once", { timeout: 60_000 }, async () => {
    const DROPS = 20;
    const seen: StoredActivity[] = [];
    const off = b.feed.subscribe('mi-3', (s) => seen.push(s));
    let failedTurns = 0;
    for (let i = 0; i < DROPS * 3; i++) {
      // Every third turn, every connection of both instances ends (their pools and their listeners).
      if (i % 3 === 1) void terminateBackends(db);
      const turn = () => a.store.unitOfWork(() => a.pipeline.process({ ...message(`where is my parcel ${i}`, `mi-3-${i}`), conversation: { id: 'mi-3' } }, async () => {}));
      // As the inbox does: a turn whose connection was lost is rolled back and runs again.
      for (let attempt = 0; ; attempt++) {
        try {
          await turn();
          break;
        } catch (error) {
          failedTurns++;
          if (attempt === 10) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }
    const recorded = await a.store.activities.list('mi-3');
    await expect.poll(() => seen.length, { timeout: 20_000 }).toBe(recorded.length);
    off();
    console.info('20 drops, events on the other instance:', { recorded: recorded.length, seen: seen.length, failedTurns });
    await expect.poll(() => b.store.broadcast!.status().hearing, { timeout: 10_000 }).toBe(true);
    expect(seen.map((s) => s.seq).sort((x, y) => x - y)).toEqual(recorded.map((s) => s.seq));
    // Every turn's message is there once: a failed turn left nothing behind.
    expect(recorded.filter((s) => s.direction === 'in').map((s) => s.activity.id)).toEqual(Array.from({ length: DROPS * 3 }, (_, i) => `mi-3-${i}`));
  });
});

describe('PgBroadcast', () => {
  test('should refuse a message over the NOTIFY payload limit before sending it', async () => {
    const broadcast = new PgBroadcast({ query: async () => ({}) } as never, 'postgres://unused');
    await expect(broadcast.publish('t', { big: 'x'.repeat(8000) })).rejects.toThrow(/over 7900 bytes/);
    await broadcast.close();
  });
});
