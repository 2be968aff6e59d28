import type pg from 'pg';
import type { NewOutboxDelivery } from '../records.ts';
import type { Row } from '../rows.ts';
import * as q from '../queueSql.ts';
import type { AcceptedInboxMessage, DeliveryRepository, InboxRepository } from '../store.ts';
import { inTransaction } from './pool.ts';

// Named statements: parsed and planned once per connection, not on every turn.
const LEASE_INBOX = { name: 'inbox_lease', text: q.leaseInboxSql('postgres') };
const LEASE_DELIVERIES = { name: 'outbox_lease', text: q.leaseDeliveriesSql('postgres') };

const rowsOf = async (db: pg.Pool | pg.PoolClient, query: { name?: string; text: string }, values: unknown[]) =>
  (await db.query<Row>({ ...query, values })).rows;

/** Extends leases one statement each; the ids whose lease `owner` still held. */
function leaseRenewal(pool: pg.Pool, query: { name: string; text: string }) {
  return async (ids: readonly number[], owner: string, until: string): Promise<number[]> => {
    const held: number[] = [];
    for (const id of ids) if ((await pool.query({ ...query, values: [id, owner, until] })).rowCount === 1) held.push(id);
    return held;
  };
}

/** Completes the turn (when `owner` still holds it) and queues its replies; false when it did not. */
async function completeWithReplies(client: pg.PoolClient, id: number, owner: string, at: string, replies: readonly NewOutboxDelivery[]): Promise<boolean> {
  const { rowCount } = await client.query({ name: 'inbox_complete', text: q.COMPLETE_INBOX_SQL, values: [id, owner, at] });
  if (rowCount !== 1) return false;
  for (const r of replies) await client.query({ name: 'outbox_insert', text: q.INSERT_DELIVERY_SQL, values: q.deliveryValues(r, at) });
  return true;
}

export function postgresInbox(pool: pg.Pool): InboxRepository {
  return {
    async accept(messages, at, lease) {
      return inTransaction(pool, async (client) => {
        // In one order on every instance, so two accepting transactions never wait on each other's locks.
        for (const conversationId of [...new Set(messages.map((m) => m.conversationId))].sort()) {
          await client.query({ name: 'inbox_lock_conversation', text: q.LOCK_CONVERSATION_INBOX_SQL, values: [conversationId] });
        }
        const accepted: AcceptedInboxMessage[] = [];
        for (const m of messages) {
          const [added] = await rowsOf(client, { name: 'inbox_insert', text: q.INSERT_INBOX_SQL }, [m.channelId, m.messageId, m.conversationId, JSON.stringify(m.payload), at]);
          if (added) accepted.push({ message: q.inboxMessageFromRow(added), fresh: true });
          else {
            const [stored] = await rowsOf(client, { text: q.INBOX_BY_PLATFORM_ID_SQL }, [m.channelId, m.messageId]);
            accepted.push({ message: q.inboxMessageFromRow(stored!), fresh: false });
          }
        }
        return q.leaseAccepted(accepted, lease, async (id, r) => {
          const [row] = await rowsOf(client, { name: 'inbox_lease_if_next', text: q.LEASE_IF_NEXT_INBOX_SQL }, [id, r.owner, r.now, r.until]);
          return row ?? null;
        });
      });
    },
    async lease(r) {
      return (await rowsOf(pool, LEASE_INBOX, [r.owner, r.now, r.until, r.limit])).map(q.inboxMessageFromRow).sort((a, b) => a.id - b.id);
    },
    async leaseNext(conversationId, r) {
      const [row] = await rowsOf(pool, { name: 'inbox_lease_next', text: q.LEASE_NEXT_INBOX_SQL }, [r.owner, r.now, r.until, conversationId]);
      return row ? q.inboxMessageFromRow(row) : null;
    },
    async leaseIfNext(id, r) {
      const [row] = await rowsOf(pool, { name: 'inbox_lease_if_next', text: q.LEASE_IF_NEXT_INBOX_SQL }, [id, r.owner, r.now, r.until]);
      return row ? q.inboxMessageFromRow(row) : null;
    },
    async complete(id, owner, at, replies) {
      return inTransaction(pool, (client) => completeWithReplies(client, id, owner, at, replies));
    },
    async completeAndLeaseNext(message, owner, at, replies, r) {
      return inTransaction(pool, async (client) => {
        if (!(await completeWithReplies(client, message.id, owner, at, replies))) return { completed: false, next: null, send: null };
        const lease = [r.owner, r.now, r.until, message.conversationId];
        const [row] = await rowsOf(client, { name: 'inbox_lease_next', text: q.LEASE_NEXT_INBOX_SQL }, lease);
        const [send] = replies.length ? await rowsOf(client, { name: 'outbox_lease_next', text: q.LEASE_NEXT_DELIVERY_SQL }, lease) : [];
        return { completed: true, next: row ? q.inboxMessageFromRow(row) : null, send: send ? q.deliveryFromRow(send) : null };
      });
    },
    async expireLeases(at) {
      return (await pool.query(q.EXPIRE_INBOX_LEASES_SQL, [at])).rowCount ?? 0;
    },
    renewLeases: leaseRenewal(pool, { name: 'inbox_renew', text: q.RENEW_INBOX_LEASE_SQL }),
    async endLease(id, owner, at) {
      return (await pool.query({ name: 'inbox_end_lease', text: q.END_INBOX_LEASE_SQL, values: [id, owner, at] })).rowCount === 1;
    },
    async deferAfterStoreFailure(id, owner, until) {
      return (await pool.query({ name: 'inbox_defer', text: q.DEFER_INBOX_AFTER_STORE_FAILURE_SQL, values: [id, owner, until] })).rowCount === 1;
    },
    async purgeCompleted(before) {
      return (await pool.query(q.PURGE_INBOX_SQL, [before])).rowCount ?? 0;
    },
    async get(channelId, messageId) {
      const [r] = await rowsOf(pool, { text: q.INBOX_BY_PLATFORM_ID_SQL }, [channelId, messageId]);
      return r ? q.inboxMessageFromRow(r) : null;
    },
  };
}

