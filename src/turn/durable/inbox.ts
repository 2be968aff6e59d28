/**
 * The durable inbox: a platform's message is committed (inbox_messages, unique per channel and
 * platform message id) before the platform gets its 200; turns are then taken from the store, in
 * order per conversation, under a lease; the turn's replies are committed to the outbox in the same
 * transaction that completes it. An instance that starts takes over what was accepted but never
 * completed, so every accepted message is answered exactly once, whatever crashes.
 */
import type { Logger } from 'pino';
import type { Activity, ConversationRef } from '../../activity.ts';
import type { Clock } from '../../clock.ts';
import type { DurabilityConfig } from '../../config.ts';
import type { InboxMessage, NewInboxMessage, OutboxDelivery } from '../../store/records.ts';
import type { LeaseRequest, Store } from '../../store/store.ts';
import type { Deliver, TurnOutcome, TurnPipeline } from '../types.ts';
import { LeasedWork } from './leasedWork.ts';
import type { Metrics } from '../../metrics/metrics.ts';
import { AcceptingRequests, runWithLogContext } from '../../requestContext.ts';
import { deliveryOf, isShownToCustomers, type Outbox } from './outbox.ts';
import { isStoreFailure } from '../../store/storeFailure.ts';

/** What a channel does with its stored messages. */
export interface InboxChannel {
  /**
   * The turn's activity from the stored payload (files fetched, a numbered answer mapped …); null
   * when there is nothing to run (the message completes without a turn).
   */
  prepare(message: InboxMessage): Promise<Activity | null>;
  /** How long the turn's replies wait before the outbox sends them (WeChat: for its passive reply). */
  holdRepliesMs?: number;
  /**
   * Replies held from before that go out ahead of the turn's own (WhatsApp: what waited outside the
   * service window, which the customer's message opens again), committed to the outbox with the
   * turn's completion; `committed` runs once they are. Null when none wait.
   */
  heldReplies?(activity: Activity): Promise<HeldReplies | null>;
}

export interface HeldReplies {
  ref: ConversationRef;
  activities: Activity[];
  committed(): Promise<void>;
}

export interface DurableInboxOptions {
  store: Store;
  pipeline: TurnPipeline;
  outbox: Outbox;
  clock: Clock;
  logger: Logger;
  owner: string;
  config: DurabilityConfig;
  metrics?: Metrics;
}

/** Turns run at once at most (conversations are independent; one conversation runs one at a time). */
const CONCURRENT_TURNS = 16;
/** A message whose turn was started this often without completing is given up (logged), not run forever. */
const MAX_TURN_ATTEMPTS = 5;
/** How soon a runNow turn waiting behind another instance's turn of its conversation looks again, at first and at most. */
const FIRST_LOOK_MS = 5;
const LAST_LOOK_MS = 100;
/** A turn the store failed in runs again after this, four times longer each time in a row (at most a lease). */
const STORE_RETRY_FIRST_MS = 250;
/** Ending the lease of a turn that threw is tried this often, the pauses doubling from the first (about 25 s in all). */
const END_LEASE_TRIES = 8;
const END_LEASE_FIRST_PAUSE_MS = 100;

export class DurableInbox {
  private readonly channels = new Map<string, InboxChannel>();
  private readonly work: LeasedWork<InboxMessage>;
  /** Callers waiting for a turn this process runs, by inbox id. */
  private readonly waiting = new Map<number, (() => void)[]>();
  /** Messages whose replies go out at once when their turn completes (see releaseReplies). */
  private readonly released = new Set<number>();
  /** runNow callers waiting for a turn of their conversation to end, by conversation. */
  private readonly turnWaiters = new Map<string, Set<() => void>>();
  private accepting = true;
  /** Turns the store failed in, in a row, by inbox id (their retries back off). */
  private readonly storeFailures = new Map<number, number>();
  /** Which request accepted a message, for its turn's log lines. */
  private readonly acceptedBy = new AcceptingRequests();

  constructor(private readonly o: DurableInboxOptions) {
    this.work = new LeasedWork(o, {
      name: 'inbox',
      concurrency: CONCURRENT_TURNS,
      lease: (r) => o.store.inbox.lease(r),
      leaseNext: (conversationId, r) => o.store.inbox.leaseNext(conversationId, r),
      renew: (ids, owner, until) => o.store.inbox.renewLeases(ids, owner, until),
      // A turn logs under the accepting request's id (when it was accepted here) and the platform message id.
      run: (m) => runWithLogContext(this.acceptedBy.turnContext(m), () => this.take(m)),
    });
  }

  /** A channel whose messages this inbox runs. */
  register(channelId: string, channel: InboxChannel): void {
    this.channels.set(channelId, channel);
  }

  /** False once the instance is shutting down: webhooks answer 503 and the platform retries elsewhere. */
  get isAccepting(): boolean {
    return this.accepting;
  }

