/**
 * The durable outbox: every outbound activity on a platform channel is committed (outbox_deliveries)
 * before it is sent, sent in order per conversation through the channel's adapter, marked sent when
 * the platform accepted it, retried with exponential backoff and jitter when the platform is busy or
 * unreachable (5xx, 429, time-outs), and given up as undeliverable — shown to agents with its reason
 * — when it refuses the message or the attempts run out.
 */
import type { Logger } from 'pino';
import type { Activity, ConversationRef } from '../../activity.ts';
import type { Clock } from '../../clock.ts';
import type { DurabilityConfig } from '../../config.ts';
import type { OutboxDelivery } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';
import type { Deliver } from '../types.ts';
import { LeasedWork } from './leasedWork.ts';
import type { Metrics } from '../../metrics/metrics.ts';

export interface OutboxOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** This instance, as lease owner. */
  owner: string;
  config: DurabilityConfig;
  /** The adapter's send for a channel; null when the channel is off here. */
  deliverFor: (channelId: string) => Deliver | null;
  /** A number in [0, 1) for the jitter; Math.random unless a test fixes it. */
  random?: () => number;
  metrics?: Metrics;
}

/** Sends to one platform at once at most this many (the conversations are independent). */
const CONCURRENT_SENDS = 16;

/**
 * Whether a failed send may succeed later. Adapters' errors say so (`transient`): a platform's 5xx,
 * 429 and time-outs are, a refusal of the message (4xx) is not. An error that does not say is tried
 * again, within the attempts.
 */
export function isTransient(error: unknown): boolean {
  const flag = (error as { transient?: unknown } | null)?.transient;
  return typeof flag === 'boolean' ? flag : true;
}

/** The delay before retry `attempt` (1-based): base · 2^(attempt-1), capped, scaled by a jitter in [½, 1). */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
  return Math.round(ceiling * (0.5 + random() / 2));
}

export class Outbox {
  private readonly work: LeasedWork<OutboxDelivery>;
  private readonly random: () => number;
  /**
   * Deliveries the platform accepted whose `sent` mark is not known committed yet (by id). A mark a
   * failed SQLite commit took back leaves the delivery pending; when it comes round again it is
   * marked sent, not sent twice.
   */
  private readonly acceptedUnmarked = new Set<number>();

  constructor(private readonly o: OutboxOptions) {
    this.random = o.random ?? Math.random;
    this.work = new LeasedWork(o, {
      name: 'outbox',
      concurrency: CONCURRENT_SENDS,
      lease: (r) => o.store.deliveries.lease(r),
      leaseNext: (conversationId, r) => o.store.deliveries.leaseNext(conversationId, r),
      renew: (ids, owner, until) => o.store.deliveries.renewLeases(ids, owner, until),
      run: (d) => this.send(d),
    });
  }

  /** The Deliver for sends outside a customer turn (agents' replies, notices): committed, then sent. */
  readonly deliver: Deliver = async (ref: ConversationRef, activities: Activity[]): Promise<void> => {
    const at = this.o.clock.now().toISOString();
    await this.o.store.deliveries.enqueue(activities.filter(isShownToCustomers).map((activity) => deliveryOf(ref, activity, null, at)), at);
    this.work.offer(ref.conversationId);
  };

  /** Takes over at start: on SQLite (one process per file) the sends the process before left in flight go again now. */
  async start(): Promise<void> {
    if (this.o.store.kind === 'sqlite') {
      const taken = await this.o.store.deliveries.expireLeases(this.o.clock.now().toISOString());
      if (taken) this.o.logger.warn({ taken }, 'outbox: sending again what was in flight at a crash (the platform may have taken some already)');
    }
    this.work.start();
  }

  /** Something may be due anywhere (deliveries hurried): lease what is. */
  kick(): void {
    this.work.kick();
  }

  /** New deliveries were committed for the conversation (a turn completed): send them. */
  offer(conversationId: string): void {
    this.work.offer(conversationId);
  }

  /** Sends a delivery leased for this instance elsewhere (with the turn's completion). */
  adopt(delivery: OutboxDelivery): void {
    this.work.adopt(delivery);
  }

  idle(): Promise<void> {
    return this.work.idle();
  }

  close(): Promise<void> {
    return this.work.close();
  }

