import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { outboundStatusRank, outboundStatusRankSql } from '../queries.ts';
import { mediaFromRow, outboundMessageFromRow, type Row } from '../rows.ts';
import type { MediaRepository, OutboundMessageRepository } from '../store.ts';

export function postgresMedia(pool: pg.Pool): MediaRepository {
  const byProvider = async (channelId: string, providerMediaId: string) =>
    (await pool.query<Row>('SELECT * FROM media WHERE channel_id = $1 AND provider_media_id = $2', [channelId, providerMediaId])).rows[0];
  return {
    /** ON CONFLICT DO NOTHING, then read back: a redelivered file keeps its first record. */
    async save(m) {
      await pool.query(
        `INSERT INTO media (id, channel_id, conversation_id, provider_media_id, content_type, file_name, size_bytes, sha256, data, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (channel_id, provider_media_id) DO NOTHING`,
        [
          randomUUID(),
          m.channelId,
          m.conversationId,
          m.providerMediaId,
          m.contentType,
          m.fileName,
          m.data.length,
          createHash('sha256').update(m.data).digest('hex'),
          m.data,
          m.createdAt,
        ],
      );
      return mediaFromRow((await byProvider(m.channelId, m.providerMediaId))!);
    },
    async get(id) {
      const r = (await pool.query<Row>('SELECT * FROM media WHERE id = $1', [id])).rows[0];
      return r ? mediaFromRow(r) : null;
    },
    async findByProvider(channelId, providerMediaId) {
      const r = await byProvider(channelId, providerMediaId);
      return r ? mediaFromRow(r) : null;
    },
  };
}

export function postgresOutboundMessages(pool: pg.Pool): OutboundMessageRepository {
  return {
    async record(m) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO outbound_messages (channel_id, provider_message_id, conversation_id, activity_id, status, status_at, error, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $6)
         RETURNING *`,
        [m.channelId, m.providerMessageId, m.conversationId, m.activityId, m.status, m.statusAt, m.error],
      );
      return outboundMessageFromRow(rows[0]!);
    },
    async updateStatus(channelId, providerMessageId, status, at, error) {
      const { rowCount } = await pool.query(
        `UPDATE outbound_messages SET status = $1, status_at = $2, error = coalesce($3, error)
         WHERE channel_id = $4 AND provider_message_id = $5 AND ${outboundStatusRankSql('status')} < $6`,
        [status, at, error, channelId, providerMessageId, outboundStatusRank(status)],
      );
      return rowCount === 1;
    },
    async get(channelId, providerMessageId) {
      const r = (
        await pool.query<Row>('SELECT * FROM outbound_messages WHERE channel_id = $1 AND provider_message_id = $2', [channelId, providerMessageId])
      ).rows[0];
      return r ? outboundMessageFromRow(r) : null;
    },
    /** One statement: concurrent callers each mark a disjoint set (row locks), none a message twice. */
    async release(ids, at) {
      const { rows } = await pool.query<{ id: string | number }>(
        `UPDATE outbound_messages SET status = 'released', status_at = $1 WHERE id = ANY($2::bigint[]) AND status = 'queued_outside_window' RETURNING id`,
        [at, ids],
      );
      return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
    },
    async listQueued(channelId, conversationId) {
      const { rows } = await pool.query<Row>(
        `SELECT * FROM outbound_messages WHERE conversation_id = $1 AND status = 'queued_outside_window' AND channel_id = $2 ORDER BY id`,
        [conversationId, channelId],
      );
      return rows.map(outboundMessageFromRow);
    },
    async listForConversation(conversationId) {
      return (await pool.query<Row>('SELECT * FROM outbound_messages WHERE conversation_id = $1 ORDER BY id', [conversationId])).rows.map(
        outboundMessageFromRow,
      );
    },
  };
}
