import type Database from 'better-sqlite3';
import type { Row } from '../rows.ts';
import { surveyFromRow, type SatisfactionRepository } from '../satisfactionRecords.ts';

export function sqliteSatisfaction(db: Database.Database): SatisfactionRepository {
  const insert = db.prepare(
    `INSERT INTO satisfaction_surveys (conversation_id, ticket_number, handoff_id, agent_id, channel_id, language, asked_at)
     VALUES (@conversationId, @ticketNumber, @handoffId, @agentId, @channelId, @language, @at)
     ON CONFLICT DO NOTHING RETURNING *`,
  );
  const pending = db.prepare('SELECT * FROM satisfaction_surveys WHERE conversation_id = ? AND closed_at IS NULL ORDER BY id DESC LIMIT 1');
  const rate = db.prepare('UPDATE satisfaction_surveys SET rating = ?, rated_at = ? WHERE id = ? AND closed_at IS NULL RETURNING *');
  const close = db.prepare('UPDATE satisfaction_surveys SET closed_at = ?, comment = coalesce(?, comment) WHERE id = ? AND closed_at IS NULL RETURNING *');
  const rated = db.prepare('SELECT * FROM satisfaction_surveys WHERE rating IS NOT NULL AND rated_at >= ? AND rated_at < ? ORDER BY rated_at, id');
  const one = (row: unknown) => (row ? surveyFromRow(row as Row) : null);
  return {
    async ask(survey, at) {
      return one(insert.get({ ...survey, at }));
    },
    async pending(conversationId) {
      return one(pending.get(conversationId));
    },
    async rate(id, rating, at) {
      return one(rate.get(rating, at, id));
    },
    async close(id, at, comment) {
      return one(close.get(at, comment ?? null, id));
    },
    async ratedBetween(from, to) {
      return (rated.all(from, to) as Row[]).map(surveyFromRow);
    },
  };
}
