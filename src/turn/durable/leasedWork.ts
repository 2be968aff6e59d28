/**
 * The loop both durable queues share: lease what is due from the store, run each item (never the
 * same one twice at once in this process), and look again every `pollMs` for what nobody announced
 * (a lease of a dead instance that ended, a retry that came due).
 *
 * The hot path leases by conversation, not by scanning every open row: a conversation this process
 * was told about (`offer`: it accepted a message, it committed replies) or whose item just finished
 * here gets its next item leased with one indexed statement, in turn with the others waiting for a
 * free slot. The full lease runs at start, on each poll, at a retry's time, and while it keeps finding
 * more than fits (a backlog taken over after a crash).
 */
import { outsideUnitOfWork } from '../../store/unitOfWork.ts';
import type { Logger } from 'pino';
import type { Clock } from '../../clock.ts';
import type { DurabilityConfig } from '../../config.ts';
import type { LeaseRequest } from '../../store/store.ts';

/** What both queues of an instance share: who holds the leases, the clock, the log and the settings. */
export interface QueueContext {
  owner: string;
  clock: Clock;
  logger: Logger;
  config: DurabilityConfig;
}

export interface LeasedWorkOptions<T extends { id: number; conversationId: string; leaseUntil: string | null }> {
  /** What the loop works on, for logs: "inbox", "outbox". */
  name: string;
  /** Items run at once at most. */
  concurrency: number;
  lease(request: LeaseRequest): Promise<T[]>;
  /** Extends this owner's leases of the items to `until`; the ids it still held. */
  renew(ids: readonly number[], owner: string, until: string): Promise<number[]>;
  /** The conversation's next item, leased, when it is due and nobody holds it; null otherwise. */
  leaseNext(conversationId: string, request: Omit<LeaseRequest, 'limit'>): Promise<T | null>;
  /**
   * Runs the item. What it resolves with says what comes next for the conversation: an item it leased
   * (with its completion, in one transaction) runs next in the same slot; null, nothing was due (the
   * conversation is looked at again only when offered meanwhile); nothing, look again as usual.
   */
  run(item: T): Promise<T | null | void>;
}

export class LeasedWork<T extends { id: number; conversationId: string; leaseUntil: string | null }> {
  private readonly running = new Map<number, Promise<void>>();
  /** Running items whose lease their run has ended (it is retaken later): no longer renewed. */
  private readonly released = new Set<number>();
  /** When each item's lease ends as far as this process knows (ms): from its lease, then each renewal. */
  private readonly leaseEnds = new Map<number, number>();
  /**
   * Items leased for this owner while every slot was taken (adopted with a turn's completion, or a
   * lease that raced one): they run as slots free, in order. So no more than `concurrency` run at once
   * (for the outbox: no more sends in flight, hence no more sends a crash can repeat).
   */
  private readonly waiting: T[] = [];
  /** Conversations with an item running here: their next one is looked for when it finishes. */
  private readonly busy = new Set<string>();
  /** Busy conversations offered while their item ran: looked at again when it finishes, whatever it found. */
  private readonly offeredWhileBusy = new Set<string>();
  /** Conversations that may have a next item, in the order they were offered (first come, first leased). */
  private readonly offered = new Set<string>();
  private taking: Promise<void> | null = null;
  private pumping: Promise<void> | null = null;
  private again = false;
  /** The last full lease filled every free slot: there may be more in the store than was announced. */
  private backlog = false;
  private closing = false;
  private poller: NodeJS.Timeout | null = null;
  private renewer: NodeJS.Timeout | null = null;
  private wake: NodeJS.Timeout | null = null;
  private wakeAt = Infinity;

  private readonly o: LeasedWorkOptions<T> & QueueContext & { leaseMs: number; pollMs: number };

  constructor(context: QueueContext, options: LeasedWorkOptions<T>) {
    this.o = { ...context, ...options, leaseMs: context.config.leaseMs, pollMs: context.config.pollMs };
  }

  /** Starts polling and takes what is due now. */
  start(): void {
    if (this.poller || this.closing) return;
    this.poller = setInterval(() => this.kick(), this.o.pollMs);
    this.poller.unref();
    // A third of the lease: a turn that runs long (a slow platform, a slow LLM) keeps its lease with time to spare.
    this.renewer = setInterval(() => void this.renewLeases(), Math.max(1, Math.floor(this.o.leaseMs / 3)));
    this.renewer.unref();
    this.kick();
  }

