/**
 * Rate limits: token buckets per key (a client address, a sender, a conversation), applied as Express
 * middleware at each route, answering 429 with Retry-After when a key's bucket is empty.
 *
 * In-process on purpose: a limit is checked on every request, and a store round trip there would cost
 * the hot path more than the limit saves; with N instances behind a balancer a client gets at most N
 * times the budget, which still bounds it. What must hold across instances (the sign-in lock-out) is in
 * the store (src/console/loginThrottle.ts).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RateBudget } from '../config.ts';
import { sendError } from './errors.ts';

/** Milliseconds from any fixed origin: real, monotonic time by default (a FixedClock must not freeze limits). */
export type Monotonic = () => number;
const monotonic: Monotonic = () => performance.now();

/** Past this many keys, full buckets are forgotten (they carry no state), then the oldest. */
const MAX_KEYS = 100_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** One budget's buckets, per key. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly budget: RateBudget,
    private readonly now: Monotonic = monotonic,
  ) {}

  private refilled(key: string): Bucket {
    const now = this.now();
    const b = this.buckets.get(key);
    if (!b) return { tokens: this.budget.limit, at: now };
    const rate = this.budget.limit / this.budget.windowMs;
    return { tokens: Math.min(this.budget.limit, b.tokens + (now - b.at) * rate), at: now };
  }

  /** Milliseconds until `key` has a token again; 0 when it has one now. */
  waitMs(key: string): number {
    const b = this.refilled(key);
    return b.tokens >= 1 ? 0 : Math.ceil((1 - b.tokens) * (this.budget.windowMs / this.budget.limit));
  }

  /** Spends one of `key`'s tokens (down to none); returns waitMs before the spend. */
  take(key: string): number {
    const b = this.refilled(key);
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return Math.ceil((1 - b.tokens) * (this.budget.windowMs / this.budget.limit));
    }
    b.tokens -= 1;
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_KEYS) this.sweep();
    return 0;
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(): void {
    for (const key of this.buckets.keys()) if (this.refilled(key).tokens >= this.budget.limit) this.buckets.delete(key);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= MAX_KEYS * 0.9) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * Which requests spend a token: every one, only those refused by the route (4xx: bad signatures,
 * wrong passwords), or only those it accepted (so spoofed identities cannot drain a real sender's budget).
 */
export type Charge = 'always' | 'refused' | 'accepted';

export interface RateLimitOptions {
  /** Names the limit in the 429 body and for `onRefused`. */
  readonly name: string;
  /** null: the limit is off. */
  readonly budget: RateBudget | null;
  /** The request's key (an address, a sender…); null: this request is not limited here. */
  readonly key: (req: Request) => string | null;
  readonly charge?: Charge;
  readonly now?: Monotonic;
  /** Told of each refusal (metrics). */
  readonly onRefused?: (name: string, req: Request) => void;
}

/** A middleware that answers 429 with Retry-After (whole seconds) once the request's key has no token. */
export function rateLimit(options: RateLimitOptions): RequestHandler {
  const { name, budget, key, charge = 'always', onRefused } = options;
  if (!budget) return (_req, _res, next) => next();
  const buckets = new TokenBuckets(budget, options.now);
  return (req: Request, res: Response, next: NextFunction) => {
    const k = key(req);
    if (k === null) return next();
    const waitMs = charge === 'always' ? buckets.take(k) : buckets.waitMs(k);
    if (waitMs > 0) {
      onRefused?.(name, req);
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      res.set('Retry-After', String(seconds));
      sendError(res, 429, { code: 'TooManyRequests', message: `Too many requests (${name}): try again in ${seconds} s.` });
      return;
    }
    if (charge !== 'always') {
      res.once('finish', () => {
        const refused = res.statusCode >= 400 && res.statusCode < 500;
        if (refused === (charge === 'refused')) buckets.take(k);
      });
    }
    next();
  };
}

/** The request's client address as Express sees it (`trust proxy` decides whether X-Forwarded-For counts). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';
