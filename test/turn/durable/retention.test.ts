/** The queues' retention (issue 16): old completed messages and sent deliveries are purged, nothing else. */
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Activity, ConversationRef } from '../../../src/activity.ts';
import { FixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { NewOutboxDelivery } from '../../../src/store/records.ts';
import type { Store } from '../../../src/store/store.ts';
import { QueueRetention } from '../../../src/turn/durable/retention.ts';

const DAY = 24 * 60 * 60 * 1000;
const START = '2026-03-01T09:00:00.000Z';

const ref: ConversationRef = { channelId: 'whatsapp', conversationId: 'c1', user: { id: 'u', role: 'user' }, bot: { id: 'bot', role: 'bot' } };
const delivery = (activityId: string, at: string): NewOutboxDelivery => ({
  channelId: 'whatsapp',
  conversationId: 'c1',
  activityId,
  inboxId: null,
  ref,
  activity: { type: 'message', id: activityId, text: activityId } as Activity,
  notBefore: at,
});

describe('QueueRetention', () => {
  let store: Store;
  let clock: FixedClock;
  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    clock = new FixedClock(START);
  });
  afterEach(async () => {
    await store.close();
  });

  /** One message completed and one delivery of each fate, at the clock's time. */
  const day = async (tag: string) => {
    const at = clock.now().toISOString();
    const until = new Date(clock.now().getTime() + 1000).toISOString();
    await store.inbox.accept([{ channelId: 'whatsapp', messageId: `done-${tag}`, conversationId: `c-${tag}`, payload: {} }], at);
    const done = await store.inbox.leaseNext(`c-${tag}`, { owner: 'o', now: at, until });
    await store.inbox.complete(done!.id, 'o', at, []);
    await store.inbox.accept([{ channelId: 'whatsapp', messageId: `open-${tag}`, conversationId: `c-${tag}`, payload: {} }], at);
    for (const [id, fate] of [[`sent-${tag}`, 'sent'], [`failed-${tag}`, 'undeliverable'], [`pending-${tag}`, 'pending']] as const) {
      const [d] = await store.deliveries.enqueue([{ ...delivery(id, at), conversationId: id }], at);
      if (fate === 'pending') continue;
      await store.deliveries.leaseNext(id, { owner: 'o', now: at, until });
      if (fate === 'sent') await store.deliveries.markSent(d!.id, at, 'api');
      else await store.deliveries.markFailed(d!.id, 'o', '400: refused', null, at);
    }
  };

  test.each([
    [7, 10, { inbox: 1, outbox: 1 }, ['done-new', 'open-new', 'open-old'], ['failed-new', 'failed-old', 'pending-new', 'pending-old', 'sent-new']],
    [30, 10, { inbox: 0, outbox: 0 }, ['done-new', 'done-old', 'open-new', 'open-old'], ['failed-new', 'failed-old', 'pending-new', 'pending-old', 'sent-new', 'sent-old']],
  ])('with %i days of retention, should purge only what completed or was sent before it, %i days ago', async (days, age, purged, inboxLeft, outboxLeft) => {
    await day('old');
    clock.advance(age * DAY);
    await day('new');
    const retention = new QueueRetention({ store, clock, logger: pino({ level: 'silent' }), config: { retentionMs: loadConfig({ QUEUE_RETENTION_DAYS: String(days) }).durability.retentionMs } });
    expect(await retention.purge()).toEqual(purged);
    const inbox = await Promise.all(['done-old', 'open-old', 'done-new', 'open-new'].map(async (id) => ((await store.inbox.get('whatsapp', id)) ? id : null)));
    expect(inbox.filter(Boolean).sort()).toEqual(inboxLeft);
    const outbox = (await Promise.all(['sent', 'failed', 'pending'].flatMap((f) => ['old', 'new'].map((t) => store.deliveries.forConversation(`${f}-${t}`))))).flat();
    expect(outbox.map((d) => d.activityId).sort()).toEqual(outboxLeft);
  });
});
