import type { Router } from 'express';
import type { Store } from '../store/store.ts';

export interface Readiness {
  /** False once shutdown has begun: load balancers stop sending new traffic. */
  accepting: boolean;
  /** True while the server warms up after a start (it listens, but first turns would be slow). */
  starting: boolean;
}

/** /healthz: the process is alive. /readyz: it can serve (warmed up, store answers, not shutting down). */
export function mountHealth(router: Router, store: Store, readiness: Readiness): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (!readiness.accepting) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    if (readiness.starting) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    try {
      await store.ping();
      res.json({ status: 'ready', store: store.kind });
    } catch (err) {
      res.status(503).json({ status: 'unavailable', reason: `store: ${(err as Error).message}` });
    }
  });
}