  /**
   * Commits the messages (one transaction) and starts their turns. When this resolves the platform
   * may have its 200. A message already there (a redelivery) is not added again: `fresh` is false.
   */
  async accept(messages: readonly NewInboxMessage[]): Promise<{ message: InboxMessage; fresh: boolean }[]> {
    if (!messages.length) return [];
    const now = this.o.clock.now();
    // Leased in the accepting transaction while slots are free: the turn starts without a statement of its own.
    const accepted = await this.o.store.inbox.accept(messages, now.toISOString(), this.leaseRequest(now, this.work.freeSlots()));
    // Committed before the platform has its 200 (and before the turn starts: a failed commit is a 5xx, nothing runs).
    await this.o.store.durable();
    this.o.logger.info({ channel: messages[0]!.channelId, messageIds: accepted.map((a) => a.message.messageId) }, 'inbox: accepted');
    this.acceptedBy.accepted(accepted.map((a) => a.message.id));
    for (const a of accepted) {
      if (a.leased) this.work.adopt(a.message);
      // Its conversation's next turn is leased now (a redelivery of a message not answered yet too), not at the next poll.
      else if (a.message.completedAt === null) this.work.offer(a.message.conversationId);
    }
    return accepted;
  }

  /**
   * For a channel whose HTTP answer waits for the turn (Direct Line, Bot Framework): commits the
   * message, runs its turn here with the channel's own `deliver` once the conversation's turns before
   * it completed (here or on another instance: one turn of a conversation at a time), and completes
   * it. A redelivery of a message whose turn completed is a duplicate; one whose turn never completed
   * (the instance died in it) runs now. A message another instance runs, or that waited longer than a
   * lease, is left to the inbox's loop, its replies sent by the outbox. A turn that throws is not
   * completed: its lease ends at once, so the platform's retry (the caller answers 5xx) runs it again.
   */
  async runNow(message: NewInboxMessage, activity: Activity, deliver: Deliver): Promise<TurnOutcome> {
    const { store, clock, owner } = this.o;
    const duplicate: TurnOutcome = { status: 'duplicate', conversationId: message.conversationId, replies: [] };
    const now = clock.now();
    const [accepted] = await store.inbox.accept([message], now.toISOString(), this.leaseRequest(now, 1));
    await store.durable();
    if (accepted!.message.completedAt) return duplicate;
    const leased = accepted!.leased ? accepted!.message : await this.leaseInTurn(accepted!.message);
    if (!leased) return duplicate;
    let outcome: TurnOutcome;
    // What the customer is shown is committed first (a ticket number the reply names), as on the queued channels.
    const durableDeliver: Deliver = async (ref, activities) => {
      await store.durable();
      await deliver(ref, activities);
    };
    try {
      // One transaction (PostgreSQL) up to each reply shown, which commits what came before it, and one to the completion.
      outcome = await store.unitOfWork(async () => {
        const outcome = await this.o.pipeline.process(activity, durableDeliver, { inboxAttempt: leased.attempts });
        await store.inbox.complete(leased.id, owner, clock.now().toISOString(), []);
        return outcome;
      });
    } catch (error) {
      await this.endLease(leased, clock.now());
      throw error;
    }
    // The channel's HTTP answer says the turn is done: it is, durably.
    await store.durable();
    this.turnEnded(leased.conversationId);
    return outcome;
  }

  private leaseRequest(now: Date, limit: number): LeaseRequest {
    return { owner: this.o.owner, now: now.toISOString(), until: new Date(now.getTime() + this.o.config.leaseMs).toISOString(), limit };
  }

