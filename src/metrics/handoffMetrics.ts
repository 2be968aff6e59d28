import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Clock } from '../clock.ts';
import type { HandoffMove } from '../escalation/handoffStates.ts';
import { QUEUES } from '../escalation/serviceLevels.ts';
import type { HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import { LabelledChildren, METRIC_PREFIX, sharedRead } from './registry.ts';

/** 5 s to 4 h: an agent answers in seconds when free, a queue after hours waits for the morning. */
export const WAIT_SECONDS_BUCKETS = [5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14_400] as const;

/** How a handoff ended, by the move that ended it. */
const ENDINGS: Partial<Record<HandoffMove, string>> = { resolve: 'resolved', handBack: 'handed_back', abandon: 'abandoned' };

/**
 * The human handoff: handoffs started and ended and how long customers waited for an agent (counted
 * as the desk moves them), the queues' depth, oldest wait and SLA breaches (read when Prometheus scrapes).
 */
export class HandoffMetrics {
  private readonly started: LabelledChildren<Counter.Internal>;
  private readonly ended: LabelledChildren<Counter.Internal>;
  private readonly waits: LabelledChildren<Histogram.Internal<string>>;

  constructor(registry: Registry, store: Pick<Store, 'handoffs'>, clock: Clock) {
    const started = new Counter({ name: `${METRIC_PREFIX}handoffs_started_total`, help: 'Conversations handed to people (queued for an agent)', labelNames: ['queue'], registers: [registry] });
    const ended = new Counter({
      name: `${METRIC_PREFIX}handoffs_ended_total`,
      help: 'Handoffs ended: resolved by an agent, handed back to the bot, or abandoned by the customer',
      labelNames: ['queue', 'outcome'],
      registers: [registry],
    });
    const waits = new Histogram({
      name: `${METRIC_PREFIX}handoff_wait_seconds`,
      help: 'How long a queued customer waited until an agent claimed the conversation',
      labelNames: ['queue'],
      buckets: [...WAIT_SECONDS_BUCKETS],
      registers: [registry],
    });
    // The open handoffs are read once per scrape and the three gauges set from that read.
    const refresh = sharedRead(async () => {
      const open = await store.handoffs.listByState(['requested', 'queued', 'assigned', 'active']);
      const now = clock.now().getTime();
      const longest = new Map<string, number>();
      for (const queue of QUEUES) {
        depth.set({ queue }, 0);
        oldest.set({ queue }, 0);
        breaches.set({ queue, deadline: 'first_response' }, 0);
        breaches.set({ queue, deadline: 'resolution' }, 0);
      }
      for (const h of open) {
        if (h.state === 'queued' || h.state === 'requested') {
          depth.inc({ queue: h.queue });
          longest.set(h.queue, Math.max(longest.get(h.queue) ?? 0, now - Date.parse(h.queuedAt ?? h.requestedAt)));
        }
        if (!h.firstResponseAt && Date.parse(h.firstResponseDue) < now) breaches.inc({ queue: h.queue, deadline: 'first_response' });
        if (Date.parse(h.resolutionDue) < now) breaches.inc({ queue: h.queue, deadline: 'resolution' });
      }
      for (const [queue, ms] of longest) oldest.set({ queue }, Math.max(0, ms) / 1000);
    });
    const depth = new Gauge({ name: `${METRIC_PREFIX}agent_queue_depth`, help: 'Customers waiting for an agent, by queue', labelNames: ['queue'], registers: [registry], collect: refresh });
    const oldest = new Gauge({
      name: `${METRIC_PREFIX}agent_queue_oldest_wait_seconds`,
      help: 'How long the longest-waiting customer of the queue has waited; 0 when none waits',
      labelNames: ['queue'],
      registers: [registry],
      collect: refresh,
    });
    const breaches = new Gauge({
      name: `${METRIC_PREFIX}sla_breaches`,
      help: 'Open handoffs past a deadline now: first_response (no agent message yet) or resolution',
      labelNames: ['queue', 'deadline'],
      registers: [registry],
      collect: refresh,
    });
    this.started = new LabelledChildren((queue) => started.labels(queue));
    this.ended = new LabelledChildren((queue, outcome) => ended.labels(queue, outcome));
    this.waits = new LabelledChildren((queue) => waits.labels(queue));
  }

  /** The desk moved a handoff: a start (queued), a claim (its wait observed) or an end is counted. */
  moved(handoff: HandoffRecord, move: HandoffMove): void {
    if (move === 'queue') this.started.of(handoff.queue).inc();
    else if (move === 'claim' && handoff.assignedAt) this.waits.of(handoff.queue).observe(Math.max(0, Date.parse(handoff.assignedAt) - Date.parse(handoff.queuedAt ?? handoff.requestedAt)) / 1000);
    const ending = ENDINGS[move];
    if (ending) this.ended.of(handoff.queue, ending).inc();
  }
}
