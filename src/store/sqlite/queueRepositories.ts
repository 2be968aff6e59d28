import type Database from 'better-sqlite3';
import type { NewOutboxDelivery } from '../records.ts';
import * as q from '../queueSql.ts';
import { numberedStatement } from './numberedStatement.ts';
import type { DeliveryRepository, InboxRepository, LeaseRequest } from '../store.ts';

/** Extends leases one statement each, in one transaction; the ids whose lease `owner` still held. */
function leaseRenewal(db: Database.Database, renew: { run: (...values: unknown[]) => number }) {
  const renewAll = db.transaction((ids: readonly number[], owner: string, until: string) => ids.filter((id) => renew.run(id, owner, until) === 1));
  return async (ids: readonly number[], owner: string, until: string) => renewAll(ids, owner, until);
}

export function sqliteInbox(db: Database.Database): InboxRepository {
  const prepare = (sql: string) => numberedStatement(db, sql);
  const insert = prepare(q.INSERT_INBOX_SQL);
  const byPlatformId = prepare(q.INBOX_BY_PLATFORM_ID_SQL);
  const lease = prepare(q.leaseInboxSql('sqlite'));
  const complete = prepare(q.COMPLETE_INBOX_SQL);
  const leaseIfNext = prepare(q.LEASE_IF_NEXT_INBOX_SQL);
  const leaseNextDelivery = prepare(q.LEASE_NEXT_DELIVERY_SQL);
  const leaseNext = prepare(q.LEASE_NEXT_INBOX_SQL);
  const expire = prepare(q.EXPIRE_INBOX_LEASES_SQL);
  const renewLeases = leaseRenewal(db, prepare(q.RENEW_INBOX_LEASE_SQL));
  const defer = prepare(q.DEFER_INBOX_AFTER_STORE_FAILURE_SQL);
  const endLease = prepare(q.END_INBOX_LEASE_SQL);
  const purge = prepare(q.PURGE_INBOX_SQL);
  const enqueue = prepare(q.INSERT_DELIVERY_SQL);
  const acceptAll = db.transaction((messages: Parameters<InboxRepository['accept']>[0], at: string) =>
    messages.map((m) => {
      const added = insert.get(m.channelId, m.messageId, m.conversationId, JSON.stringify(m.payload), at);
      return added
        ? { message: q.inboxMessageFromRow(added), fresh: true }
        : { message: q.inboxMessageFromRow(byPlatformId.get(m.channelId, m.messageId)!), fresh: false };
    }),
  );
  const completeWithReplies = db.transaction((id: number, owner: string, at: string, replies: readonly NewOutboxDelivery[]) => {
    if (complete.run(id, owner, at) !== 1) return false;
    for (const r of replies) enqueue.run(...q.deliveryValues(r, at));
    return true;
  });
  const completeAndLease = db.transaction((message: { id: number; conversationId: string }, owner: string, at: string, replies: readonly NewOutboxDelivery[], r: Omit<LeaseRequest, 'limit'>) => {
    if (!completeWithReplies(message.id, owner, at, replies)) return { completed: false, next: null, send: null };
    const row = leaseNext.get(r.owner, r.now, r.until, message.conversationId);
    const send = replies.length ? leaseNextDelivery.get(r.owner, r.now, r.until, message.conversationId) : undefined;
    return { completed: true, next: row ? q.inboxMessageFromRow(row) : null, send: send ? q.deliveryFromRow(send) : null };
  });
  return {
    async accept(messages, at, lease) {
      // One process per file: the leases need not share the insert's transaction.
      return q.leaseAccepted(acceptAll(messages, at), lease, async (id, r) => leaseIfNext.get(id, r.owner, r.now, r.until) ?? null);
    },
    async lease(r) {
      return lease.all(r.owner, r.now, r.until, r.limit).map(q.inboxMessageFromRow).sort((a, b) => a.id - b.id);
    },
    async leaseNext(conversationId, r) {
      const row = leaseNext.get(r.owner, r.now, r.until, conversationId);
      return row ? q.inboxMessageFromRow(row) : null;
    },
    async leaseIfNext(id, r) {
      const row = leaseIfNext.get(id, r.owner, r.now, r.until);
      return row ? q.inboxMessageFromRow(row) : null;
    },
    async complete(id, owner, at, replies) {
      return completeWithReplies(id, owner, at, replies);
    },
    async completeAndLeaseNext(message, owner, at, replies, r) {
      return completeAndLease(message, owner, at, replies, r);
    },
    async expireLeases(at) {
      return expire.run(at);
    },
    renewLeases,
    async endLease(id, owner, at) {
      return endLease.run(id, owner, at) === 1;
    },
    async deferAfterStoreFailure(id, owner, until) {
      return defer.run(id, owner, until) === 1;
    },
    async purgeCompleted(before) {
      return purge.run(before);
    },
    async get(channelId, messageId) {
      const r = byPlatformId.get(channelId, messageId);
      return r ? q.inboxMessageFromRow(r) : null;
    },
  };
}

