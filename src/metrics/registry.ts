import { Registry, collectDefaultMetrics } from 'prom-client';

/** Every metric name starts so; the process metrics too (carrier_assist_process_cpu_seconds_total …). */
export const METRIC_PREFIX = 'carrier_assist_';

/**
 * The app's own Prometheus registry (never prom-client's global one: two apps in one process, as in
 * the tests, each count their own), with Node's process metrics (CPU, memory, event loop lag, GC).
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}

/**
 * A labelled child per label values (up to three), looked up through nested maps: after the first
 * turn of a channel and intent no label object is built per call, as prom-client's `labels()` does
 * (its child still hashes the labels on each call: about a microsecond, see test/metrics/requestIdCost.ts).
 */
export class LabelledChildren<T> {
  private readonly children = new Map<string, Map<string, Map<string, T>>>();

  constructor(private readonly make: (a: string, b: string, c: string) => T) {}

  of(a: string, b = '', c = ''): T {
    let byB = this.children.get(a);
    if (!byB) this.children.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    let child = byC.get(c);
    if (child === undefined) byC.set(c, (child = this.make(a, b, c)));
    return child;
  }
}

/**
 * One store read shared by the gauges it sets: the registry collects its metrics concurrently, so
 * each gauge's `collect` awaits the same read while one is under way, instead of reading again.
 */
export function sharedRead(read: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () =>
    (pending ??= read().finally(() => {
      pending = null;
    }));
}
