import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler, type Router } from 'express';
import type { MetricsConfig } from '../config.ts';
import { sendError } from '../server/errors.ts';
import type { Metrics } from './metrics.ts';

export const METRICS_PATH = '/metrics';

/**
 * `GET /metrics` in Prometheus' text format. With a token, only `Authorization: Bearer <token>` gets
 * them (401 otherwise); config validation makes production set a token or a port of its own.
 */
export function metricsRouter(metrics: Metrics, settings: MetricsConfig): Router {
  const router = express.Router();
  router.get(METRICS_PATH, bearerOnly(settings.token), async (_req, res) => {
    const text = await metrics.registry.metrics();
    res.type(metrics.registry.contentType).set('cache-control', 'no-store').send(text);
  });
  return router;
}

/** Serves /metrics on its own port (METRICS_PORT) and nothing else there. */
export async function listenForMetrics(metrics: Metrics, settings: MetricsConfig & { port: number }, host: string): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
  app.use(metricsRouter(metrics, settings));
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, host, () => resolve());
  });
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${(server.address() as AddressInfo).port}${METRICS_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function bearerOnly(token: string | undefined): RequestHandler {
  if (token === undefined) return (_req, _res, next) => next();
  const expected = digest(token);
  return (req, res, next) => {
    const given = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1];
    // Digests compared in constant time: neither the token's length nor its prefix leaks through timing.
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    res.set('www-authenticate', 'Bearer realm="metrics"');
    sendError(res, 401, { code: 'Unauthorized', message: 'Authorization: Bearer <METRICS_TOKEN> is required' });
  };
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
