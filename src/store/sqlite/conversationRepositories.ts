import type Database from 'better-sqlite3';
import type { ActivityRepository, ConversationRepository, ReceiptRepository } from '../store.ts';
import { conversationUpdateSql } from '../queries.ts';
import { conversationFromRow, storedActivityFromRow, type Row } from '../rows.ts';

export function sqliteConversations(db: Database.Database): ConversationRepository {
  const get = db.prepare('SELECT * FROM conversations WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO conversations (id, channel_id, external_user_id, user_id, account_number, locale, time_zone, owner, state, created_at, updated_at)
     VALUES (@id, @channelId, @externalUserId, NULL, NULL, @locale, @timeZone, 'bot', '{}', @at, @at)
     ON CONFLICT (id) DO NOTHING`,
  );
  const byOwner = db.prepare('SELECT * FROM conversations WHERE owner = ? ORDER BY updated_at');
  const updates = new Map<string, Database.Statement>();
  return {
    async get(id) {
      const r = get.get(id) as Row | undefined;
      return r ? conversationFromRow(r) : null;
    },
    async ensure(init, at) {
      // Almost every turn finds its conversation: one read, and the insert (a write) only for a new one.
      const existing = get.get(init.id) as Row | undefined;
      if (existing) return conversationFromRow(existing);
      insert.run({ ...init, at });
      return conversationFromRow(get.get(init.id) as Row);
    },
    async update(id, patch, at) {
      const { sql, params } = conversationUpdateSql(id, patch, at, 'question');
      // One statement per set of patched fields (at most 2^6), prepared the first time it is needed.
      let statement = updates.get(sql);
      if (!statement) updates.set(sql, (statement = db.prepare(sql)));
      statement.run(...params);
    },
    async listByOwner(owner) {
      return (byOwner.all(owner) as Row[]).map(conversationFromRow);
    },
  };
}

export function sqliteActivities(db: Database.Database): ActivityRepository {
  // One statement computes the next position, so concurrent appends cannot collide (SQLite has one writer).
  const append = db.prepare(
    `INSERT INTO activities (conversation_id, seq, direction, activity_id, type, at, body)
     SELECT @conversationId, COALESCE(MAX(seq) + 1, 0), @direction, @activityId, @type, @at, @body
       FROM activities WHERE conversation_id = @conversationId
     RETURNING seq`,
  );
  const list = db.prepare('SELECT * FROM activities WHERE conversation_id = ? AND seq > ? ORDER BY seq');
  const count = db.prepare('SELECT count(*) AS n FROM activities WHERE conversation_id = ?');
  const lastInbound = db.prepare("SELECT * FROM activities WHERE conversation_id = ? AND direction = 'in' ORDER BY seq DESC LIMIT 1");
  return {
    async append(conversationId, direction, activity) {
      const row = append.get({
        conversationId,
        direction,
        activityId: activity.id ?? null,
        type: activity.type,
        at: activity.timestamp ?? new Date(0).toISOString(),
        body: JSON.stringify(activity),
      }) as Row;
      return { conversationId, seq: Number(row.seq), direction, activity };
    },
    async list(conversationId, afterSeq = -1) {
      return (list.all(conversationId, afterSeq) as Row[]).map(storedActivityFromRow);
    },
    async count(conversationId) {
      return Number((count.get(conversationId) as Row).n);
    },
    async lastInbound(conversationId) {
      const r = lastInbound.get(conversationId) as Row | undefined;
      return r ? storedActivityFromRow(r) : null;
    },
  };
}

export function sqliteReceipts(db: Database.Database): ReceiptRepository {
  const claim = db.prepare(
    'INSERT INTO receipts (channel_id, delivery_id, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  return {
    async claim(channelId, deliveryId, at) {
      return claim.run(channelId, deliveryId, at).changes === 1;
    },
  };
}
