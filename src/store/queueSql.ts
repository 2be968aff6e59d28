/**
 * The durable inbox and outbox in SQL that both stores run as written: `$1 … $n` markers (SQLite
 * binds them by number too, see `numbered`). Each queue hands out the head of every conversation
 * (its oldest open row) under a lease, so a conversation's rows run one at a time and in order,
 * across instances; PostgreSQL adds `FOR UPDATE SKIP LOCKED` so racing instances never share one.
 */
import type { InboxMessage, NewOutboxDelivery, OutboxDelivery } from './records.ts';
import type { LeaseRequest } from './store.ts';
import { str, strOrNull, type Row } from './rows.ts';

export type Dialect = 'sqlite' | 'postgres';

const lockClause = (dialect: Dialect) => (dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '');

/** $1 owner, $2 now, $3 lease until, $4 limit. */
export function leaseInboxSql(dialect: Dialect): string {
  return `UPDATE inbox_messages SET lease_owner = $1, lease_until = $3, attempts = attempts + 1
 WHERE id IN (
   SELECT h.id FROM inbox_messages h
    WHERE h.completed_at IS NULL
      AND (h.lease_until IS NULL OR h.lease_until <= $2)
      AND NOT EXISTS (SELECT 1 FROM inbox_messages e WHERE e.conversation_id = h.conversation_id AND e.completed_at IS NULL AND e.id < h.id)
    ORDER BY h.id LIMIT $4 ${lockClause(dialect)})
 RETURNING *`;
}

/**
 * $1 id, $2 owner, $3 now, $4 lease until: one message, when it is its conversation's next (every
 * message accepted before it completed) and nobody holds it. A channel whose HTTP answer waits for
 * the turn runs it so, and never beside another turn of the same conversation.
 */
export const LEASE_IF_NEXT_INBOX_SQL = `UPDATE inbox_messages SET lease_owner = $2, lease_until = $4, attempts = attempts + 1
 WHERE id = $1 AND completed_at IS NULL AND (lease_until IS NULL OR lease_until <= $3)
   AND NOT EXISTS (SELECT 1 FROM inbox_messages e WHERE e.conversation_id = inbox_messages.conversation_id AND e.completed_at IS NULL AND e.id < $1)
 RETURNING *`;

/**
 * $1 conversation id (PostgreSQL): held until the accepting transaction ends, so a conversation's
 * messages are numbered in the order they commit. Without it a message numbered before another could
 * commit after the later one was leased as its conversation's next, and the two would run side by side.
 */
export const LOCK_CONVERSATION_INBOX_SQL = 'SELECT pg_advisory_xact_lock(17, hashtext($1))';

/**
 * $1 owner, $2 now, $3 lease until, $4 conversation id: the conversation's oldest open message, if
 * nobody holds it. The cheap lease for a conversation this instance was told about (a message it
 * accepted, a turn it completed), without looking at every other conversation.
 */
export const LEASE_NEXT_INBOX_SQL = `UPDATE inbox_messages SET lease_owner = $1, lease_until = $3, attempts = attempts + 1
 WHERE id = (SELECT e.id FROM inbox_messages e WHERE e.conversation_id = $4 AND e.completed_at IS NULL ORDER BY e.id LIMIT 1)
   AND completed_at IS NULL AND (lease_until IS NULL OR lease_until <= $2)
 RETURNING *`;

/** $1 inbox id, $2 owner, $3 at. Only the lease holder completes; a turn is completed once. */
export const COMPLETE_INBOX_SQL = `UPDATE inbox_messages SET completed_at = $3, lease_owner = NULL, lease_until = NULL
 WHERE id = $1 AND lease_owner = $2 AND completed_at IS NULL`;

/** $1 id, $2 owner, $3 lease until: the holder of an open message's lease keeps it longer (a long turn). */
export const RENEW_INBOX_LEASE_SQL = `UPDATE inbox_messages SET lease_until = $3 WHERE id = $1 AND lease_owner = $2 AND completed_at IS NULL`;

/**
 * $1 id, $2 owner, $3 at: the holder ends its lease; the message is free from $3. The owner is cleared,
 * so a renewal of the holder's that was already on its way (sent before, run after: a connection
 * that came back) cannot extend a lease that ended and keep the message waiting a whole lease.
 */
export const END_INBOX_LEASE_SQL = `UPDATE inbox_messages SET lease_owner = NULL, lease_until = $3
 WHERE id = $1 AND lease_owner = $2 AND completed_at IS NULL`;

