import type pg from 'pg';
import type { Row } from '../rows.ts';
import { surveyFromRow, type SatisfactionRepository } from '../satisfactionRecords.ts';

export function postgresSatisfaction(pool: pg.Pool): SatisfactionRepository {
  const one = async (sql: string, values: unknown[]) => {
    const { rows } = await pool.query<Row>(sql, values);
    return rows[0] ? surveyFromRow(rows[0]) : null;
  };
  return {
    async ask(s, at) {
      return one(
        `INSERT INTO satisfaction_surveys (conversation_id, ticket_number, handoff_id, agent_id, channel_id, language, asked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING *`,
        [s.conversationId, s.ticketNumber, s.handoffId, s.agentId, s.channelId, s.language, at],
      );
    },
    async pending(conversationId) {
      return one('SELECT * FROM satisfaction_surveys WHERE conversation_id = $1 AND closed_at IS NULL ORDER BY id DESC LIMIT 1', [conversationId]);
    },
    async rate(id, rating, at) {
      return one('UPDATE satisfaction_surveys SET rating = $1, rated_at = $2 WHERE id = $3 AND closed_at IS NULL RETURNING *', [rating, at, id]);
    },
    async close(id, at, comment) {
      return one('UPDATE satisfaction_surveys SET closed_at = $1, comment = coalesce($2, comment) WHERE id = $3 AND closed_at IS NULL RETURNING *', [at, comment ?? null, id]);
    },
    async ratedBetween(from, to) {
      const { rows } = await pool.query<Row>('SELECT * FROM satisfaction_surveys WHERE rating IS NOT NULL AND rated_at >= $1 AND rated_at < $2 ORDER BY rated_at, id', [from, to]);
      return rows.map(surveyFromRow);
    },
  };
}
