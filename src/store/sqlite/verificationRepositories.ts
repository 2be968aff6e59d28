import type Database from 'better-sqlite3';
import { CLAIM_OUTBOX_SQL, NO_ATTEMPT_CAP } from '../queries.ts';
import { outboxFromRow, verificationFromRow, type Row } from '../rows.ts';
import type { OutboxRepository, VerificationRepository } from '../store.ts';

export function sqliteVerifications(db: Database.Database): VerificationRepository {
  const insert = db.prepare(
    `INSERT INTO verifications (channel_id, external_id, user_id, code_hash, created_at, expires_at, attempts, consumed_at)
     VALUES (@channelId, @externalId, @userId, @codeHash, @createdAt, @expiresAt, 0, NULL)
     RETURNING *`,
  );
  // The id breaks ties between requests made at the same instant: the later insert is the newer code.
  const newest = db.prepare(
    'SELECT * FROM verifications WHERE channel_id = ? AND external_id = ? ORDER BY created_at DESC, id DESC LIMIT 1',
  );
  const attempt = db.prepare('UPDATE verifications SET attempts = attempts + 1 WHERE id = ? RETURNING attempts');
  const consume = db.prepare('UPDATE verifications SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL');
  const countSince = db.prepare(
    'SELECT count(*) AS n FROM verifications WHERE channel_id = ? AND external_id = ? AND created_at >= ?',
  );
  const countForUser = db.prepare('SELECT count(*) AS n FROM verifications WHERE user_id = ? AND created_at >= ?');
  return {
    async create(verification) {
      return verificationFromRow(insert.get(verification) as Row);
    },
    async latestOpen(channelId, externalId) {
      const r = newest.get(channelId, externalId) as Row | undefined;
      return r && r.consumed_at === null ? verificationFromRow(r) : null;
    },
    async recordAttempt(id) {
      const r = attempt.get(id) as Row | undefined;
      return r ? Number(r.attempts) : 0;
    },
    async consume(id, at) {
      return consume.run(at, id).changes === 1;
    },
    async countSince(channelId, externalId, sinceIso) {
      return Number((countSince.get(channelId, externalId, sinceIso) as Row).n);
    },
    async countForUserSince(userId, sinceIso) {
      return Number((countForUser.get(userId, sinceIso) as Row).n);
    },
  };
}

export function sqliteOutbox(db: Database.Database): OutboxRepository {
  const insert = db.prepare(
    `INSERT INTO outbox (to_address, subject, body_text, created_at, attempts) VALUES (@toAddress, @subject, @bodyText, @at, 0)
     RETURNING *`,
  );
  const pending = db.prepare('SELECT * FROM outbox WHERE sent_at IS NULL AND attempts < ? ORDER BY id LIMIT ?');
  const claim = db.prepare(CLAIM_OUTBOX_SQL.replace(/\$\d/g, '?').replace('FOR UPDATE SKIP LOCKED', ''));
  const sent = db.prepare(
    'UPDATE outbox SET sent_at = ?, transport = ?, attempts = attempts + 1, last_attempt_at = ?, claimed_until = NULL WHERE id = ? AND sent_at IS NULL',
  );
  const failed = db.prepare(
    'UPDATE outbox SET error = ?, attempts = attempts + 1, last_attempt_at = ?, claimed_until = NULL WHERE id = ? AND sent_at IS NULL',
  );
  const list = db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT ?');
  return {
    async enqueue(message, at) {
      const { toAddress, subject, bodyText } = message;
      return outboxFromRow(insert.get({ toAddress, subject, bodyText, at }) as Row);
    },
    async pending(limit, maxAttempts = NO_ATTEMPT_CAP) {
      return (pending.all(maxAttempts, limit) as Row[]).map(outboxFromRow);
    },
    async claim({ limit, maxAttempts = NO_ATTEMPT_CAP, now, until }) {
      return (claim.all(until, maxAttempts, now, limit) as Row[]).map(outboxFromRow).sort((a, b) => a.id - b.id);
    },
    async markSent(id, at, transport) {
      sent.run(at, transport, at, id);
    },
    async markFailed(id, error, at) {
      failed.run(error, at, id);
    },
    async list(limit) {
      return (list.all(limit) as Row[]).map(outboxFromRow);
    },
  };
}
