/** The queues' work loop: leases by conversation, and leases kept while a long item runs (issue 16). */
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { FixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { InboxMessage } from '../../../src/store/records.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { Store } from '../../../src/store/store.ts';
import { LeasedWork } from '../../../src/turn/durable/leasedWork.ts';

const T0 = '2026-03-20T09:00:00.000Z';
const LEASE_MS = 30_000;

describe('LeasedWork', () => {
  let store: Store;
  let clock: FixedClock;
  let work: LeasedWork<InboxMessage>;
  /** Items started, and a way to let each one finish. */
  const started: InboxMessage[] = [];
  const finish = new Map<number, () => void>();
  const warnings: string[] = [];
  /** Whether a run completes with the conversation's next message leased (completeAndLeaseNext), as the inbox does. */
  let leaseWithCompletion = false;
  let leaseNextCalls = 0;

  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    clock = new FixedClock(T0);
    started.length = 0;
    warnings.length = 0;
    leaseWithCompletion = false;
    leaseNextCalls = 0;
    const config = { ...loadConfig({}).durability, leaseMs: LEASE_MS, pollMs: 60_000 };
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line).msg) });
    work = new LeasedWork({ owner: 'here', clock, logger, config }, {
      name: 'inbox',
      concurrency: 4,
      lease: (r) => store.inbox.lease(r),
      leaseNext: (conversationId, r) => {
        leaseNextCalls++;
        return store.inbox.leaseNext(conversationId, r);
      },
      renew: (ids, owner, until) => store.inbox.renewLeases(ids, owner, until),
      run: async (m) => {
        started.push(m);
        await new Promise<void>((resolve) => finish.set(m.id, resolve));
        const at = clock.now().toISOString();
        if (!leaseWithCompletion) return void (await store.inbox.complete(m.id, 'here', at, []));
        return (await store.inbox.completeAndLeaseNext(m, 'here', at, [], { owner: 'here', now: at, until: new Date(clock.now().getTime() + LEASE_MS).toISOString() })).next;
      },
    });
  });
  afterEach(async () => {
    for (const release of finish.values()) release();
    await work.close();
    await store.close();
  });

  const accept = async (conversationId: string, messageId: string) => {
    await store.inbox.accept([{ channelId: 'whatsapp', messageId, conversationId, payload: {} }], clock.now().toISOString());
    work.offer(conversationId);
    await work.idleLeasing();
  };
  const takeOver = () => store.inbox.lease({ owner: 'elsewhere', now: clock.now().toISOString(), until: new Date(clock.now().getTime() + LEASE_MS).toISOString(), limit: 10 });

  test('should run an offered conversation\'s messages one at a time, in order', async () => {
    await accept('c1', 'a1');
    await accept('c1', 'a2');
    await accept('c2', 'b1');
    expect(started.map((m) => m.messageId)).toEqual(['a1', 'b1']);
    // a1 done: its conversation's next message is leased in its place.
    finish.get(started[0]!.id)!();
    await vi.waitFor(() => expect(started.map((m) => m.messageId)).toEqual(['a1', 'b1', 'a2']));
  });

  test("should run the next message leased with a completion in the same slot, and look no further when there was none", async () => {
    leaseWithCompletion = true;
    await accept('c1', 'a1');
    // Accepted meanwhile by another instance: its own lease failed (a1 runs), nobody offers it here.
    await store.inbox.accept([{ channelId: 'whatsapp', messageId: 'a2', conversationId: 'c1', payload: {} }], T0);
    const calls = leaseNextCalls;
    finish.get(started[0]!.id)!();
    await vi.waitFor(() => expect(started.map((m) => m.messageId)).toEqual(['a1', 'a2']));
    finish.get(started[1]!.id)!();
    await work.idle();
    expect(leaseNextCalls).toBe(calls);
    expect((await store.inbox.get('whatsapp', 'a2'))?.completedAt).toBe(T0);
  });

  test('should look again at a conversation offered while its item ran, even when the completion leased nothing', async () => {
    leaseWithCompletion = true;
    await accept('c1', 'a1');
    const calls = leaseNextCalls;
    // Offered while a1 runs (a message accepted here whose accepting transaction raced a1's completion).
    work.offer('c1');
    await work.idleLeasing();
    expect(leaseNextCalls).toBe(calls);
    finish.get(started[0]!.id)!();
    await work.idle();
    expect(leaseNextCalls).toBe(calls + 1);
  });

  test('should keep the lease of a turn that runs longer than the lease, so no other instance takes it over', async () => {
    await accept('c1', 'a1');
    for (let i = 0; i < 4; i++) {
      clock.advance(LEASE_MS / 2);
      await work.renewLeases();
    }
    // Two leases' time later the turn still runs here: nobody else may take it.
    expect(await takeOver()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('should stop renewing a lease its item ended while still running, so it is taken again when due, not a lease later', async () => {
    // Found by test/server/databaseOutage.test.ts: turns that failed in a PostgreSQL outage ended their leases, a renewal
    // sent during the outage ran after that and extended them, and their conversations waited a whole lease.
    await accept('c1', 'a1');
    const [a1] = started;
    work.release(a1!.id);
    expect(await store.inbox.endLease(a1!.id, 'here', clock.now().toISOString())).toBe(true);
    await work.renewLeases();
    expect((await takeOver()).map((m) => m.messageId)).toEqual(['a1']);
    expect(warnings).toEqual([]);
  });

  test('should say so when a lease was lost while its item ran (frozen past the lease)', async () => {
    await accept('c1', 'a1');
    clock.advance(LEASE_MS + 1);
    expect((await takeOver()).map((m) => m.messageId)).toEqual(['a1']);
    await work.renewLeases();
    expect(warnings).toEqual(['inbox: leases lost while running; another instance may have taken them over']);
  });

  test('should run items adopted while every slot is taken once slots free, never more than its concurrency at once (and keep their leases)', async () => {
    // Found by the Bot Framework crash test: sends leased with turns' completions ran beside the outbox's own,
    // so more sends were in flight than its concurrency, and a kill could repeat more of them than that.
    for (let i = 1; i <= 6; i++) await store.inbox.accept([{ channelId: 'whatsapp', messageId: `m${i}`, conversationId: `c${i}`, payload: {} }], T0);
    const leased = await store.inbox.lease({ owner: 'here', now: T0, until: new Date(clock.now().getTime() + LEASE_MS).toISOString(), limit: 6 });
    for (const m of leased) work.adopt(m);
    expect(started.map((m) => m.messageId)).toEqual(['m1', 'm2', 'm3', 'm4']);
    // Still waiting for a slot two leases' time later: renewed, nobody else may take them.
    for (let i = 0; i < 4; i++) {
      clock.advance(LEASE_MS / 2);
      await work.renewLeases();
    }
    expect(await takeOver()).toEqual([]);
    finish.get(started[0]!.id)!();
    await vi.waitFor(() => expect(started.map((m) => m.messageId)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']));
    finish.get(started[1]!.id)!();
    await vi.waitFor(() => expect(started).toHaveLength(6));
    expect(warnings).toEqual([]);
  });
});