/**
 * $1 id, $2 owner, $3 lease until: a turn the store failed in runs again at $3, and its start is not
 * counted as an attempt (the store failed, not the message: a message is given up only after turns
 * that never completed for reasons of their own). The lease ends as END_INBOX_LEASE_SQL ends it.
 */
export const DEFER_INBOX_AFTER_STORE_FAILURE_SQL = `UPDATE inbox_messages SET lease_owner = NULL, lease_until = $3, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END
 WHERE id = $1 AND lease_owner = $2 AND completed_at IS NULL`;

/** $1 id, $2 owner, $3 now: the send is still pending and leased by $2 (checked before a send once writes were lost). */
export const DELIVERY_HELD_BY_SQL = `SELECT 1 AS held FROM outbox_deliveries WHERE id = $1 AND lease_owner = $2 AND status = 'pending' AND lease_until > $3`;

/** $1 id, $2 owner, $3 at: the holder of a send's lease ends it without sending (as END_INBOX_LEASE_SQL). */
export const END_DELIVERY_LEASE_SQL = `UPDATE outbox_deliveries SET lease_owner = NULL, lease_until = $3
 WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`;

/** $1 id, $2 owner, $3 lease until: the same for a send in progress. */
export const RENEW_DELIVERY_LEASE_SQL = `UPDATE outbox_deliveries SET lease_until = $3 WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`;

/** $1 before: completed messages are kept a while (a late redelivery is still known), then purged. */
export const PURGE_INBOX_SQL = `DELETE FROM inbox_messages WHERE completed_at IS NOT NULL AND completed_at < $1`;

/** $1 before: sent deliveries purged; undeliverable ones stay for agents until someone deals with them. */
export const PURGE_DELIVERIES_SQL = `DELETE FROM outbox_deliveries WHERE status = 'sent' AND settled_at < $1`;

/** $1 at: every open lease ends now (one process owns a SQLite file: whatever it leased before died with it). */
export const EXPIRE_INBOX_LEASES_SQL = `UPDATE inbox_messages SET lease_until = $1 WHERE completed_at IS NULL AND lease_owner IS NOT NULL`;

/** $1 at: the same for the outbox's sends. */
export const EXPIRE_DELIVERY_LEASES_SQL = `UPDATE outbox_deliveries SET lease_until = $1 WHERE status = 'pending' AND lease_owner IS NOT NULL`;

export const INSERT_INBOX_SQL = `INSERT INTO inbox_messages (channel_id, message_id, conversation_id, payload, accepted_at)
 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (channel_id, message_id) DO NOTHING RETURNING *`;

export const INBOX_BY_PLATFORM_ID_SQL = 'SELECT * FROM inbox_messages WHERE channel_id = $1 AND message_id = $2';

export const INSERT_DELIVERY_SQL = `INSERT INTO outbox_deliveries (channel_id, conversation_id, activity_id, inbox_id, ref, activity, status, not_before, created_at)
 VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8) ON CONFLICT (channel_id, activity_id) DO NOTHING RETURNING *`;

/** $1 owner, $2 now, $3 lease until, $4 limit. */
export function leaseDeliveriesSql(dialect: Dialect): string {
  return `UPDATE outbox_deliveries SET lease_owner = $1, lease_until = $3, attempts = attempts + 1
 WHERE id IN (
   SELECT h.id FROM outbox_deliveries h
    WHERE h.status = 'pending' AND h.not_before <= $2
      AND (h.lease_until IS NULL OR h.lease_until <= $2)
      AND NOT EXISTS (SELECT 1 FROM outbox_deliveries e WHERE e.conversation_id = h.conversation_id AND e.status = 'pending' AND e.id < h.id)
    ORDER BY h.id LIMIT $4 ${lockClause(dialect)})
 RETURNING *`;
}

/** $1 owner, $2 now, $3 lease until, $4 conversation id: the conversation's oldest pending delivery, if it is due and free. */
export const LEASE_NEXT_DELIVERY_SQL = `UPDATE outbox_deliveries SET lease_owner = $1, lease_until = $3, attempts = attempts + 1
 WHERE id = (SELECT e.id FROM outbox_deliveries e WHERE e.conversation_id = $4 AND e.status = 'pending' ORDER BY e.id LIMIT 1)
   AND status = 'pending' AND not_before <= $2 AND (lease_until IS NULL OR lease_until <= $2)
 RETURNING *`;

