import { createHash, randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { outboundStatusRank, outboundStatusRankSql } from '../queries.ts';
import { mediaFromRow, outboundMessageFromRow, type Row } from '../rows.ts';
import type { MediaRepository, OutboundMessageRepository } from '../store.ts';

export function sqliteMedia(db: Database.Database): MediaRepository {
  // ON CONFLICT DO NOTHING, then read back: a redelivered file keeps its first record.
  const insert = db.prepare(
    `INSERT INTO media (id, channel_id, conversation_id, provider_media_id, content_type, file_name, size_bytes, sha256, data, created_at)
     VALUES (@id, @channelId, @conversationId, @providerMediaId, @contentType, @fileName, @sizeBytes, @sha256, @data, @createdAt)
     ON CONFLICT (channel_id, provider_media_id) DO NOTHING`,
  );
  const byId = db.prepare('SELECT * FROM media WHERE id = ?');
  const byProvider = db.prepare('SELECT * FROM media WHERE channel_id = ? AND provider_media_id = ?');
  return {
    async save(m) {
      insert.run({
        id: randomUUID(),
        channelId: m.channelId,
        conversationId: m.conversationId,
        providerMediaId: m.providerMediaId,
        contentType: m.contentType,
        fileName: m.fileName,
        sizeBytes: m.data.length,
        sha256: createHash('sha256').update(m.data).digest('hex'),
        data: m.data,
        createdAt: m.createdAt,
      });
      return mediaFromRow(byProvider.get(m.channelId, m.providerMediaId) as Row);
    },
    async get(id) {
      const r = byId.get(id) as Row | undefined;
      return r ? mediaFromRow(r) : null;
    },
    async findByProvider(channelId, providerMediaId) {
      const r = byProvider.get(channelId, providerMediaId) as Row | undefined;
      return r ? mediaFromRow(r) : null;
    },
  };
}

export function sqliteOutboundMessages(db: Database.Database): OutboundMessageRepository {
  const insert = db.prepare(
    `INSERT INTO outbound_messages (channel_id, provider_message_id, conversation_id, activity_id, status, status_at, error, created_at)
     VALUES (@channelId, @providerMessageId, @conversationId, @activityId, @status, @statusAt, @error, @statusAt)
     RETURNING *`,
  );
  const update = db.prepare(
    `UPDATE outbound_messages SET status = @status, status_at = @at, error = coalesce(@error, error)
     WHERE channel_id = @channelId AND provider_message_id = @providerMessageId AND ${outboundStatusRankSql('status')} < @rank`,
  );
  const get = db.prepare('SELECT * FROM outbound_messages WHERE channel_id = ? AND provider_message_id = ?');
  const release = db.prepare(`UPDATE outbound_messages SET status = 'released', status_at = ? WHERE id = ? AND status = 'queued_outside_window'`);
  const releaseAll = db.transaction((ids: readonly number[], at: string) => ids.filter((id) => release.run(at, id).changes === 1));
  const list = db.prepare('SELECT * FROM outbound_messages WHERE conversation_id = ? ORDER BY id');
  const queued = db.prepare(`SELECT * FROM outbound_messages WHERE conversation_id = ? AND status = 'queued_outside_window' AND channel_id = ? ORDER BY id`);
  return {
    async record(m) {
      return outboundMessageFromRow(insert.get(m) as Row);
    },
    async updateStatus(channelId, providerMessageId, status, at, error) {
      return update.run({ channelId, providerMessageId, status, at, error, rank: outboundStatusRank(status) }).changes === 1;
    },
    async get(channelId, providerMessageId) {
      const r = get.get(channelId, providerMessageId) as Row | undefined;
      return r ? outboundMessageFromRow(r) : null;
    },
    async release(ids, at) {
      return releaseAll(ids, at);
    },
    async listQueued(channelId, conversationId) {
      return (queued.all(conversationId, channelId) as Row[]).map(outboundMessageFromRow);
    },
    async listForConversation(conversationId) {
      return (list.all(conversationId) as Row[]).map(outboundMessageFromRow);
    },
  };
}
