import type Database from 'better-sqlite3';
import { INBOX_BACKLOG_SQL, OUTBOX_BACKLOG_SQL, backlogOf, type QueueStatsRepository } from '../queueStats.ts';
import type { Row } from '../rows.ts';

export function sqliteQueueStats(db: Database.Database): QueueStatsRepository {
  const inbox = db.prepare(INBOX_BACKLOG_SQL);
  const outbox = db.prepare(OUTBOX_BACKLOG_SQL);
  return {
    inbox: async () => backlogOf(inbox.get() as Row | undefined),
    outbox: async () => backlogOf(outbox.get() as Row | undefined),
  };
}
