/**
 * Whether an error is the store failing to do what it was asked (a refused or failed statement, a
 * lost or refused connection), as opposed to a bug in the code that called it. A turn that hits one
 * is not answered with an apology: its message stays unanswered in the inbox, and the platform gets a
 * 5xx (or the inbox runs the turn again), so nothing accepted is lost to a database that failed for a moment.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

/** What pg's client and pool throw when the connection is lost or cannot be made. */
const CONNECTION_LOST = /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed and is not queryable/i;
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

export function isStoreFailure(error: unknown): boolean {
  if (error instanceof pg.DatabaseError || error instanceof Database.SqliteError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return CONNECTION_LOST.test(error.message) || (typeof code === 'string' && CONNECTION_CODES.has(code));
}
