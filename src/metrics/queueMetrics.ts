import { Counter, Gauge, type Registry } from 'prom-client';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { LabelledChildren, METRIC_PREFIX, sharedRead } from './registry.ts';

/**
 * The durable inbox and outbox: what waits (read from the store when Prometheus scrapes, two
 * index-only queries), and sends retried or given up (counted as they happen).
 */
export class QueueMetrics {
  private readonly retries: LabelledChildren<Counter.Internal>;
  private readonly deadLetters: LabelledChildren<Counter.Internal>;

  constructor(registry: Registry, store: Pick<Store, 'queueStats'>, clock: Clock) {
    // Both queues are read once per scrape and both gauges set from that read.
    const refresh = sharedRead(async () => {
      const now = clock.now().getTime();
      const [inbox, outbox] = await Promise.all([store.queueStats.inbox(), store.queueStats.outbox()]);
      for (const [queue, b] of [['inbox', inbox], ['outbox', outbox]] as const) {
        depth.set({ queue }, b.depth);
        age.set({ queue }, b.oldestAt ? Math.max(0, now - Date.parse(b.oldestAt)) / 1000 : 0);
      }
    });
    const depth = new Gauge({
      name: `${METRIC_PREFIX}queue_depth`,
      help: 'Messages waiting in the durable queue (inbox: accepted, turn not completed; outbox: not yet accepted by the platform)',
      labelNames: ['queue'],
      registers: [registry],
      collect: refresh,
    });
    const age = new Gauge({
      name: `${METRIC_PREFIX}queue_oldest_age_seconds`,
      help: 'Age of the oldest message waiting in the queue (inbox: accepted, turn not completed; outbox: not yet accepted by the platform); 0 when none waits',
      labelNames: ['queue'],
      registers: [registry],
      collect: refresh,
    });
    const retries = new Counter({
      name: `${METRIC_PREFIX}outbox_retries_total`,
      help: 'Sends that failed and are tried again later (the platform busy or unreachable)',
      labelNames: ['channel'],
      registers: [registry],
    });
    const deadLetters = new Counter({
      name: `${METRIC_PREFIX}dead_letters_total`,
      help: 'Messages given up: outbox sends refused or out of attempts (shown to agents as undeliverable), inbox turns that never completed',
      labelNames: ['queue', 'channel'],
      registers: [registry],
    });
    this.retries = new LabelledChildren((channel) => retries.labels(channel));
    this.deadLetters = new LabelledChildren((queue, channel) => deadLetters.labels(queue, channel));
  }

  /** An outbox send failed: retried later, or given up (a dead letter). */
  sendFailed(channelId: string, retried: boolean): void {
    if (retried) this.retries.of(channelId).inc();
    else this.deadLetters.of('outbox', channelId).inc();
  }

  /** An inbox message whose turn never completed was given up. */
  turnGivenUp(channelId: string): void {
    this.deadLetters.of('inbox', channelId).inc();
  }
}
