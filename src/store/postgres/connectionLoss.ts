/**
 * What a lost PostgreSQL connection means for the statement that was on it, and the retry that
 * follows. The server drops connections when it restarts or fails over, and when an administrator
 * (or a pooler) terminates a backend; none of that may take the process down, and a statement that
 * certainly did not run, or that only reads, is simply run again on a new connection.
 */

/** SQLSTATEs of a connection that is gone: class 08, and the server shutting down or starting up. */
const LOST_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);
/** Socket errors of a dropped or refused connection. */
const LOST_SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH']);
/** pg's own messages for a connection that ended or could not be made. */
const LOST_MESSAGES = [/^Connection terminated/, /not queryable/, /timeout exceeded when trying to connect/];

/**
 * The statement certainly did not run: the connection could not be made (refused, the server still
 * starting), pg refused to send on a connection it knew was dead, or the server aborted the statement
 * as it terminated the backend (57P01/57P02 arrive in place of its result; the statement's changes
 * are rolled back with the backend's transaction).
 */
const NEVER_RAN_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED']);
const NEVER_RAN_MESSAGES = [/not queryable/, /timeout exceeded when trying to connect/];

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The error is the connection's, not the statement's: the same statement may succeed on another one. */
export function isConnectionLoss(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (LOST_CODES.has(code) || LOST_SOCKET_CODES.has(code))) return true;
  const message = messageOf(error);
  return LOST_MESSAGES.some((m) => m.test(message));
}

/** A connection loss after which the statement is known not to have run. */
export function neverRan(error: unknown): boolean {
  const code = codeOf(error);
  if (code && NEVER_RAN_CODES.has(code)) return true;
  const message = messageOf(error);
  return NEVER_RAN_MESSAGES.some((m) => m.test(message));
}

/**
 * The transaction lost to another one (deadlock_detected, serialization_failure): PostgreSQL rolled it
 * back, and running it again from the start is what the server expects. A turn holds its conversation
 * for its whole transaction, so an agent's action on the same conversation may meet it in another order.
 */
export function isConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40P01' || code === '40001';
}

/** A statement that changes nothing: a plain SELECT (no locking clause, no notification, no sequence). */
export function isReadOnly(sql: string): boolean {
  return /^\s*SELECT\b/i.test(sql) && !/\b(pg_notify|nextval|setval|FOR\s+UPDATE|FOR\s+SHARE|INSERT|UPDATE|DELETE|pg_advisory)/i.test(sql);
}

/** Whether `sql` may run again after `error`: a lost connection, and the statement read only or never ran. */
export function safeToRepeat(sql: string, error: unknown): boolean {
  return isConnectionLoss(error) && (neverRan(error) || isReadOnly(sql));
}

/** Waits between attempts: doubling from 50 ms with jitter, about 3 s in all (a fast restart's time). */
export const RETRY_DELAYS_MS: readonly number[] = Object.freeze([50, 100, 200, 400, 800, 1600]);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt`; while it fails with an error `repeatable` accepts, runs it again after the next
 * delay of RETRY_DELAYS_MS (plus up to half of it at random, so instances do not reconnect in step).
 * The last error is thrown when the delays are used up.
 */
export async function retryingOnConnectionLoss<T>(attempt: () => Promise<T>, repeatable: (error: unknown) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[i];
      if (delay === undefined || !repeatable(error)) throw error;
      await sleep(delay + Math.random() * delay * 0.5);
    }
  }
}