  /**
   * Extends the leases of what runs here, so no other instance takes over a turn or a send still in
   * progress. A lease found lost (this process was frozen longer than the lease) is logged: the item
   * may run twice, and only the first completion counts.
   */
  async renewLeases(): Promise<void> {
    const ids = [...this.running.keys(), ...this.waiting.map((w) => w.id)].filter((id) => !this.released.has(id));
    if (!ids.length) return;
    const until = new Date(this.o.clock.now().getTime() + this.o.leaseMs).toISOString();
    try {
      const held = new Set(await this.o.renew(ids, this.o.owner, until));
      for (const id of held) if (this.leaseEnds.has(id)) this.leaseEnds.set(id, Date.parse(until));
      const lost = ids.filter((id) => !held.has(id) && !this.released.has(id) && (this.running.has(id) || this.waiting.some((w) => w.id === id)));
      if (lost.length) this.o.logger.warn({ lost }, `${this.o.name}: leases lost while running; another instance may have taken them over`);
    } catch (error) {
      this.o.logger.error({ err: error }, `${this.o.name}: could not renew leases; trying again`);
    }
  }

  /**
   * The running item's run is ending its lease (a failed turn, a send it lets go): the renewals stop
   * extending it, so it is leased again when it is due, not when a renewed lease runs out.
   */
  release(id: number): void {
    if (this.running.has(id)) this.released.add(id);
  }

  /** Something may be due: lease now (or once the lease in progress is done). */
  kick(): void {
    if (this.closing) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    // Set off by whoever calls (a turn, maybe): runs in no unit of work of theirs.
    this.pumping = outsideUnitOfWork(() => this.pump()).finally(() => {
      this.pumping = null;
    });
  }

  /** The conversation may have a next item (a message accepted, replies committed): lease it when a slot is free. */
  offer(conversationId: string): void {
    if (this.closing) return;
    // A conversation running here is looked at again when its item finishes.
    if (this.busy.has(conversationId)) this.offeredWhileBusy.add(conversationId);
    else this.offered.add(conversationId);
    this.takeOffered();
  }

  /** Slots free for items leased elsewhere (see `adopt`); none once closing. */
  freeSlots(): number {
    return this.closing ? 0 : Math.max(0, this.o.concurrency - this.running.size);
  }

  /** Runs an item its caller leased for this owner (with what it committed, in one transaction). */
  adopt(item: T): void {
    this.begin(item);
  }

  /** Leases again at `at` (a retry's time), besides the regular polls. */
  kickAt(at: Date): void {
    const ms = at.getTime();
    if (this.closing || ms >= this.wakeAt) return;
    if (this.wake) clearTimeout(this.wake);
    this.wakeAt = ms;
    this.wake = setTimeout(() => {
      this.wake = null;
      this.wakeAt = Infinity;
      this.kick();
    }, Math.max(0, ms - this.o.clock.now().getTime()));
    this.wake.unref();
  }

  /** Resolves when nothing runs and no lease is being taken (work started meanwhile is waited for too). */
  async idle(): Promise<void> {
    while (this.running.size || this.pumping || this.taking) await Promise.allSettled([...this.running.values(), this.pumping, this.taking]);
  }

  /** Resolves when no lease is being taken (items may still run). */
  async idleLeasing(): Promise<void> {
    while (this.pumping || this.taking) await Promise.allSettled([this.pumping, this.taking]);
  }

  /** Stops leasing and waits for what runs; what is left stays in the store for the next start. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.poller) clearInterval(this.poller);
    if (this.wake) clearTimeout(this.wake);
    // Leases are renewed until what runs has finished.
    await this.idle();
    if (this.renewer) clearInterval(this.renewer);
  }

  private async pump(): Promise<void> {
    do {
      this.again = false;
      const free = this.o.concurrency - this.running.size;
      if (free <= 0 || this.closing) return;
      const now = this.o.clock.now();
      let leased: T[];
      try {
        leased = await this.o.lease({
          owner: this.o.owner,
          now: now.toISOString(),
          until: new Date(now.getTime() + this.o.leaseMs).toISOString(),
          limit: free,
        });
      } catch (error) {
        this.o.logger.error({ err: error }, `${this.o.name}: could not lease work; trying again at the next poll`);
        return;
      }
      for (const item of leased) this.begin(item);
      this.backlog = leased.length === free;
      if (this.backlog) this.again = true;
    } while (this.again && !this.closing);
  }

  /** Leases the offered conversations' next items, one statement each, while slots are free. */
  private takeOffered(): void {
    if (this.taking || this.closing) return;
    this.taking = outsideUnitOfWork(() => this.takeLoop()).finally(() => {
      this.taking = null;
      // Offers that came while the last lease was being taken.
      if (this.offered.size && this.running.size < this.o.concurrency) this.takeOffered();
      else if (!this.offered.size && this.backlog && this.running.size < this.o.concurrency) this.kick();
    });
  }

