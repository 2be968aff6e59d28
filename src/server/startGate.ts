/**
 * The server listens as soon as it starts, before it can take messages (on a first start the demo data
 * is still loading): the chat page, /healthz and /readyz answer at once. Until it is ready to take
 * them, every request that would hand it something (any method but GET, HEAD and OPTIONS: messages,
 * webhooks, sign-ins, tokens) is refused with 503 and a Retry-After, which the platforms honour by
 * sending again; nothing is held, so nothing is lost when a start fails.
 */
import type { RequestHandler } from 'express';
import { sendError } from './errors.ts';
import type { Preparing, Readiness } from './health.ts';

const READING = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Retry-After when the end cannot be estimated yet, and the bounds of an estimate (seconds). */
const RETRY_UNKNOWN_S = 5;
const RETRY_MIN_S = 1;
const RETRY_MAX_S = 60;

export function startGate(readiness: Readiness): RequestHandler {
  return (req, res, next) => {
    const preparing = readiness.preparing;
    if (!preparing || READING.has(req.method)) {
      next();
      return;
    }
    res.set('Retry-After', String(retryAfterSeconds(preparing, performance.now())));
    sendError(res, 503, {
      code: 'ServiceUnavailable',
      message: preparing.step === 'demo data' ? `Getting the demo ready (${preparing.percent ?? 0}%): try again shortly.` : 'Starting: try again shortly.',
    });
  };
}

/** Seconds until the step should be done, at the pace it has kept so far. */
export function retryAfterSeconds(preparing: Preparing, nowMs: number): number {
  const { percent, since } = preparing;
  if (!percent) return RETRY_UNKNOWN_S;
  const left = ((nowMs - since) / percent) * (100 - percent);
  return Math.min(RETRY_MAX_S, Math.max(RETRY_MIN_S, Math.ceil(left / 1000)));
}
