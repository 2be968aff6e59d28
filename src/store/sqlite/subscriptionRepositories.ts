import type Database from 'better-sqlite3';
import { numberedStatement as prepared } from './numberedStatement.ts';
import { accountSubscriptionFromRow, parcelAlertFromRow, subscriptionFromRow, type ParcelAlertRepository, type SubscriptionRepository } from '../subscriptionRecords.ts';
import * as q from '../subscriptionSql.ts';

export function sqliteSubscriptions(db: Database.Database): SubscriptionRepository {
  const subscribe = prepared(db, q.SUBSCRIBE_SQL);
  const get = prepared(db, q.GET_SUBSCRIPTION_SQL);
  const stop = prepared(db, q.STOP_SUBSCRIPTIONS_SQL);
  const ofConversation = prepared(db, q.CONVERSATION_SUBSCRIPTIONS_SQL);
  const ofParcel = prepared(db, q.PARCEL_SUBSCRIPTIONS_SQL);
  const watchAccount = prepared(db, q.WATCH_ACCOUNT_SQL);
  const getAccount = prepared(db, q.GET_ACCOUNT_SUBSCRIPTION_SQL);
  const stopAccounts = prepared(db, q.STOP_ACCOUNT_SUBSCRIPTIONS_SQL);
  const accountsWatched = prepared(db, q.CONVERSATION_ACCOUNT_SUBSCRIPTIONS_SQL);
  const watchers = prepared(db, q.ACCOUNT_WATCHERS_SQL);
  return {
    async watchAccount(conversationId, accountNumber, at) {
      watchAccount.run(conversationId, accountNumber, at);
      return accountSubscriptionFromRow(getAccount.get(conversationId, accountNumber)!);
    },
    async stopAccounts(conversationId, at) {
      return stopAccounts.all(conversationId, at).map((r) => String(r.account_number)).sort();
    },
    async accountsWatched(conversationId) {
      return accountsWatched.all(conversationId).map(accountSubscriptionFromRow);
    },
    async watchersOfAccount(accountNumber) {
      return watchers.all(accountNumber).map(accountSubscriptionFromRow);
    },
    async subscribe(s, at) {
      subscribe.run(s.conversationId, s.trackingNumber, s.kind, s.source, at);
      return subscriptionFromRow(get.get(s.conversationId, s.trackingNumber)!);
    },
    async stop(conversationId, trackingNumber, at) {
      return stop.all(conversationId, at, trackingNumber).map((r) => String(r.tracking_number)).sort();
    },
    async get(conversationId, trackingNumber) {
      const row = get.get(conversationId, trackingNumber);
      return row ? subscriptionFromRow(row) : null;
    },
    async ofConversation(conversationId) {
      return ofConversation.all(conversationId).map(subscriptionFromRow);
    },
    async ofParcel(trackingNumber) {
      return ofParcel.all(trackingNumber).map(subscriptionFromRow);
    },
  };
}

export function sqliteParcelAlerts(db: Database.Database): ParcelAlertRepository {
  const add = prepared(db, q.ADD_ALERT_SQL);
  const due = prepared(db, q.DUE_ALERTS_SQL);
  const take = prepared(db, q.TAKE_ALERT_SQL);
  const fail = prepared(db, q.FAIL_ALERT_SQL);
  const list = prepared(db, q.LIST_ALERTS_SQL);
  const ofConversation = prepared(db, q.CONVERSATION_ALERTS_SQL);
  return {
    async add(a, at) {
      const row = add.get(a.eventKey, a.conversationId, a.trackingNumber, a.exception, at, a.dueAt, JSON.stringify(a.detail));
      return row ? parcelAlertFromRow(row) : null;
    },
    async due(now, limit) {
      return due.all(now, limit).map(parcelAlertFromRow);
    },
    async take(id, at) {
      return take.run(id, at) === 1;
    },
    async fail(id, error) {
      fail.run(id, error);
    },
    async list(limit) {
      return list.all(limit).map(parcelAlertFromRow);
    },
    async ofConversation(conversationId) {
      return ofConversation.all(conversationId).map(parcelAlertFromRow);
    },
  };
}
