/**
 * How much waits in the durable inbox and outbox, for the metrics scrape (src/metrics/queueMetrics.ts).
 * Both stores run the same SQL: each query reads only the partial indexes of open rows, so a scrape
 * costs the same however many completed rows the tables keep.
 */
import type { Row } from './rows.ts';

/** What waits in one queue: how many rows, and when the oldest one came (null when none waits). */
export interface QueueBacklog {
  depth: number;
  oldestAt: string | null;
}

export interface QueueStatsRepository {
  /** Accepted messages whose turn has not completed. */
  inbox(): Promise<QueueBacklog>;
  /** Deliveries not yet accepted by their platform (pending, retries included). */
  outbox(): Promise<QueueBacklog>;
}

export const INBOX_BACKLOG_SQL = `SELECT (SELECT COUNT(*) FROM inbox_messages WHERE completed_at IS NULL) AS depth,
 (SELECT accepted_at FROM inbox_messages WHERE completed_at IS NULL ORDER BY id LIMIT 1) AS oldest_at`;

export const OUTBOX_BACKLOG_SQL = `SELECT (SELECT COUNT(*) FROM outbox_deliveries WHERE status = 'pending') AS depth,
 (SELECT created_at FROM outbox_deliveries WHERE status = 'pending' ORDER BY id LIMIT 1) AS oldest_at`;

export function backlogOf(row: Row | undefined): QueueBacklog {
  const oldest = row?.oldest_at;
  return { depth: Number(row?.depth ?? 0), oldestAt: oldest === null || oldest === undefined ? null : String(oldest) };
}
