import type pg from 'pg';
import { CLAIM_OUTBOX_SQL, NO_ATTEMPT_CAP } from '../queries.ts';
import { outboxFromRow, verificationFromRow, type Row } from '../rows.ts';
import type { OutboxRepository, VerificationRepository } from '../store.ts';

export function postgresVerifications(pool: pg.Pool): VerificationRepository {
  return {
    async create(v) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO verifications (channel_id, external_id, user_id, code_hash, created_at, expires_at, attempts, consumed_at)
         VALUES ($1, $2, $3, $4, $5, $6, 0, NULL)
         RETURNING *`,
        [v.channelId, v.externalId, v.userId, v.codeHash, v.createdAt, v.expiresAt],
      );
      return verificationFromRow(rows[0]!);
    },
    /** The id breaks ties between requests made at the same instant: the later insert is the newer code. */
    async latestOpen(channelId, externalId) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM verifications WHERE channel_id = $1 AND external_id = $2 ORDER BY created_at DESC, id DESC LIMIT 1',
        [channelId, externalId],
      );
      const r = rows[0];
      return r && r.consumed_at === null ? verificationFromRow(r) : null;
    },
    /** One statement: concurrent attempts each see their own count, none is lost. */
    async recordAttempt(id) {
      const { rows } = await pool.query<Row>('UPDATE verifications SET attempts = attempts + 1 WHERE id = $1 RETURNING attempts', [id]);
      return rows[0] ? Number(rows[0].attempts) : 0;
    },
    async consume(id, at) {
      const { rowCount } = await pool.query('UPDATE verifications SET consumed_at = $1 WHERE id = $2 AND consumed_at IS NULL', [at, id]);
      return rowCount === 1;
    },
    async countSince(channelId, externalId, sinceIso) {
      const { rows } = await pool.query<Row>(
        'SELECT count(*) AS n FROM verifications WHERE channel_id = $1 AND external_id = $2 AND created_at >= $3',
        [channelId, externalId, sinceIso],
      );
      return Number(rows[0]?.n ?? 0);
    },
    async countForUserSince(userId, sinceIso) {
      const { rows } = await pool.query<Row>('SELECT count(*) AS n FROM verifications WHERE user_id = $1 AND created_at >= $2', [
        userId,
        sinceIso,
      ]);
      return Number(rows[0]?.n ?? 0);
    },
  };
}

export function postgresOutbox(pool: pg.Pool): OutboxRepository {
  return {
    async enqueue(m, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO outbox (to_address, subject, body_text, created_at, attempts) VALUES ($1, $2, $3, $4, 0)
         RETURNING *`,
        [m.toAddress, m.subject, m.bodyText, at],
      );
      return outboxFromRow(rows[0]!);
    },
    async pending(limit, maxAttempts = NO_ATTEMPT_CAP) {
      const { rows } = await pool.query<Row>('SELECT * FROM outbox WHERE sent_at IS NULL AND attempts < $1 ORDER BY id LIMIT $2', [
        maxAttempts,
        limit,
      ]);
      return rows.map(outboxFromRow);
    },
    async claim({ limit, maxAttempts = NO_ATTEMPT_CAP, now, until }) {
      const { rows } = await pool.query<Row>(CLAIM_OUTBOX_SQL, [until, maxAttempts, now, limit]);
      return rows.map(outboxFromRow).sort((a, b) => a.id - b.id);
    },
    async markSent(id, at, transport) {
      await pool.query(
        'UPDATE outbox SET sent_at = $1, transport = $2, attempts = attempts + 1, last_attempt_at = $1, claimed_until = NULL WHERE id = $3 AND sent_at IS NULL',
        [at, transport, id],
      );
    },
    async markFailed(id, error, at) {
      await pool.query(
        'UPDATE outbox SET error = $1, attempts = attempts + 1, last_attempt_at = $2, claimed_until = NULL WHERE id = $3 AND sent_at IS NULL',
        [error, at, id],
      );
    },
    async list(limit) {
      return (await pool.query<Row>('SELECT * FROM outbox ORDER BY id DESC LIMIT $1', [limit])).rows.map(outboxFromRow);
    },
  };
}
