import { Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import { FixedClock } from '../../src/clock.ts';
import { QueueMetrics } from '../../src/metrics/queueMetrics.ts';
import { openStore } from '../../src/store/openStore.ts';
import { PostgresStore } from '../../src/store/postgres/postgresStore.ts';
import type { NewOutboxDelivery } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestDatabase, describePostgres, emptyAllTables, type TestDatabase } from '../store/postgresTestDatabase.ts';
import { sampleValue } from './metricsServer.ts';

const T0 = '2026-03-20T09:00:00.000Z';
const T30 = '2026-03-20T09:00:30.000Z';

const ref = (conversationId: string): ConversationRef => ({ channelId: 'whatsapp', conversationId, user: { id: 'u', role: 'user' }, bot: { id: 'bot', role: 'bot' } });
const delivery = (conversationId: string, activityId: string): NewOutboxDelivery => ({
  channelId: 'whatsapp',
  conversationId,
  activityId,
  inboxId: null,
  ref: ref(conversationId),
  activity: { type: 'message', id: activityId, text: 'answer', channelId: 'whatsapp', conversation: { id: conversationId } } as Activity,
  notBefore: T30,
});

/** The queue gauges and counters over a real store of each kind, read as Prometheus reads them. */
function describeQueueMetrics(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: queue metrics`, () => {
    let store: Store;
    let clock: FixedClock;
    let registry: Registry;
    let metrics: QueueMetrics;
    beforeEach(async () => {
      store = await openEmpty();
      clock = new FixedClock(T0);
      registry = new Registry();
      metrics = new QueueMetrics(registry, store, clock);
    });
    afterEach(() => store.close());

    test('should read depth and oldest age of both queues when scraped, and zero once nothing waits', async () => {
      expect(await registry.metrics()).toContain('carrier_assist_queue_depth{queue="inbox"} 0');
      const accepted = await store.inbox.accept(
        [
          { channelId: 'whatsapp', messageId: 'wamid.1', conversationId: 'c1', payload: {} },
          { channelId: 'whatsapp', messageId: 'wamid.2', conversationId: 'c2', payload: {} },
        ],
        T0,
      );
      await store.deliveries.enqueue([delivery('c9', 'out-1')], T30);
      clock.advance(90_000);
      let text = await registry.metrics();
      expect(sampleValue(text, 'carrier_assist_queue_depth', { queue: 'inbox' })).toBe(2);
      expect(sampleValue(text, 'carrier_assist_queue_oldest_age_seconds', { queue: 'inbox' })).toBe(90);
      expect(sampleValue(text, 'carrier_assist_queue_depth', { queue: 'outbox' })).toBe(1);
      expect(sampleValue(text, 'carrier_assist_queue_oldest_age_seconds', { queue: 'outbox' })).toBe(60);

      for (const a of accepted) {
        const [leased] = await store.inbox.lease({ owner: 'me', now: T30, until: '2026-03-20T10:00:00.000Z', limit: 1 });
        expect(await store.inbox.complete(leased!.id, 'me', T30, [])).toBe(true);
        expect(a.fresh).toBe(true);
      }
      text = await registry.metrics();
      expect(sampleValue(text, 'carrier_assist_queue_depth', { queue: 'inbox' })).toBe(0);
      expect(sampleValue(text, 'carrier_assist_queue_oldest_age_seconds', { queue: 'inbox' })).toBe(0);
    });

    test.each([
      ['a retried send', true, 'carrier_assist_outbox_retries_total', { channel: 'whatsapp' }],
      ['a send given up', false, 'carrier_assist_dead_letters_total', { queue: 'outbox', channel: 'whatsapp' }],
    ] as const)('should count %s', async (_case, retried, name, labels) => {
      metrics.sendFailed('whatsapp', retried);
      metrics.sendFailed('whatsapp', retried);
      expect(sampleValue(await registry.metrics(), name, labels)).toBe(2);
    });
  });
}

describeQueueMetrics('SqliteStore', () => openStore('sqlite::memory:'));

await describePostgres('PostgresStore', (serverUrl) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
  });
  afterAll(() => db?.drop());
  describeQueueMetrics('PostgresStore', async () => {
    const store = await PostgresStore.open(db.url);
    await emptyAllTables(db.url);
    return store;
  });
});