export function postgresDeliveries(pool: pg.Pool): DeliveryRepository {
  return {
    async enqueue(deliveries, at) {
      return inTransaction(pool, async (client) => {
        const added = [];
        for (const d of deliveries) added.push(...(await rowsOf(client, { name: 'outbox_insert', text: q.INSERT_DELIVERY_SQL }, q.deliveryValues(d, at))));
        return added.map(q.deliveryFromRow);
      });
    },
    async lease(r) {
      return (await rowsOf(pool, LEASE_DELIVERIES, [r.owner, r.now, r.until, r.limit])).map(q.deliveryFromRow).sort((a, b) => a.id - b.id);
    },
    async leaseNext(conversationId, r) {
      const [row] = await rowsOf(pool, { name: 'outbox_lease_next', text: q.LEASE_NEXT_DELIVERY_SQL }, [r.owner, r.now, r.until, conversationId]);
      return row ? q.deliveryFromRow(row) : null;
    },
    async markSent(id, at, transport) {
      return (await pool.query({ name: 'outbox_sent', text: q.MARK_DELIVERY_SENT_SQL, values: [id, at, transport] })).rowCount === 1;
    },
    async markSentAndLeaseNext(delivery, at, transport, r) {
      return inTransaction(pool, async (client) => {
        const marked = (await client.query({ name: 'outbox_sent', text: q.MARK_DELIVERY_SENT_SQL, values: [delivery.id, at, transport] })).rowCount === 1;
        const [row] = await rowsOf(client, { name: 'outbox_lease_next', text: q.LEASE_NEXT_DELIVERY_SQL }, [r.owner, r.now, r.until, delivery.conversationId]);
        return { marked, next: row ? q.deliveryFromRow(row) : null };
      });
    },
    async markFailed(id, owner, error, retryAt, at) {
      return (await pool.query({ name: 'outbox_failed', text: q.MARK_DELIVERY_FAILED_SQL, values: [id, owner, error, retryAt, at] })).rowCount === 1;
    },
    async hurry(inboxId, at) {
      await pool.query(q.HURRY_DELIVERIES_SQL, [inboxId, at]);
    },
    async expireLeases(at) {
      return (await pool.query(q.EXPIRE_DELIVERY_LEASES_SQL, [at])).rowCount ?? 0;
    },
    renewLeases: leaseRenewal(pool, { name: 'outbox_renew', text: q.RENEW_DELIVERY_LEASE_SQL }),
    async endLease(id, owner, at) {
      return (await pool.query({ name: 'outbox_end_lease', text: q.END_DELIVERY_LEASE_SQL, values: [id, owner, at] })).rowCount === 1;
    },
    async heldBy(id, owner, now) {
      return (await rowsOf(pool, { name: 'outbox_held_by', text: q.DELIVERY_HELD_BY_SQL }, [id, owner, now])).length === 1;
    },
    async purgeSent(before) {
      return (await pool.query(q.PURGE_DELIVERIES_SQL, [before])).rowCount ?? 0;
    },
    async forInbox(inboxId) {
      return (await rowsOf(pool, { text: q.DELIVERIES_OF_INBOX_SQL }, [inboxId])).map(q.deliveryFromRow);
    },
    async forConversation(conversationId) {
      return (await rowsOf(pool, { text: q.DELIVERIES_OF_CONVERSATION_SQL }, [conversationId])).map(q.deliveryFromRow);
    },
    async undeliverable(limit) {
      return (await rowsOf(pool, { text: q.UNDELIVERABLE_SQL }, [limit])).map(q.deliveryFromRow);
    },
  };
}