export function sqliteDeliveries(db: Database.Database): DeliveryRepository {
  const prepare = (sql: string) => numberedStatement(db, sql);
  const insert = prepare(q.INSERT_DELIVERY_SQL);
  const lease = prepare(q.leaseDeliveriesSql('sqlite'));
  const leaseNext = prepare(q.LEASE_NEXT_DELIVERY_SQL);
  const sent = prepare(q.MARK_DELIVERY_SENT_SQL);
  const failed = prepare(q.MARK_DELIVERY_FAILED_SQL);
  const hurry = prepare(q.HURRY_DELIVERIES_SQL);
  const expire = prepare(q.EXPIRE_DELIVERY_LEASES_SQL);
  const renewLeases = leaseRenewal(db, prepare(q.RENEW_DELIVERY_LEASE_SQL));
  const heldBy = prepare(q.DELIVERY_HELD_BY_SQL);
  const endDeliveryLease = prepare(q.END_DELIVERY_LEASE_SQL);
  const purge = prepare(q.PURGE_DELIVERIES_SQL);
  const ofInbox = prepare(q.DELIVERIES_OF_INBOX_SQL);
  const ofConversation = prepare(q.DELIVERIES_OF_CONVERSATION_SQL);
  const undeliverable = prepare(q.UNDELIVERABLE_SQL);
  const enqueueAll = db.transaction((deliveries: readonly NewOutboxDelivery[], at: string) =>
    deliveries.flatMap((d) => {
      const row = insert.get(...q.deliveryValues(d, at));
      return row ? [q.deliveryFromRow(row)] : [];
    }),
  );
  const markSentAndLease = db.transaction((delivery: { id: number; conversationId: string }, at: string, transport: string, r: Omit<LeaseRequest, 'limit'>) => {
    const marked = sent.run(delivery.id, at, transport) === 1;
    const row = leaseNext.get(r.owner, r.now, r.until, delivery.conversationId);
    return { marked, next: row ? q.deliveryFromRow(row) : null };
  });
  return {
    async enqueue(deliveries, at) {
      return enqueueAll(deliveries, at);
    },
    async lease(r) {
      return lease.all(r.owner, r.now, r.until, r.limit).map(q.deliveryFromRow).sort((a, b) => a.id - b.id);
    },
    async leaseNext(conversationId, r) {
      const row = leaseNext.get(r.owner, r.now, r.until, conversationId);
      return row ? q.deliveryFromRow(row) : null;
    },
    async markSent(id, at, transport) {
      return sent.run(id, at, transport) === 1;
    },
    async markSentAndLeaseNext(delivery, at, transport, r) {
      return markSentAndLease(delivery, at, transport, r);
    },
    async markFailed(id, owner, error, retryAt, at) {
      return failed.run(id, owner, error, retryAt, at) === 1;
    },
    async hurry(inboxId, at) {
      hurry.run(inboxId, at);
    },
    async expireLeases(at) {
      return expire.run(at);
    },
    renewLeases,
    async endLease(id, owner, at) {
      return endDeliveryLease.run(id, owner, at) === 1;
    },
    async heldBy(id, owner, now) {
      return heldBy.get(id, owner, now) !== undefined;
    },
    async purgeSent(before) {
      return purge.run(before);
    },
    async forInbox(inboxId) {
      return ofInbox.all(inboxId).map(q.deliveryFromRow);
    },
    async forConversation(conversationId) {
      return ofConversation.all(conversationId).map(q.deliveryFromRow);
    },
    async undeliverable(limit) {
      return undeliverable.all(limit).map(q.deliveryFromRow);
    },
  };
}