  /**
   * The turn threw: its lease ends at `at`, so it runs again then. When the store failed in it (not
   * the turn: a full disk, a lost connection), this start is not counted as an attempt, or a store
   * down for a minute would have the message given up unanswered. A store that refuses to end the
   * lease too, or takes it back with a failed commit (`lostWrites`), is asked again a few times
   * before the lease is left to expire (the conversation's later messages wait behind it till then).
   */
  private async endLease(message: InboxMessage, at: Date, storeFailed = false): Promise<void> {
    const { store, clock, logger, owner } = this.o;
    this.work.release(message.id);
    for (let tries = 1, pause = END_LEASE_FIRST_PAUSE_MS; ; tries++, pause *= 2) {
      try {
        const lost = store.lostWrites();
        const until = new Date(Math.max(at.getTime(), clock.now().getTime())).toISOString();
        if (storeFailed) await store.inbox.deferAfterStoreFailure(message.id, owner, until);
        else await store.inbox.endLease(message.id, owner, until);
        await store.durable();
        if (store.lostWrites() === lost) break;
      } catch (error) {
        if (tries === END_LEASE_TRIES) logger.warn({ err: error, id: message.id }, 'inbox: could not end the lease of a failed turn; it ends when it expires');
      }
      if (tries === END_LEASE_TRIES) break;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
    this.turnEnded(message.conversationId);
  }

  /**
   * Leases the message once the turns before it in its conversation completed, looking again when a
   * turn of the conversation ends here and, for turns on other instances, at growing intervals; null
   * when someone else holds it, or when it waited a whole lease (the loop takes it from there).
   */
  private async leaseInTurn(message: InboxMessage): Promise<InboxMessage | null> {
    const { store, clock, config } = this.o;
    const giveUpAt = clock.now().getTime() + config.leaseMs;
    for (let pause = FIRST_LOOK_MS; ; pause = Math.min(pause * 2, LAST_LOOK_MS)) {
      const ended = this.nextTurnEnd(message.conversationId);
      const now = clock.now();
      const leased = await store.inbox.leaseIfNext(message.id, this.leaseRequest(now, 1));
      if (leased) return leased;
      const stored = await store.inbox.get(message.channelId, message.messageId);
      const heldElsewhere = stored?.leaseUntil != null && stored.leaseUntil > now.toISOString();
      if (!stored || stored.completedAt || heldElsewhere || now.getTime() >= giveUpAt) return null;
      await ended.wait(pause);
    }
  }

  /** Resolves when a turn of the conversation ends in this process, or after `ms`. */
  private nextTurnEnd(conversationId: string): { wait(ms: number): Promise<void> } {
    let wake!: () => void;
    const ended = new Promise<void>((resolve) => (wake = resolve));
    const waiters = this.turnWaiters.get(conversationId) ?? new Set();
    waiters.add(wake);
    this.turnWaiters.set(conversationId, waiters);
    return {
      wait: async (ms) => {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([ended, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
        clearTimeout(timer);
        waiters.delete(wake);
        if (!waiters.size && this.turnWaiters.get(conversationId) === waiters) this.turnWaiters.delete(conversationId);
      },
    };
  }

  /** A turn of the conversation ended here: whoever waits for its next turn looks again. */
  private turnEnded(conversationId: string): void {
    for (const wake of this.turnWaiters.get(conversationId) ?? []) wake();
  }

  /**
   * 'done' once the message's turn completed (here, or before), 'late' when it did not within
   * `budgetMs` (it may still run, here or on another instance).
   */
  async completedWithin(message: InboxMessage, budgetMs: number): Promise<'done' | 'late'> {
    let wake!: () => void;
    const done = new Promise<'done'>((resolve) => (wake = () => resolve('done')));
    this.waiting.set(message.id, [...(this.waiting.get(message.id) ?? []), wake]);
    let timer: NodeJS.Timeout | undefined;
    try {
      // Completed between the caller's read and now: no completion is coming to wake us.
      if ((await this.o.store.inbox.get(message.channelId, message.messageId))?.completedAt) return 'done';
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), budgetMs)));
      return await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
      const left = (this.waiting.get(message.id) ?? []).filter((w) => w !== wake);
      if (left.length) this.waiting.set(message.id, left);
      else this.waiting.delete(message.id);
    }
  }

  /** The message's replies need not wait (its channel gave up holding them for an answer): sent as soon as they are committed. */
  async releaseReplies(inboxId: number, at: string): Promise<void> {
    this.released.add(inboxId);
    await this.o.store.deliveries.hurry(inboxId, at);
    this.o.outbox.kick();
  }

  /**
   * Takes over at start: on SQLite (one process per file) every lease left by the process before
   * ends now; on PostgreSQL other instances' leases end when they expire.
   */
  async start(): Promise<void> {
    if (this.o.store.kind === 'sqlite') {
      const taken = await this.o.store.inbox.expireLeases(this.o.clock.now().toISOString());
      if (taken) this.o.logger.warn({ taken }, 'inbox: taking over turns accepted before a crash');
    }
    this.work.start();
  }

  idle(): Promise<void> {
    return this.work.idle();
  }

  /** Something may be due anywhere (leases were ended): lease what is. */
  kick(): void {
    this.work.kick();
  }

  /** Stops accepting and leasing; turns that run finish (their replies reach the outbox). */
  async close(): Promise<void> {
    this.accepting = false;
    await this.work.close();
  }

  /** Runs the message's turn; resolves with the conversation's next message when it leased it with the completion. */
  private async take(message: InboxMessage): Promise<InboxMessage | null | void> {
    const { store, clock, logger, owner } = this.o;
    const channel = this.channels.get(message.channelId);
    if (!channel) {
      logger.error({ channel: message.channelId, id: message.id }, 'inbox: no channel here for an accepted message; left for an instance that has it');
      return;
    }
    const givenUp = message.attempts > MAX_TURN_ATTEMPTS;
    if (givenUp) {
      logger.error({ channel: message.channelId, messageId: message.messageId, attempts: message.attempts }, 'inbox: the turn never completed; given up');
      this.o.metrics?.queues.turnGivenUp(message.channelId);
    }
    // Outside the turn's transaction: a channel may fetch the message's files from its platform first.
    const activity = givenUp ? null : await channel.prepare(message);
    let held = null as HeldReplies | null; // set in the unit of work below
    let deliveries: ReturnType<typeof deliveryOf>[] = [];
    let now = clock.now();
    let ended: { completed: boolean; next: InboxMessage | null; send: OutboxDelivery | null };
    try {
      // The turn, its held replies and its completion with the replies queued: one transaction
      // (PostgreSQL), all or nothing. A crash or a failure before its commit runs the whole turn again.
      ended = await store.unitOfWork(async () => {
        const replies: { ref: ConversationRef; activity: Activity }[] = [];
        if (activity) {
          const collect: Deliver = async (ref, activities) => void replies.push(...activities.map((activity) => ({ ref, activity })));
          const outcome = await this.o.pipeline.process(activity, collect, { inboxAttempt: message.attempts });
          logger.debug({ channel: message.channelId, messageId: message.messageId, attempt: message.attempts, status: outcome.status, replies: outcome.replies.length }, 'inbox: turn');
          held = (await channel.heldReplies?.(activity)) ?? null;
        }
        now = clock.now();
        const hold = this.released.has(message.id) ? 0 : (channel.holdRepliesMs ?? 0);
        const notBefore = new Date(now.getTime() + hold).toISOString();
        // Held replies first (the customer reads them before the new answer), each under a key of its own: its first send is in the outbox already.
        deliveries = [
          ...(held?.activities.map((a) => deliveryOf(held!.ref, a, message.id, notBefore, `${a.id}@release:${message.id}`)) ?? []),
          ...replies.filter((r) => isShownToCustomers(r.activity)).map((r) => deliveryOf(r.ref, r.activity, message.id, notBefore)),
        ];
        const ended = await store.inbox.completeAndLeaseNext(message, owner, now.toISOString(), deliveries, this.leaseRequest(now, 1));
        // Another instance took the turn over (this one was stopped past its lease): nothing this run did
        // may stay beside what that one does (a ticket twice, the dialog moved on twice). PostgreSQL rolls
        // the turn's transaction back; one process owns a SQLite file, so no other instance takes a turn there.
        if (!ended.completed) throw new TurnTakenOver();
        return ended;
      });
    } catch (error) {
      if (error instanceof TurnTakenOver) {
        this.released.delete(message.id);
        logger.warn({ id: message.id, messageId: message.messageId }, 'inbox: the lease ended before the turn completed; another instance runs it');
        return;
      }
      // The turn failed (the store, as a rule): run it again a little later (sooner than its lease would end), its replies dropped.
      const storeFailed = isStoreFailure(error);
      const failures = (this.storeFailures.get(message.id) ?? 0) + 1;
      if (storeFailed) this.storeFailures.set(message.id, failures);
      const retryAt = new Date(clock.now().getTime() + Math.min(this.o.config.leaseMs, STORE_RETRY_FIRST_MS * 4 ** ((storeFailed ? failures : message.attempts) - 1)));
      logger.warn({ err: error, channel: message.channelId, messageId: message.messageId, attempt: message.attempts, storeFailed, retryAt }, 'inbox: the turn failed; it runs again');
      await this.endLease(message, retryAt, storeFailed);
      this.work.kickAt(retryAt);
      return;
    }
    this.storeFailures.delete(message.id);
    this.released.delete(message.id);
    const { next, send } = ended;
    this.o.metrics?.turns.inboxTurnCompleted(message.channelId, message.acceptedAt, now);
    this.turnEnded(message.conversationId);
    await held?.committed();
    if (send) this.o.outbox.adopt(send);
    for (const conversationId of new Set(deliveries.map((d) => d.conversationId))) if (conversationId !== send?.conversationId) this.o.outbox.offer(conversationId);
    for (const wake of this.waiting.get(message.id) ?? []) wake();
    return next;
  }
}

/** The turn's completion found its lease held by another instance: its transaction is rolled back. */
class TurnTakenOver extends Error {
  constructor() {
    super('the turn was taken over by another instance before it completed');
  }
}

/**
 * The inbox entry of an activity a channel runs at once (runNow): the activity itself is what a
 * takeover runs again.
 */
export function inboxEntryOf(activity: Activity): NewInboxMessage {
  return { channelId: activity.channelId, messageId: activity.id!, conversationId: activity.conversation.id, payload: { activity } };
}

/** A channel whose stored messages are their activities (Direct Line, Bot Framework): what a takeover runs. */
export const storedActivities: InboxChannel = {
  prepare: async (message) => (message.payload as { activity: Activity }).activity,
};