  private async takeLoop(): Promise<void> {
    for (const conversationId of this.offered) {
      if (this.closing || this.running.size >= this.o.concurrency) return;
      this.offered.delete(conversationId);
      if (this.busy.has(conversationId)) continue;
      const now = this.o.clock.now();
      try {
        const item = await this.o.leaseNext(conversationId, { owner: this.o.owner, now: now.toISOString(), until: new Date(now.getTime() + this.o.leaseMs).toISOString() });
        if (item) this.begin(item);
      } catch (error) {
        this.o.logger.error({ err: error, conversationId }, `${this.o.name}: could not lease work; trying again at the next poll`);
      }
    }
  }

  /**
   * Whether the item's lease is still this owner's as it starts. An item that waited for a slot, or an
   * instance that was stopped (a paused VM, a frozen container) past its leases, may find it taken over
   * by another instance meanwhile: it is run (a turn, a send) only after a renewal confirms the lease,
   * so what the other instance took over is not answered twice. Only near or past the lease's end, so
   * the hot path costs no statement. A run checks again right before what cannot be taken back (a send).
   */
  async stillHeld(item: T): Promise<boolean> {
    if (this.leaseFresh(item)) return true;
    const now = this.o.clock.now().getTime();
    const until = new Date(now + this.o.leaseMs).toISOString();
    try {
      if ((await this.o.renew([item.id], this.o.owner, until)).includes(item.id)) {
        this.leaseEnds.set(item.id, Date.parse(until));
        return true;
      }
    } catch (error) {
      // The store cannot say: run it as before (a store that is down fails the run, which ends the lease).
      this.o.logger.warn({ err: error, id: item.id }, `${this.o.name}: could not confirm a lease before running its item; running it`);
      return true;
    }
    this.o.logger.warn({ id: item.id, conversationId: item.conversationId }, `${this.o.name}: its lease ended before it ran here (this instance was stopped or slow); left to the instance that holds it`);
    return false;
  }

  /** The item's lease has a third of its time or more left, as far as this process knows. */
  leaseFresh(item: T): boolean {
    return this.o.clock.now().getTime() < (this.leaseEnds.get(item.id) ?? 0) - this.o.leaseMs / 3;
  }

  private begin(item: T): void {
    // Our own lease ran out while the item still runs here (a frozen clock moved on): let it finish.
    if (this.running.has(item.id)) return;
    if (!this.leaseEnds.has(item.id)) this.leaseEnds.set(item.id, item.leaseUntil ? Date.parse(item.leaseUntil) : 0);
    this.busy.add(item.conversationId);
    if (this.running.size >= this.o.concurrency) {
      if (!this.waiting.some((w) => w.id === item.id)) this.waiting.push(item);
      return;
    }
    // Started at once when its lease is fresh (the hot path); confirmed with the store first otherwise.
    const run = outsideUnitOfWork(() => (this.leaseFresh(item) ? this.o.run(item) : this.stillHeld(item).then((held) => (held ? this.o.run(item) : undefined))))
      .catch((error: unknown) => void this.o.logger.error({ err: error, id: item.id }, `${this.o.name}: work failed; its lease will end and it is taken again`))
      .then((next) => {
        const offeredMeanwhile = this.offeredWhileBusy.delete(item.conversationId);
        this.running.delete(item.id);
        this.released.delete(item.id);
        this.leaseEnds.delete(item.id);
        this.busy.delete(item.conversationId);
        // Leased with the completion: it keeps the slot (and is ours to run, even while closing).
        if (next) this.begin(next);
        // The slot goes round: this conversation's next item queues behind those already offered.
        else if (next === undefined || offeredMeanwhile) this.offer(item.conversationId);
        // Items leased while every slot was taken are ours to run, even while closing.
        while (this.waiting.length && this.running.size < this.o.concurrency) this.begin(this.waiting.shift()!);
      });
    this.running.set(item.id, run);
  }
}
