/**
 * The durable inbox and outbox's part of the store contract (issue 16): a message is accepted once
 * per platform id, turns are leased in order per conversation and taken over when a lease ends, a
 * turn completes once together with its replies, and the outbox retries, gives up and reports.
 * describeStoreContract runs it for every Store implementation.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { NewInboxMessage, NewOutboxDelivery } from '../../src/store/records.ts';
import type { LeaseRequest, Store } from '../../src/store/store.ts';

const T0 = '2026-03-20T09:00:00.000Z';
const T1 = '2026-03-20T09:00:10.000Z';
const T2 = '2026-03-20T09:00:40.000Z';

const inbound = (conversationId: string, messageId: string, text = messageId): NewInboxMessage => ({
  channelId: 'whatsapp',
  messageId,
  conversationId,
  payload: { activity: { type: 'message', id: messageId, text } },
});

const ref = (conversationId: string): ConversationRef => ({
  channelId: 'whatsapp',
  conversationId,
  user: { id: 'u', role: 'user' },
  bot: { id: 'bot', role: 'bot' },
});

const reply = (conversationId: string, activityId: string, inboxId: number | null = null, notBefore = T0): NewOutboxDelivery => ({
  channelId: 'whatsapp',
  conversationId,
  activityId,
  inboxId,
  ref: ref(conversationId),
  activity: { type: 'message', id: activityId, text: `answer ${activityId}`, channelId: 'whatsapp', conversation: { id: conversationId } } as Activity,
  notBefore,
});

const lease = (owner: string, now = T0, limit = 10): LeaseRequest => ({ owner, now, until: T1, limit });

export function describeQueueContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: durable inbox and outbox`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
    });
    afterEach(async () => {
      await store.close();
    });

    test('should accept a platform message once and hand its first copy back on a redelivery', async () => {
      const [first] = await store.inbox.accept([inbound('c1', 'wamid.1', 'hello')], T0);
      expect(first).toMatchObject({ fresh: true, message: { messageId: 'wamid.1', conversationId: 'c1', acceptedAt: T0, completedAt: null, attempts: 0 } });
      const [again] = await store.inbox.accept([inbound('c1', 'wamid.1', 'changed')], T1);
      expect(again!.fresh).toBe(false);
      expect(again!.message.id).toBe(first!.message.id);
      expect(again!.message.payload).toEqual({ activity: { type: 'message', id: 'wamid.1', text: 'hello' } });
      expect((await store.inbox.get('whatsapp', 'wamid.1'))?.acceptedAt).toBe(T0);
      expect(await store.inbox.get('wechat', 'wamid.1')).toBeNull();
    });

    test('should lease one message per conversation, in order, and the next only once the first completed', async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c2', 'b1'), inbound('c1', 'a2')], T0);
      const first = await store.inbox.lease(lease('one'));
      expect(first.map((m) => m.messageId)).toEqual(['a1', 'b1']);
      expect(first.every((m) => m.leaseOwner === 'one' && m.leaseUntil === T1 && m.attempts === 1)).toBe(true);
      expect(await store.inbox.lease(lease('two'))).toEqual([]);
      expect(await store.inbox.complete(first[0]!.id, 'one', T0, [])).toBe(true);
      expect((await store.inbox.lease(lease('two'))).map((m) => m.messageId)).toEqual(['a2']);
    });

    test('should lease a conversation\'s next message only when it is the oldest open one and free', async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c2', 'b1'), inbound('c1', 'a2')], T0);
      const a1 = await store.inbox.leaseNext('c1', { owner: 'one', now: T0, until: T1 });
      expect(a1).toMatchObject({ messageId: 'a1', leaseOwner: 'one', leaseUntil: T1, attempts: 1 });
      // a1 is held: neither it nor a2 behind it is handed out, by this call or by the general lease.
      expect(await store.inbox.leaseNext('c1', { owner: 'two', now: T0, until: T1 })).toBeNull();
      expect((await store.inbox.lease(lease('two'))).map((m) => m.messageId)).toEqual(['b1']);
      expect(await store.inbox.complete(a1!.id, 'one', T0, [])).toBe(true);
      expect(await store.inbox.leaseNext('c1', { owner: 'one', now: T0, until: T1 })).toMatchObject({ messageId: 'a2' });
      expect(await store.inbox.leaseNext('c9', { owner: 'one', now: T0, until: T1 })).toBeNull();
      // Its lease ended (the instance died): another owner takes it.
      expect(await store.inbox.leaseNext('c1', { owner: 'two', now: T1, until: T2 })).toMatchObject({ messageId: 'a2', leaseOwner: 'two', attempts: 2 });
    });

    test('should lease a conversation\'s next delivery only when it is the oldest pending one, due and free', async () => {
      await store.deliveries.enqueue([reply('c1', 'r1', null, T1), reply('c1', 'r2'), reply('c2', 's1')], T0);
      // r1 is not due yet, and r2 waits behind it.
      expect(await store.deliveries.leaseNext('c1', { owner: 'one', now: T0, until: T1 })).toBeNull();
      const r1 = await store.deliveries.leaseNext('c1', { owner: 'one', now: T1, until: T2 });
      expect(r1).toMatchObject({ activityId: 'r1', leaseOwner: 'one', attempts: 1 });
      expect(await store.deliveries.leaseNext('c1', { owner: 'two', now: T1, until: T2 })).toBeNull();
      expect(await store.deliveries.markSent(r1!.id, T1, 'api')).toBe(true);
      expect(await store.deliveries.leaseNext('c1', { owner: 'two', now: T1, until: T2 })).toMatchObject({ activityId: 'r2', leaseOwner: 'two' });
      expect(await store.deliveries.leaseNext('c2', { owner: 'two', now: T0, until: T1 })).toMatchObject({ activityId: 's1' });
    });

    test('should renew only the holder\'s leases of open messages and pending deliveries', async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c2', 'b1')], T0);
      const [a1, b1] = await store.inbox.lease(lease('one'));
      await store.inbox.complete(b1!.id, 'one', T0, []);
      expect(await store.inbox.renewLeases([a1!.id, b1!.id], 'one', T2)).toEqual([a1!.id]);
      expect(await store.inbox.renewLeases([a1!.id], 'other', T2)).toEqual([]);
      // Held until T2 now: not taken over at T1, when the first lease would have ended.
      expect(await store.inbox.lease({ owner: 'other', now: T1, until: T2, limit: 10 })).toEqual([]);
      expect((await store.inbox.get('whatsapp', 'a1'))?.leaseUntil).toBe(T2);
      await store.deliveries.enqueue([reply('c1', 'r1')], T0);
      const [r1] = await store.deliveries.lease(lease('one'));
      expect(await store.deliveries.renewLeases([r1!.id], 'other', T2)).toEqual([]);
      expect(await store.deliveries.renewLeases([r1!.id], 'one', T2)).toEqual([r1!.id]);
      expect(await store.deliveries.lease({ owner: 'other', now: T1, until: T2, limit: 10 })).toEqual([]);
      await store.deliveries.markSent(r1!.id, T1, 'api');
      expect(await store.deliveries.renewLeases([r1!.id], 'one', T2)).toEqual([]);
    });

    test('should defer a turn the store failed in without counting its start, for the holder only', async () => {
      await store.inbox.accept([inbound('c1', 'a1')], T0);
      const [a1] = await store.inbox.lease(lease('one'));
      expect(a1!.attempts).toBe(1);
      expect(await store.inbox.deferAfterStoreFailure(a1!.id, 'other', T1)).toBe(false);
      expect(await store.inbox.deferAfterStoreFailure(a1!.id, 'one', T1)).toBe(true);
      expect(await store.inbox.get('whatsapp', 'a1')).toMatchObject({ leaseOwner: null, leaseUntil: T1, attempts: 0 });
      // The lease ended: a renewal of the old holder's arriving late cannot extend it.
      expect(await store.inbox.renewLeases([a1!.id], 'one', T2)).toEqual([]);
      // Not before T1; then leased again as a first attempt.
      expect(await store.inbox.lease(lease('two', T0))).toEqual([]);
      expect(await store.inbox.lease({ owner: 'two', now: T1, until: T2, limit: 10 })).toMatchObject([{ messageId: 'a1', attempts: 1 }]);
    });

    test('should end a lease for its holder only, so that a late renewal cannot take it back', async () => {
      await store.inbox.accept([inbound('c1', 'a1')], T0);
      const [a1] = await store.inbox.lease(lease('one'));
      expect(await store.inbox.endLease(a1!.id, 'other', T0)).toBe(false);
      expect(await store.inbox.endLease(a1!.id, 'one', T1)).toBe(true);
      expect(await store.inbox.get('whatsapp', 'a1')).toMatchObject({ leaseOwner: null, leaseUntil: T1, attempts: 1 });
      // A renewal sent before the end and run after it (a connection that came back) extends nothing.
      expect(await store.inbox.renewLeases([a1!.id], 'one', T2)).toEqual([]);
      expect(await store.inbox.lease(lease('two', T0))).toEqual([]);
      expect(await store.inbox.lease({ owner: 'two', now: T1, until: T2, limit: 10 })).toMatchObject([{ messageId: 'a1', attempts: 2 }]);

      await store.deliveries.enqueue([reply('c1', 'r1')], T0);
      const [r1] = await store.deliveries.lease(lease('one'));
      expect(await store.deliveries.endLease(r1!.id, 'other', T0)).toBe(false);
      expect(await store.deliveries.endLease(r1!.id, 'one', T0)).toBe(true);
      expect(await store.deliveries.renewLeases([r1!.id], 'one', T2)).toEqual([]);
      expect(await store.deliveries.heldBy(r1!.id, 'one', T0)).toBe(false);
      expect(await store.deliveries.lease(lease('two', T0))).toMatchObject([{ id: r1!.id }]);
      await store.deliveries.markSent(r1!.id, T1, 'api');
      expect(await store.deliveries.endLease(r1!.id, 'two', T1)).toBe(false);
    });

    test('should say whether a delivery is still pending and leased by an owner', async () => {
      await store.deliveries.enqueue([reply('c1', 'r1')], T0);
      const [r1] = await store.deliveries.lease(lease('one'));
      expect(await store.deliveries.heldBy(r1!.id, 'one', T0)).toBe(true);
      expect(await store.deliveries.heldBy(r1!.id, 'two', T0)).toBe(false);
      // The lease ended at T1.
      expect(await store.deliveries.heldBy(r1!.id, 'one', T1)).toBe(false);
      await store.deliveries.markSent(r1!.id, T0, 'api');
      expect(await store.deliveries.heldBy(r1!.id, 'one', T0)).toBe(false);
      expect(await store.deliveries.heldBy(999_999, 'one', T0)).toBe(false);
    });

    test('should purge completed messages and sent deliveries settled before a time, and nothing open', async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c2', 'b1')], T0);
      const [a1] = await store.inbox.lease(lease('one'));
      await store.inbox.complete(a1!.id, 'one', T0, [reply('c1', 'r1', a1!.id), reply('c1', 'r2', a1!.id)]);
      const [r1] = await store.deliveries.lease(lease('one'));
      await store.deliveries.markSent(r1!.id, T0, 'api');
      expect(await store.inbox.purgeCompleted(T0)).toBe(0);
      expect(await store.deliveries.purgeSent(T0)).toBe(0);
      expect(await store.inbox.purgeCompleted(T1)).toBe(1);
      expect(await store.deliveries.purgeSent(T1)).toBe(1);
      expect(await store.inbox.get('whatsapp', 'a1')).toBeNull();
      expect((await store.inbox.get('whatsapp', 'b1'))?.completedAt).toBeNull();
      expect((await store.deliveries.forConversation('c1')).map((d) => [d.activityId, d.status])).toEqual([['r2', 'pending']]);
    });

    test('should hand a message whose lease ended to another owner, and refuse the old owner\'s completion', async () => {
      await store.inbox.accept([inbound('c1', 'a1')], T0);
      const [mine] = await store.inbox.lease(lease('dead'));
      expect(await store.inbox.lease(lease('alive', T0))).toEqual([]);
      const [taken] = await store.inbox.lease({ owner: 'alive', now: T1, until: T2, limit: 10 });
      expect(taken).toMatchObject({ id: mine!.id, leaseOwner: 'alive', attempts: 2 });
      expect(await store.inbox.complete(mine!.id, 'dead', T1, [reply('c1', 'r-dead', mine!.id)])).toBe(false);
      expect(await store.deliveries.forInbox(mine!.id)).toEqual([]);
      expect(await store.inbox.complete(taken!.id, 'alive', T1, [reply('c1', 'r1', taken!.id)])).toBe(true);
      expect(await store.inbox.complete(taken!.id, 'alive', T1, [reply('c1', 'r2', taken!.id)])).toBe(false);
      expect((await store.deliveries.forInbox(taken!.id)).map((d) => d.activityId)).toEqual(['r1']);
      expect((await store.inbox.get('whatsapp', 'a1'))?.completedAt).toBe(T1);
    });

    test("should lease one given message only once it is its conversation's next, while nobody holds it and it is open", async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c1', 'a2')], T0);
      const a2 = (await store.inbox.get('whatsapp', 'a2'))!;
      // a1 came first and is open: a2 waits, whoever asks.
      expect(await store.inbox.leaseIfNext(a2.id, { owner: 'sync', now: T0, until: T1 })).toBeNull();
      const [a1] = await store.inbox.lease(lease('loop'));
      expect(await store.inbox.leaseIfNext(a2.id, { owner: 'sync', now: T0, until: T1 })).toBeNull();
      expect(await store.inbox.complete(a1!.id, 'loop', T0, [])).toBe(true);
      expect(await store.inbox.leaseIfNext(a2.id, { owner: 'sync', now: T0, until: T1 })).toMatchObject({ messageId: 'a2', leaseOwner: 'sync', attempts: 1 });
      expect(await store.inbox.leaseIfNext(a2.id, { owner: 'other', now: T0, until: T1 })).toBeNull();
      // Its lease ended (the instance died): taken again.
      expect(await store.inbox.leaseIfNext(a2.id, { owner: 'other', now: T1, until: T2 })).toMatchObject({ leaseOwner: 'other', attempts: 2 });
      expect(await store.inbox.complete(a2.id, 'other', T1, [])).toBe(true);
      expect(await store.inbox.leaseIfNext(a2.id, { owner: 'late', now: T2, until: T2 })).toBeNull();
    });

    test('should end every open lease at once when a process takes over its own file', async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c2', 'b1')], T0);
      await store.inbox.lease(lease('before-crash'));
      expect(await store.inbox.expireLeases(T0)).toBe(2);
      expect((await store.inbox.lease(lease('after-restart'))).map((m) => m.messageId)).toEqual(['a1', 'b1']);
    });

    test('should end the outbox\'s open leases at once, for a process that takes over its own file', async () => {
      await store.deliveries.enqueue([reply('c1', 'r1'), reply('c2', 's1')], T0);
      await store.deliveries.lease(lease('before-crash'));
      expect(await store.deliveries.expireLeases(T0)).toBe(2);
      expect((await store.deliveries.lease(lease('after-restart'))).map((d) => [d.activityId, d.attempts])).toEqual([['r1', 2], ['s1', 2]]);
    });

    test('should give racing owners disjoint leases', async () => {
      await store.inbox.accept(Array.from({ length: 20 }, (_, i) => inbound(`c${i}`, `m${i}`)), T0);
      const leased = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => store.inbox.lease(lease(owner, T0, 8))));
      const ids = leased.flat().map((m) => m.messageId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(20);
    });

    test('should complete a turn with its replies queued in the outbox, in order', async () => {
      await store.inbox.accept([inbound('c1', 'a1')], T0);
      const [m] = await store.inbox.lease(lease('one'));
      await store.inbox.complete(m!.id, 'one', T0, [reply('c1', 'r1', m!.id), reply('c1', 'r2', m!.id)]);
      const queued = await store.deliveries.forInbox(m!.id);
      expect(queued.map((d) => [d.activityId, d.status, d.inboxId, d.attempts])).toEqual([
        ['r1', 'pending', m!.id, 0],
        ['r2', 'pending', m!.id, 0],
      ]);
      expect(queued[0]!.ref).toEqual(ref('c1'));
      expect(queued[0]!.activity.text).toBe('answer r1');
    });

    test('should queue an activity once, and send a conversation\'s deliveries one at a time in order', async () => {
      expect(await store.deliveries.enqueue([reply('c1', 'r1'), reply('c1', 'r2'), reply('c2', 's1')], T0)).toHaveLength(3);
      expect(await store.deliveries.enqueue([reply('c1', 'r1')], T0)).toEqual([]);
      const first = await store.deliveries.lease(lease('one'));
      expect(first.map((d) => d.activityId)).toEqual(['r1', 's1']);
      expect(await store.deliveries.lease(lease('two'))).toEqual([]);
      expect(await store.deliveries.markSent(first[0]!.id, T0, 'api')).toBe(true);
      expect(await store.deliveries.markSent(first[0]!.id, T0, 'api')).toBe(false);
      expect((await store.deliveries.lease(lease('two'))).map((d) => d.activityId)).toEqual(['r2']);
      const [sent] = await store.deliveries.forConversation('c1');
      expect(sent).toMatchObject({ status: 'sent', settledAt: T0, transport: 'api', leaseOwner: null });
    });

    test('should retry a failed delivery from its retry time, and list it once given up', async () => {
      await store.deliveries.enqueue([reply('c1', 'r1'), reply('c1', 'r2')], T0);
      const [d] = await store.deliveries.lease(lease('one'));
      expect(await store.deliveries.markFailed(d!.id, 'other', 'x', T1, T0)).toBe(false);
      expect(await store.deliveries.markFailed(d!.id, 'one', '500: busy', T1, T0)).toBe(true);
      // Not due yet, and the conversation's next delivery waits behind it.
      expect(await store.deliveries.lease(lease('one', T0))).toEqual([]);
      const [retried] = await store.deliveries.lease({ owner: 'one', now: T1, until: T2, limit: 10 });
      expect(retried).toMatchObject({ id: d!.id, attempts: 2, lastError: '500: busy' });
      expect(await store.deliveries.markFailed(d!.id, 'one', '400: bad number', null, T1)).toBe(true);
      expect((await store.deliveries.undeliverable(10)).map((u) => [u.activityId, u.status, u.lastError, u.settledAt])).toEqual([
        ['r1', 'undeliverable', '400: bad number', T1],
      ]);
      expect((await store.deliveries.lease({ owner: 'one', now: T1, until: T2, limit: 10 })).map((x) => x.activityId)).toEqual(['r2']);
    });

    test("should lease, in the accepting call, up to the limit of the fresh messages that are their conversation's next", async () => {
      await store.inbox.accept([inbound('c0', 'z1')], T0);
      const accepted = await store.inbox.accept([inbound('c1', 'a1'), inbound('c1', 'a2'), inbound('c2', 'b1'), inbound('c3', 'd1'), inbound('c0', 'z1')], T0, lease('fast', T0, 2));
      // a2 waits behind a1; d1 is past the limit; z1 is a redelivery.
      expect(accepted.map((a) => [a.message.messageId, a.fresh, a.leased ?? false, a.message.leaseOwner])).toEqual([
        ['a1', true, true, 'fast'],
        ['a2', true, false, null],
        ['b1', true, true, 'fast'],
        ['d1', true, false, null],
        ['z1', false, false, null],
      ]);
      expect((await store.inbox.lease(lease('loop'))).map((m) => m.messageId)).toEqual(['z1', 'd1']);
    });

    test("should complete a turn and lease the conversation's next message and first due reply in one call, and only when it completed", async () => {
      await store.inbox.accept([inbound('c1', 'a1'), inbound('c1', 'a2')], T0);
      const [a1] = await store.inbox.lease(lease('one'));
      const next = { owner: 'one', now: T0, until: T1 };
      expect(await store.inbox.completeAndLeaseNext(a1!, 'other', T0, [reply('c1', 'r0', a1!.id)], next)).toEqual({ completed: false, next: null, send: null });
      const done = await store.inbox.completeAndLeaseNext(a1!, 'one', T0, [reply('c1', 'r1', a1!.id), reply('c1', 'r2', a1!.id)], next);
      expect(done).toMatchObject({ completed: true, next: { messageId: 'a2', leaseOwner: 'one', attempts: 1 }, send: { activityId: 'r1', leaseOwner: 'one', attempts: 1 } });
      expect((await store.deliveries.forInbox(a1!.id)).map((d) => d.activityId)).toEqual(['r1', 'r2']);
      for (const d of await store.deliveries.forInbox(a1!.id)) await store.deliveries.markSent(d.id, T0, 'api');
      // A reply held for later (WeChat's passive reply) is not leased with the completion.
      expect(await store.inbox.completeAndLeaseNext(done.next!, 'one', T0, [reply('c1', 'h1', done.next!.id, T2)], next)).toEqual({ completed: true, next: null, send: null });
      expect((await store.deliveries.lease({ owner: 'loop', now: T2, until: T2, limit: 10 })).map((d) => d.activityId)).toEqual(['h1']);
    });

    test("should mark a delivery sent and lease the conversation's next due one in one call", async () => {
      await store.deliveries.enqueue([reply('c1', 'r1'), reply('c1', 'r2'), reply('c1', 'r3', null, T2)], T0);
      const [r1] = await store.deliveries.lease(lease('one'));
      const next = { owner: 'one', now: T0, until: T1 };
      const sent = await store.deliveries.markSentAndLeaseNext(r1!, T0, 'api', next);
      expect(sent).toMatchObject({ marked: true, next: { activityId: 'r2', leaseOwner: 'one' } });
      // r3 is not due yet.
      expect(await store.deliveries.markSentAndLeaseNext(sent.next!, T0, 'api', next)).toEqual({ marked: true, next: null });
      expect((await store.deliveries.forConversation('c1')).map((d) => d.status)).toEqual(['sent', 'sent', 'pending']);
    });

    test('should hold deliveries until their time, unless hurried', async () => {
      await store.inbox.accept([inbound('c1', 'a1')], T0);
      const [m] = await store.inbox.lease(lease('one'));
      await store.inbox.complete(m!.id, 'one', T0, [reply('c1', 'r1', m!.id, T2)]);
      expect(await store.deliveries.lease(lease('one', T1))).toEqual([]);
      await store.deliveries.hurry(m!.id, T1);
      expect((await store.deliveries.lease(lease('one', T1))).map((d) => d.activityId)).toEqual(['r1']);
    });
  });
}
