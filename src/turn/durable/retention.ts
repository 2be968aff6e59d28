/**
 * Keeps the durable queues small: completed inbox messages and sent outbox deliveries older than
 * QUEUE_RETENTION_DAYS are deleted, at start and then every hour. Undeliverable deliveries stay (agents
 * see them until someone deals with them); open messages and pending sends are never touched.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../clock.ts';
import type { DurabilityConfig } from '../../config.ts';
import type { Store } from '../../store/store.ts';

const PURGE_EVERY_MS = 60 * 60 * 1000;

export interface QueueRetentionOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  config: Pick<DurabilityConfig, 'retentionMs'>;
}

export class QueueRetention {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(private readonly o: QueueRetentionOptions) {}

  /** Purges now and every hour after. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.purgeInBackground(), PURGE_EVERY_MS);
    this.timer.unref();
    void this.purgeInBackground();
  }

  /** Deletes what is older than the retention; how many rows of each queue. */
  async purge(): Promise<{ inbox: number; outbox: number }> {
    const before = new Date(this.o.clock.now().getTime() - this.o.config.retentionMs).toISOString();
    const outbox = await this.o.store.deliveries.purgeSent(before);
    const inbox = await this.o.store.inbox.purgeCompleted(before);
    if (inbox || outbox) this.o.logger.info({ inbox, outbox, before }, 'queues: purged what was completed before the retention');
    return { inbox, outbox };
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async purgeInBackground(): Promise<void> {
    if (this.running) return;
    this.running = this.purge()
      .catch((error: unknown) => this.o.logger.error({ err: error }, 'queues: purge failed; trying again in an hour'))
      .finally(() => (this.running = null));
  }
}
