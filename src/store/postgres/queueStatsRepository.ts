import type pg from 'pg';
import { INBOX_BACKLOG_SQL, OUTBOX_BACKLOG_SQL, backlogOf, type QueueStatsRepository } from '../queueStats.ts';
import type { Row } from '../rows.ts';

export function postgresQueueStats(pool: pg.Pool): QueueStatsRepository {
  return {
    inbox: async () => backlogOf((await pool.query<Row>({ name: 'inbox_backlog', text: INBOX_BACKLOG_SQL })).rows[0]),
    outbox: async () => backlogOf((await pool.query<Row>({ name: 'outbox_backlog', text: OUTBOX_BACKLOG_SQL })).rows[0]),
  };
}
