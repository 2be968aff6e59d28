/**
 * What a SQLite commit that failed (a full disk, an I/O error) leaves behind: leases and marks this
 * process holds in memory that the file no longer has, or has as they were before. Once writes go
 * through again, every lease on the file is ended (one process owns a SQLite file, as at a start
 * after a crash) and both queues take their work from what the store holds: a turn whose completion
 * was lost runs again, a send whose queueing was lost is not made (the outbox checks), one whose
 * `sent` mark was lost is marked, not sent twice. Items still running here finish as they are (the
 * queues never run one twice at once). On PostgreSQL no commit is lost behind a caller's back
 * (Store.lostWrites stays 0), and this never acts.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../clock.ts';
import type { Store } from '../../store/store.ts';

export interface LostWritesRecoveryOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** How often the store's count of lost writes is looked at (the queues' poll). */
  pollMs: number;
  /** Lease again now: the inbox's and the outbox's `kick`. */
  retake: () => void;
}

export class LostWritesRecovery {
  private seen = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;

  constructor(private readonly o: LostWritesRecoveryOptions) {}

  start(): void {
    if (this.timer) return;
    this.seen = this.o.store.lostWrites();
    this.timer = setInterval(() => void this.check(), this.o.pollMs);
    this.timer.unref();
  }

  /** Ends the leases and retakes the work when writes were lost since the last look; resolves when done (or when the store still refuses). */
  check(): Promise<void> {
    this.checking ??= this.recover().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking;
  }

  private async recover(): Promise<void> {
    const { store, clock, logger } = this.o;
    const lost = store.lostWrites();
    if (lost === this.seen) return;
    try {
      const at = clock.now().toISOString();
      const turns = await store.inbox.expireLeases(at);
      const sends = await store.deliveries.expireLeases(at);
      await store.durable();
      // Lost again (the disk is still full): the next look tries again.
      if (store.lostWrites() !== lost) return;
      this.seen = lost;
      logger.warn({ turns, sends }, 'store: writes were lost to a failed commit; the queues take their work again from the store');
      this.o.retake();
    } catch (error) {
      logger.warn({ err: error }, 'store: writes were lost to a failed commit and the store still refuses them; trying again');
    }
  }
}
