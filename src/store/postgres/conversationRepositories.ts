import { createHash } from 'node:crypto';
import type pg from 'pg';
import { conversationUpdateSql } from '../queries.ts';
import { conversationFromRow, storedActivityFromRow, type Row } from '../rows.ts';
import type { ActivityRepository, ConversationRepository, ReceiptRepository } from '../store.ts';
import { inTransaction } from './pool.ts';
import { scopeOn } from './transactionScope.ts';

export function postgresConversations(pool: pg.Pool): ConversationRepository {
  const get = async (id: string) => (await pool.query<Row>('SELECT * FROM conversations WHERE id = $1', [id])).rows[0];
  return {
    async get(id) {
      const r = await get(id);
      return r ? conversationFromRow(r) : null;
    },
    async ensure(init, at) {
      // Almost every turn finds its conversation: one read, and the insert only for a new one.
      const existing = await get(init.id);
      if (existing) return conversationFromRow(existing);
      await pool.query(
        `INSERT INTO conversations (id, channel_id, external_user_id, user_id, account_number, locale, time_zone, owner, state, created_at, updated_at)
         VALUES ($1, $2, $3, NULL, NULL, $4, $5, 'bot', '{}', $6, $6)
         ON CONFLICT (id) DO NOTHING`,
        [init.id, init.channelId, init.externalUserId, init.locale, init.timeZone, at],
      );
      return conversationFromRow((await get(init.id))!);
    },
    async update(id, patch, at) {
      const { sql, params } = conversationUpdateSql(id, patch, at, 'dollar');
      // Named by its text: parsed and planned once per connection for each set of patched fields.
      await pool.query({ name: `conversation_update_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`, text: sql, values: params });
    },
    async listByOwner(owner) {
      const { rows } = await pool.query<Row>('SELECT * FROM conversations WHERE owner = $1 ORDER BY updated_at', [owner]);
      return rows.map(conversationFromRow);
    },
  };
}

export function postgresActivities(pool: pg.Pool): ActivityRepository {
  return {
    /**
     * The next position is MAX(seq) + 1, read while this transaction holds the conversation's row
     * lock: concurrent appends to one conversation (any instance) queue on that lock, and each
     * INSERT statement sees the rows committed before it (READ COMMITTED takes a snapshot per
     * statement), so positions run 0, 1, 2 … without gaps or duplicates. An unknown conversation
     * locks nothing and the INSERT fails on the foreign key, as in SQLite.
     */
    async append(conversationId, direction, activity) {
      const seq = await inTransaction(pool, async (client) => {
        // A turn's unit of work holds the lock from its first append to its commit: taken once.
        if (scopeOn(pool)?.firstTime(`conversation:${conversationId}`) ?? true) {
          await client.query({ name: 'conversation_lock', text: 'SELECT 1 FROM conversations WHERE id = $1 FOR NO KEY UPDATE', values: [conversationId] });
        }
        const { rows } = await client.query<Row>({
          name: 'activity_append',
          text: `INSERT INTO activities (conversation_id, seq, direction, activity_id, type, at, body)
           SELECT $1, COALESCE(MAX(seq) + 1, 0), $2, $3, $4, $5, $6 FROM activities WHERE conversation_id = $1
           RETURNING seq`,
          values: [
            conversationId,
            direction,
            activity.id ?? null,
            activity.type,
            activity.timestamp ?? new Date(0).toISOString(),
            JSON.stringify(activity),
          ],
        });
        return Number(rows[0]!.seq);
      });
      return { conversationId, seq, direction, activity };
    },
    async list(conversationId, afterSeq = -1) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM activities WHERE conversation_id = $1 AND seq > $2 ORDER BY seq',
        [conversationId, afterSeq],
      );
      return rows.map(storedActivityFromRow);
    },
    async count(conversationId) {
      const { rows } = await pool.query<Row>('SELECT count(*) AS n FROM activities WHERE conversation_id = $1', [conversationId]);
      return Number(rows[0]?.n ?? 0);
    },
    async lastInbound(conversationId) {
      const { rows } = await pool.query<Row>(
        "SELECT * FROM activities WHERE conversation_id = $1 AND direction = 'in' ORDER BY seq DESC LIMIT 1",
        [conversationId],
      );
      return rows[0] ? storedActivityFromRow(rows[0]) : null;
    },
  };
}

export function postgresReceipts(pool: pg.Pool): ReceiptRepository {
  return {
    /** One statement: the primary key decides which of two concurrent claims wins. */
    async claim(channelId, deliveryId, at) {
      const { rowCount } = await pool.query(
        'INSERT INTO receipts (channel_id, delivery_id, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [channelId, deliveryId, at],
      );
      return rowCount === 1;
    },
  };
}
