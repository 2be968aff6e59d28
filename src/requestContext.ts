/**
 * Which request or turn the code runs for, carried through its async calls (AsyncLocalStorage), so
 * that every log line written meanwhile names it (src/logger.ts adds it to each line).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export interface LogContext {
  /** The request's id (X-Request-Id, taken or made), or a turn's own id when it runs from the inbox. */
  readonly requestId: string;
  /** An inbox turn's channel and platform message id: the accepting request logged the same id. */
  readonly channel?: string;
  readonly messageId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** An incoming X-Request-Id is taken when it is short and plain (no spaces, quotes or control characters). */
const RequestIdHeader = z.string().regex(/^[A-Za-z0-9._:@/+=-]{1,128}$/);

/** The incoming header when sane, else a new id. */
export function requestIdFrom(header: unknown): string {
  const parsed = RequestIdHeader.safeParse(header);
  return parsed.success ? parsed.data : randomUUID();
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

export function runWithLogContext<T>(context: LogContext, run: () => T): T {
  return storage.run(context, run);
}

/** The context of a turn the durable inbox runs: an id of its own, and the platform message id that ties it to the request that accepted it. */
export function inboxTurnContext(message: { channelId: string; messageId: string }): LogContext {
  return { requestId: randomUUID(), channel: message.channelId, messageId: message.messageId };
}