/** $1 id, $2 at, $3 transport. */
export const MARK_DELIVERY_SENT_SQL = `UPDATE outbox_deliveries SET status = 'sent', settled_at = $2, transport = $3, lease_owner = NULL, lease_until = NULL
 WHERE id = $1 AND status = 'pending'`;

/** $1 id, $2 owner, $3 error, $4 retry at (NULL: give up), $5 at. */
export const MARK_DELIVERY_FAILED_SQL = `UPDATE outbox_deliveries SET
   status = CASE WHEN CAST($4 AS TEXT) IS NULL THEN 'undeliverable' ELSE 'pending' END,
   not_before = coalesce(CAST($4 AS TEXT), not_before), last_error = $3, lease_owner = NULL, lease_until = NULL,
   settled_at = CASE WHEN CAST($4 AS TEXT) IS NULL THEN $5 ELSE NULL END
 WHERE id = $1 AND lease_owner = $2 AND status = 'pending'`;

/** $1 inbox id, $2 at: the inbox message's pending deliveries may go at once. */
export const HURRY_DELIVERIES_SQL = `UPDATE outbox_deliveries SET not_before = $2 WHERE inbox_id = $1 AND status = 'pending' AND not_before > $2`;

export const DELIVERIES_OF_INBOX_SQL = 'SELECT * FROM outbox_deliveries WHERE inbox_id = $1 ORDER BY id';
export const UNDELIVERABLE_SQL = "SELECT * FROM outbox_deliveries WHERE status = 'undeliverable' ORDER BY settled_at DESC, id DESC LIMIT $1";
export const DELIVERIES_OF_CONVERSATION_SQL = 'SELECT * FROM outbox_deliveries WHERE conversation_id = $1 ORDER BY id';

type Accepted = { message: InboxMessage; fresh: boolean; leased?: true };

/**
 * Leases, through `leaseIfNext` (LEASE_IF_NEXT_INBOX_SQL; on PostgreSQL in the accepting transaction),
 * up to `request.limit` of the fresh messages; the entries it leased come back as leased.
 */
export async function leaseAccepted(accepted: Accepted[], request: LeaseRequest | undefined, leaseIfNext: (id: number, request: LeaseRequest) => Promise<Row | null>): Promise<Accepted[]> {
  let left = request?.limit ?? 0;
  for (const [i, a] of accepted.entries()) {
    if (left <= 0 || !a.fresh) continue;
    const row = await leaseIfNext(a.message.id, request!);
    if (row) {
      accepted[i] = { message: inboxMessageFromRow(row), fresh: true, leased: true };
      left--;
    }
  }
  return accepted;
}

/** SQLite binds `$1 … $n` from an object keyed by number. */
export function numbered(values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(values.map((v, i) => [String(i + 1), v]));
}

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export function inboxMessageFromRow(r: Row): InboxMessage {
  return {
    id: Number(r.id),
    channelId: str(r.channel_id),
    messageId: str(r.message_id),
    conversationId: str(r.conversation_id),
    payload: json(r.payload),
    acceptedAt: str(r.accepted_at),
    leaseOwner: strOrNull(r.lease_owner),
    leaseUntil: strOrNull(r.lease_until),
    attempts: Number(r.attempts),
    completedAt: strOrNull(r.completed_at),
  };
}

export function deliveryFromRow(r: Row): OutboxDelivery {
  return {
    id: Number(r.id),
    channelId: str(r.channel_id),
    conversationId: str(r.conversation_id),
    activityId: str(r.activity_id),
    inboxId: r.inbox_id === null || r.inbox_id === undefined ? null : Number(r.inbox_id),
    ref: json(r.ref) as OutboxDelivery['ref'],
    activity: json(r.activity) as OutboxDelivery['activity'],
    status: str(r.status) as OutboxDelivery['status'],
    attempts: Number(r.attempts),
    notBefore: str(r.not_before),
    leaseOwner: strOrNull(r.lease_owner),
    leaseUntil: strOrNull(r.lease_until),
    lastError: strOrNull(r.last_error),
    createdAt: str(r.created_at),
    settledAt: strOrNull(r.settled_at),
    transport: strOrNull(r.transport),
  };
}

/** The values of INSERT_DELIVERY_SQL, in order. */
export function deliveryValues(d: NewOutboxDelivery, at: string): unknown[] {
  return [d.channelId, d.conversationId, d.activityId, d.inboxId, JSON.stringify(d.ref), JSON.stringify(d.activity), d.notBefore, at];
}
