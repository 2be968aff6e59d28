import type Database from 'better-sqlite3';
import { handoffFromRow } from '../handoffRecords.ts';
import type { Row } from '../rows.ts';
import { CONVERSATIONS_BETWEEN_SQL, HANDOFFS_BETWEEN_SQL, conversationSpanFromRow, type SupervisorStatsRepository } from '../supervisorRecords.ts';

export function sqliteSupervisorStats(db: Database.Database): SupervisorStatsRepository {
  const param = (n: number) => (n === 1 ? '@from' : '@to');
  const handoffs = db.prepare(HANDOFFS_BETWEEN_SQL(param));
  const conversations = db.prepare(CONVERSATIONS_BETWEEN_SQL(param));
  return {
    async handoffsBetween(from, to) {
      return (handoffs.all({ from, to }) as Row[]).map(handoffFromRow);
    },
    async conversationsBetween(from, to) {
      return (conversations.all({ from, to }) as Row[]).map(conversationSpanFromRow);
    },
  };
}
