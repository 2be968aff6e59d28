import type { Registry } from 'prom-client';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { EdgeMetrics } from './edgeMetrics.ts';
import { HandoffMetrics } from './handoffMetrics.ts';
import { QueueMetrics } from './queueMetrics.ts';
import { createMetricsRegistry } from './registry.ts';
import { TurnMetrics } from './turnMetrics.ts';

/** The app's metrics, one part per concern; call sites hold the part they count. */
export interface Metrics {
  readonly registry: Registry;
  readonly turns: TurnMetrics;
  readonly queues: QueueMetrics;
  readonly handoffs: HandoffMetrics;
  readonly edge: EdgeMetrics;
  /** A rate limit refused a request on `route` (a fixed name such as `whatsapp_webhook`): the one call a limiter makes. */
  rateLimited(route: string): void;
}

export function createMetrics(deps: { store: Pick<Store, 'queueStats' | 'handoffs'>; clock: Clock }): Metrics {
  const registry = createMetricsRegistry();
  const edge = new EdgeMetrics(registry);
  return {
    registry,
    turns: new TurnMetrics(registry),
    queues: new QueueMetrics(registry, deps.store, deps.clock),
    handoffs: new HandoffMetrics(registry, deps.store, deps.clock),
    edge,
    rateLimited: (route) => edge.rateLimited(route),
  };
}
