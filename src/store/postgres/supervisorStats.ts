import type pg from 'pg';
import { handoffFromRow } from '../handoffRecords.ts';
import type { Row } from '../rows.ts';
import { CONVERSATIONS_BETWEEN_SQL, HANDOFFS_BETWEEN_SQL, conversationSpanFromRow, type SupervisorStatsRepository } from '../supervisorRecords.ts';

export function postgresSupervisorStats(pool: pg.Pool): SupervisorStatsRepository {
  const param = (n: number) => `$${n}`;
  return {
    async handoffsBetween(from, to) {
      return (await pool.query<Row>(HANDOFFS_BETWEEN_SQL(param), [from, to])).rows.map(handoffFromRow);
    },
    async conversationsBetween(from, to) {
      return (await pool.query<Row>(CONVERSATIONS_BETWEEN_SQL(param), [from, to])).rows.map(conversationSpanFromRow);
    },
  };
}
