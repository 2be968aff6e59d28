import type { Router } from 'express';
import type { Store } from '../store/store.ts';

export interface Readiness {
  /** False once shutdown has begun: load balancers stop sending new traffic. */
  accepting: boolean;
  /** True while the server warms up after a start (it listens, but first turns would be slow). */
  starting: boolean;
  /**
   * Set from the moment the server listens until it takes messages (src/server/startGate.ts): what it
   * is doing (on a first start, loading the demo data) and how far it is (percent, when known).
   */
  preparing?: Preparing | null;
}

export interface Preparing {
  step: 'opening' | 'demo data';
  percent: number | null;
  /** When the step began (performance.now()), to estimate when to try again. */
  since: number;
}

/**
 * /healthz: the process is alive. /readyz: it can serve (demo data loaded, warmed up, store answers,
 * hears the other instances on the database, not shutting down).
 */
export function mountHealth(router: Router, store: Store, readiness: Readiness): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (!readiness.accepting) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    if (readiness.preparing) {
      const { step, percent } = readiness.preparing;
      res.status(503).json({ status: 'preparing', step, percent });
      return;
    }
    if (readiness.starting) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    try {
      await store.ping();
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: `store: ${(err as Error).message}` });
      return;
    }
    // An instance that cannot hear the others would miss their customers' messages and agents' replies.
    const hearing = store.broadcast?.status() ?? { hearing: true };
    if (!hearing.hearing) {
      res.status(503).json({ status: 'unavailable', reason: `broadcast: cannot hear the other instances since ${hearing.since}: ${hearing.reason}` });
      return;
    }
    res.json({ status: 'ready', store: store.kind });
  });
}
