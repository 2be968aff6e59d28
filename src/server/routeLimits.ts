/**
 * The configured rate limits as ready middleware, one per route family (README "Running in
 * production"). The composition root builds one set; adapters and the console put them on their routes.
 */
import type { Request, RequestHandler } from 'express';
import type { RateLimitsConfig } from '../config.ts';
import { clientAddress, rateLimit, type Monotonic } from './rateLimit.ts';

export interface RouteLimits {
  /**
   * A platform's webhook: every request per client address (generous), and refused ones (bad
   * signatures) per address (tight). A 429 makes Meta and WeChat redeliver later: nothing is lost.
   */
  readonly webhook: readonly RequestHandler[];
  /** Accepted webhook messages per sender; `senderOf` reads the sender from the request (null: none). */
  webhookSender(senderOf: (req: Request) => string | null): RequestHandler;
  /** Direct Line tokens and conversations started per client address; `exempt` skips (a site's secret). */
  directLineStart(exempt: (req: Request) => boolean): RequestHandler;
  /** Direct Line posting per conversation (`conversationOf`) and per client address. */
  directLinePost(conversationOf: (req: Request) => string): readonly RequestHandler[];
  /** Uploads per conversation (on top of directLinePost). */
  upload(conversationOf: (req: Request) => string): RequestHandler;
  /** Console sign-in attempts per client address. */
  readonly signIn: RequestHandler;
}

export interface RouteLimitOptions {
  readonly now?: Monotonic;
  /** Told of each refusal, by limit name (metrics). */
  readonly onRefused?: (name: string, req: Request) => void;
}

export function routeLimits(config: RateLimitsConfig, options: RouteLimitOptions = {}): RouteLimits {
  const { now, onRefused } = options;
  const common = { ...(now ? { now } : {}), ...(onRefused ? { onRefused } : {}) };
  return {
    webhook: [
      rateLimit({ name: 'webhook per address', budget: config.webhookPerAddress, key: clientAddress, ...common }),
      rateLimit({ name: 'refused webhooks per address', budget: config.webhookRefusedPerAddress, key: clientAddress, charge: 'refused', ...common }),
    ],
    webhookSender: (senderOf) => rateLimit({ name: 'webhook per sender', budget: config.webhookPerSender, key: senderOf, charge: 'accepted', ...common }),
    directLineStart: (exempt) =>
      rateLimit({ name: 'conversations per address', budget: config.directLineStartPerAddress, key: (req) => (exempt(req) ? null : clientAddress(req)), ...common }),
    directLinePost: (conversationOf) => [
      rateLimit({ name: 'messages per address', budget: config.directLinePostPerAddress, key: clientAddress, ...common }),
      rateLimit({ name: 'messages per conversation', budget: config.directLinePostPerConversation, key: conversationOf, ...common }),
    ],
    upload: (conversationOf) => rateLimit({ name: 'uploads per conversation', budget: config.uploadPerConversation, key: conversationOf, ...common }),
    signIn: rateLimit({ name: 'sign-ins per address', budget: config.signInPerAddress, key: clientAddress, ...common }),
  };
}
