import type { RequestHandler, Response } from 'express';
import { Counter, type Registry } from 'prom-client';
import { LabelledChildren, METRIC_PREFIX } from './registry.ts';

/** What an error response names as its reason (`res.locals.errorCode`, set by src/server/errors.ts `sendError`). */
export function errorCodeOf(res: Response): string | undefined {
  const code = (res.locals as { errorCode?: unknown }).errorCode;
  return typeof code === 'string' ? code : undefined;
}

/** The HTTP edge: channel requests refused, by channel and reason, and rate-limit refusals by route. */
export class EdgeMetrics {
  private readonly rejections: LabelledChildren<Counter.Internal>;
  private readonly refusals: LabelledChildren<Counter.Internal>;

  constructor(registry: Registry) {
    const rejections = new Counter({
      name: `${METRIC_PREFIX}webhook_rejections_total`,
      help: "Channel requests answered with an error, by channel and reason (the error body's code: Unauthorized, BadSignature, BadSyntax, PayloadTooLarge …; http_<status> when it names none)",
      labelNames: ['channel', 'reason'],
      registers: [registry],
    });
    const refusals = new Counter({
      name: `${METRIC_PREFIX}rate_limited_total`,
      help: 'Requests refused by a rate limit (429), by route',
      labelNames: ['route'],
      registers: [registry],
    });
    this.rejections = new LabelledChildren((channel, reason) => rejections.labels(channel, reason));
    this.refusals = new LabelledChildren((route) => refusals.labels(route));
  }

  webhookRejected(channel: string, reason: string): void {
    this.rejections.of(channel, reason).inc();
  }

  /** A rate limit refused a request: `route` is a fixed name (`whatsapp_webhook`, `directline_token` …), never a raw URL. */
  rateLimited(route: string): void {
    this.refusals.of(route).inc();
  }

  /**
   * Counts, when the response is written, every error `channel`'s endpoint answers with. Each adapter
   * mounts it on its own path, ahead of its routes (src/ knows no channel's paths).
   */
  rejectionCounter(channel: string): RequestHandler {
    return (_req, res, next) => {
      res.once('finish', () => {
        if (res.statusCode >= 400) this.webhookRejected(channel, errorCodeOf(res) ?? `http_${res.statusCode}`);
      });
      next();
    };
  }
}
