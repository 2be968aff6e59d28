import type pg from 'pg';
import type { Row } from '../rows.ts';
import { accountSubscriptionFromRow, parcelAlertFromRow, subscriptionFromRow, type ParcelAlertRepository, type SubscriptionRepository } from '../subscriptionRecords.ts';
import * as q from '../subscriptionSql.ts';

export function postgresSubscriptions(pool: pg.Pool): SubscriptionRepository {
  const rows = async (sql: string, values: unknown[]) => (await pool.query<Row>(sql, values)).rows;
  return {
    async watchAccount(conversationId, accountNumber, at) {
      await pool.query(q.WATCH_ACCOUNT_SQL, [conversationId, accountNumber, at]);
      return accountSubscriptionFromRow((await rows(q.GET_ACCOUNT_SUBSCRIPTION_SQL, [conversationId, accountNumber]))[0]!);
    },
    async stopAccounts(conversationId, at) {
      return (await rows(q.STOP_ACCOUNT_SUBSCRIPTIONS_SQL, [conversationId, at])).map((r) => String(r.account_number)).sort();
    },
    async accountsWatched(conversationId) {
      return (await rows(q.CONVERSATION_ACCOUNT_SUBSCRIPTIONS_SQL, [conversationId])).map(accountSubscriptionFromRow);
    },
    async watchersOfAccount(accountNumber) {
      return (await rows(q.ACCOUNT_WATCHERS_SQL, [accountNumber])).map(accountSubscriptionFromRow);
    },
    async subscribe(s, at) {
      await pool.query(q.SUBSCRIBE_SQL, [s.conversationId, s.trackingNumber, s.kind, s.source, at]);
      return subscriptionFromRow((await rows(q.GET_SUBSCRIPTION_SQL, [s.conversationId, s.trackingNumber]))[0]!);
    },
    async stop(conversationId, trackingNumber, at) {
      return (await rows(q.STOP_SUBSCRIPTIONS_SQL, [conversationId, at, trackingNumber])).map((r) => String(r.tracking_number)).sort();
    },
    async get(conversationId, trackingNumber) {
      const [row] = await rows(q.GET_SUBSCRIPTION_SQL, [conversationId, trackingNumber]);
      return row ? subscriptionFromRow(row) : null;
    },
    async ofConversation(conversationId) {
      return (await rows(q.CONVERSATION_SUBSCRIPTIONS_SQL, [conversationId])).map(subscriptionFromRow);
    },
    async ofParcel(trackingNumber) {
      return (await rows(q.PARCEL_SUBSCRIPTIONS_SQL, [trackingNumber])).map(subscriptionFromRow);
    },
  };
}

export function postgresParcelAlerts(pool: pg.Pool): ParcelAlertRepository {
  const rows = async (sql: string, values: unknown[]) => (await pool.query<Row>(sql, values)).rows;
  return {
    async add(a, at) {
      const [row] = await rows(q.ADD_ALERT_SQL, [a.eventKey, a.conversationId, a.trackingNumber, a.exception, at, a.dueAt, JSON.stringify(a.detail)]);
      return row ? parcelAlertFromRow(row) : null;
    },
    async due(now, limit) {
      return (await rows(q.DUE_ALERTS_SQL, [now, limit])).map(parcelAlertFromRow);
    },
    async take(id, at) {
      return ((await pool.query(q.TAKE_ALERT_SQL, [id, at])).rowCount ?? 0) === 1;
    },
    async fail(id, error) {
      await pool.query(q.FAIL_ALERT_SQL, [id, error]);
    },
    async list(limit) {
      return (await rows(q.LIST_ALERTS_SQL, [limit])).map(parcelAlertFromRow);
    },
    async ofConversation(conversationId) {
      return (await rows(q.CONVERSATION_ALERTS_SQL, [conversationId])).map(parcelAlertFromRow);
    },
  };
}
