/**
 * The loop both durable queues share: lease what is due from the store, run each item (never the
 * same one twice at once in this process), lease again when an item finishes, and look again every
 * `pollMs` for what nobody announced (a lease of a dead instance that ended, a retry that came due).
 */
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

export interface LeasedWorkOptions<T extends { id: number }> {
  /** What the loop works on, for logs: "inbox", "outbox". */
  name: string;
  /** Items run at once at most. */
  concurrency: number;
  lease(request: LeaseRequest): Promise<T[]>;
  run(item: T): Promise<void>;
}

export class LeasedWork<T extends { id: number }> {
  private readonly running = new Map<number, Promise<void>>();
  private pumping: Promise<void> | null = null;
  private again = false;
  private closing = false;
  private poller: NodeJS.Timeout | null = null;
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
    this.kick();
  }

  /** Something may be due: lease now (or once the lease in progress is done). */
  kick(): void {
    if (this.closing) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
    });
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
    while (this.running.size || this.pumping) await Promise.allSettled([...this.running.values(), this.pumping]);
  }

  /** Stops leasing and waits for what runs; what is left stays in the store for the next start. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.poller) clearInterval(this.poller);
    if (this.wake) clearTimeout(this.wake);
    await this.idle();
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
      if (leased.length === free) this.again = true;
    } while (this.again && !this.closing);
  }

  private begin(item: T): void {
    // Our own lease ran out while the item still runs here (a frozen clock moved on): let it finish.
    if (this.running.has(item.id)) return;
    const run = this.o
      .run(item)
      .catch((error: unknown) => this.o.logger.error({ err: error, id: item.id }, `${this.o.name}: work failed; its lease will end and it is taken again`))
      .finally(() => {
        this.running.delete(item.id);
        this.kick();
      });
    this.running.set(item.id, run);
  }
}
