/**
 * Which request or turn the code runs for, carried through its async calls (AsyncLocalStorage), so
 * that every log line written meanwhile names it (src/logger.ts adds it to each line).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

export interface LogContext {
  /** The request's id (X-Request-Id, taken or made); an inbox turn's is the accepting request's when known. */
  readonly requestId: string;
  /** An inbox turn's channel and platform message id: the accepting request logged the same message id. */
  readonly channel?: string;
  readonly messageId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** An incoming X-Request-Id is taken when it is short and plain (no spaces, quotes or control characters). */
const RequestIdHeader = z.string().regex(/^[A-Za-z0-9._:@/+=-]{1,128}$/);

/** The incoming header when sane, else a new id. */
export function requestIdFrom(header: unknown): string {
  // Most requests carry none: a failed parse would build zod's issue list on every one of them.
  if (header === undefined) return randomUUID();
  const parsed = RequestIdHeader.safeParse(header);
  return parsed.success ? parsed.data : randomUUID();
}

export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

export function runWithLogContext<T>(context: LogContext, run: () => T): T {
  return storage.run(context, run);
}

/** Messages whose accepting request is remembered at most (a message another instance runs is never taken here). */
const REMEMBERED_AT_MOST = 10_000;

/**
 * Carries the request id of the webhook call that accepted an inbox message into the turn that runs
 * it later on this instance (the inbox row does not store it). A turn taken over by another instance,
 * or after a restart, gets an id of its own; its `messageId` still ties it to the accepting request,
 * whose `inbox: accepted` line names the message ids.
 */
export class AcceptingRequests {
  private readonly byInboxId = new Map<number, string>();

  /** The current request accepted these inbox messages. */
  accepted(inboxIds: Iterable<number>): void {
    const requestId = storage.getStore()?.requestId;
    if (requestId === undefined) return;
    for (const id of inboxIds) this.byInboxId.set(id, requestId);
    // A Map iterates in insertion order: the oldest go first.
    for (const id of this.byInboxId.keys()) {
      if (this.byInboxId.size <= REMEMBERED_AT_MOST) break;
      this.byInboxId.delete(id);
    }
  }

  /** The context of the message's turn: the accepting request's id when it was accepted here, else a new one. */
  turnContext(message: { id: number; channelId: string; messageId: string }): LogContext {
    const requestId = this.byInboxId.get(message.id) ?? randomUUID();
    this.byInboxId.delete(message.id);
    return { requestId, channel: message.channelId, messageId: message.messageId };
  }
}