  /**
   * Ends this instance's lease of a delivery it did not send, so it is leased again at the next look
   * (not a minute later, when the lease would end). A store that refuses this too counts it among its
   * lost writes, and LostWritesRecovery ends every lease once writes go through again.
   */
  private async letGo(d: OutboxDelivery): Promise<void> {
    this.work.release(d.id);
    try {
      await this.o.store.deliveries.endLease(d.id, this.o.owner, this.o.clock.now().toISOString());
    } catch {
      // Counted by the store (Store.lostWrites); the recovery takes it from there.
    }
  }

  /** Sends the delivery; resolves with the conversation's next when it leased it with the success. */
  private async send(d: OutboxDelivery): Promise<OutboxDelivery | null | void> {
    const { store, clock, logger, config } = this.o;
    const deliver = this.o.deliverFor(d.channelId);
    if (!deliver) {
      await store.deliveries.markFailed(d.id, this.o.owner, `the ${d.channelId} channel is not configured here`, null, clock.now().toISOString());
      logger.error({ channel: d.channelId, deliveryId: d.id }, 'outbox: no adapter for the channel; the message is undeliverable');
      this.o.metrics?.queues.sendFailed(d.channelId, false);
      return;
    }
    try {
      // The delivery (and the turn that made it) is committed before the platform sees it.
      await store.durable();
    } catch (error) {
      // Not a failure of the platform, and not counted as an attempt: the lost writes are taken again from the store (LostWritesRecovery).
      logger.warn({ err: error, channel: d.channelId, deliveryId: d.id }, 'outbox: not sent: the store could not commit what queued it');
      return this.letGo(d);
    }
    try {
      // Writes were lost since this process started (a SQLite commit failed: a full disk): the turn
      // that queued this delivery, or its lease, may be among them. Send only what the store holds for us.
      if (store.lostWrites() !== 0 && !(await store.deliveries.heldBy(d.id, this.o.owner, clock.now().toISOString()))) {
        logger.warn({ channel: d.channelId, deliveryId: d.id }, 'outbox: not sent: the writes that queued or leased it were lost; it goes when the store holds it again');
        return this.letGo(d);
      }
      if (!this.acceptedUnmarked.has(d.id)) {
        // This instance may have been stopped since the send began (past its lease): another may be sending it.
        if (!this.work.leaseFresh(d) && !(await this.work.stillHeld(d))) return;
        await deliver(d.ref, [d.activity]);
      }
    } catch (error) {
      const now = clock.now();
      const reason = (error as Error)?.message ?? String(error);
      const retry = isTransient(error) && d.attempts < config.maxSendAttempts;
      const retryAt = retry ? new Date(now.getTime() + backoffMs(d.attempts, config.retryBaseMs, config.retryMaxMs, this.random)) : null;
      await store.deliveries.markFailed(d.id, this.o.owner, reason, retryAt?.toISOString() ?? null, now.toISOString());
      this.o.metrics?.queues.sendFailed(d.channelId, retryAt !== null);
      if (retryAt) {
        logger.warn({ channel: d.channelId, deliveryId: d.id, attempt: d.attempts, retryAt, reason }, 'outbox: send failed; retrying later');
        this.work.kickAt(retryAt);
      } else {
        logger.error({ channel: d.channelId, deliveryId: d.id, attempts: d.attempts, reason }, 'outbox: message undeliverable; shown to agents');
      }
      return;
    }
    const now = clock.now();
    const until = new Date(now.getTime() + config.leaseMs).toISOString();
    this.acceptedUnmarked.add(d.id);
    const { next } = await store.deliveries.markSentAndLeaseNext(d, now.toISOString(), 'api', { owner: this.o.owner, now: now.toISOString(), until });
    store.durable().then(
      () => this.acceptedUnmarked.delete(d.id),
      () => logger.warn({ channel: d.channelId, deliveryId: d.id }, 'outbox: the platform took it, but marking it sent was lost; marked when it comes round again'),
    );
    return next;
  }
}

/** Messages are sent; traces and events (recorded in the transcript) never reach a platform. */
export function isShownToCustomers(activity: Activity): boolean {
  return activity.type === 'message';
}

/** What the outbox keeps of an activity to send; `key` (unique per channel) is the activity's id unless it is sent more than once. */
export function deliveryOf(ref: ConversationRef, activity: Activity, inboxId: number | null, notBefore: string, key = activity.id!) {
  return {
    channelId: ref.channelId,
    conversationId: ref.conversationId,
    activityId: key,
    inboxId,
    ref,
    activity,
    notBefore,
  };
}
