import type { RequestHandler, Response } from 'express';
import { Counter, type Registry } from 'prom-client';
import { LabelledChildren, METRIC_PREFIX } from './registry.ts';

/** The channels' HTTP endpoints, by path prefix: a refusal there is a webhook rejection of that channel. */
const CHANNEL_PATHS: readonly (readonly [prefix: string, channel: string])[] = [
  ['/webhooks/whatsapp', 'whatsapp'],
  ['/webhooks/wechat', 'wechat'],
  ['/api/messages', 'botframework'],
  ['/v3/directline', 'webchat'],
];

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

  /** Counts, when the response is written, every error a channel endpoint answers with (mounted before the routes). */
  rejectionCounter(): RequestHandler {
    return (req, res, next) => {
      const channel = channelOf(req.path);
      if (channel) {
        res.once('finish', () => {
          if (res.statusCode >= 400) this.webhookRejected(channel, errorCodeOf(res) ?? `http_${res.statusCode}`);
        });
      }
      next();
    };
  }
}

function channelOf(path: string): string | null {
  for (const [prefix, channel] of CHANNEL_PATHS) if (path.startsWith(prefix)) return channel;
  return null;
}
