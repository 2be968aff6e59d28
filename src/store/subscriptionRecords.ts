/**
 * Chat subscriptions to parcels and the proactive alerts they lead to (issue 21): which conversation
 * hears about which parcel (every change, or only exceptions; asked for, or the default for a parcel a
 * signed-in customer asked about), and each alert once per (scan, conversation) with the time it is
 * due (a non-exception at night waits for the morning). What an alert says and when it is due is
 * decided in src/alerts/; the store keeps the rows.
 */
import { str, strOrNull, type Row } from './rows.ts';

export const SUBSCRIPTION_KINDS = ['all', 'exceptions'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];
export const SUBSCRIPTION_SOURCES = ['asked', 'default'] as const;
export type SubscriptionSource = (typeof SUBSCRIPTION_SOURCES)[number];

export interface SubscriptionRecord {
  conversationId: string;
  trackingNumber: string;
  kind: SubscriptionKind;
  source: SubscriptionSource;
  createdAt: string;
  /** When the customer said stop; null while it runs. */
  stoppedAt: string | null;
}

/** A conversation told of any problem (an exception) on any parcel of an account: "notify me if any of our parcels gets held in customs". */
export interface AccountSubscriptionRecord {
  conversationId: string;
  accountNumber: string;
  kind: 'exceptions';
  createdAt: string;
  stoppedAt: string | null;
}

export type NewSubscription = Pick<SubscriptionRecord, 'conversationId' | 'trackingNumber' | 'kind' | 'source'>;

export interface SubscriptionRepository {
  /**
   * Subscribes the conversation to the parcel and returns the subscription as it now stands. A
   * default never replaces what the customer chose (an asked one, or one they stopped); an asked one
   * replaces a default or a stopped one and widens `exceptions` to `all` when asked so.
   */
  subscribe(subscription: NewSubscription, at: string): Promise<SubscriptionRecord>;
  /** Stops the conversation's running subscriptions (one parcel's, or all when null); returns the tracking numbers stopped. */
  stop(conversationId: string, trackingNumber: string | null, at: string): Promise<string[]>;
  get(conversationId: string, trackingNumber: string): Promise<SubscriptionRecord | null>;
  /** The conversation's subscriptions, running or stopped, oldest first. */
  ofConversation(conversationId: string): Promise<SubscriptionRecord[]>;
  /** The running subscriptions to a parcel, oldest first. */
  ofParcel(trackingNumber: string): Promise<SubscriptionRecord[]>;
  /** Subscribes the conversation to the exceptions of every parcel of the account (again after a stop); returns it as it now stands. */
  watchAccount(conversationId: string, accountNumber: string, at: string): Promise<AccountSubscriptionRecord>;
  /** Stops the conversation's running account-wide subscriptions; returns the account numbers stopped. */
  stopAccounts(conversationId: string, at: string): Promise<string[]>;
  /** The conversation's running account-wide subscriptions, oldest first. */
  accountsWatched(conversationId: string): Promise<AccountSubscriptionRecord[]>;
  /** The running account-wide subscriptions to an account, oldest first. */
  watchersOfAccount(accountNumber: string): Promise<AccountSubscriptionRecord[]>;
}

export const ALERT_STATES = ['due', 'sent', 'failed'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export interface ParcelAlertRecord {
  id: number;
  /** What makes it the same scan however often it is reported (one alert per key and conversation). */
  eventKey: string;
  conversationId: string;
  trackingNumber: string;
  /** The exception it tells of (customs_hold, address_problem …); null for a change that is none. */
  exception: string | null;
  state: AlertState;
  createdAt: string;
  /** Not sent before this time (the customer's morning for a non-exception at night). */
  dueAt: string;
  sentAt: string | null;
  error: string | null;
  /** What the alert says, as src/alerts/ wrote it (the status change), JSON. */
  detail: unknown;
}

export type NewParcelAlert = Pick<ParcelAlertRecord, 'eventKey' | 'conversationId' | 'trackingNumber' | 'exception' | 'dueAt' | 'detail'>;

export interface ParcelAlertRepository {
  /** Records the alert; null (nothing written) when this scan already has one for this conversation. */
  add(alert: NewParcelAlert, at: string): Promise<ParcelAlertRecord | null>;
  /** Alerts still due at `now`, oldest due first, up to `limit`. */
  due(now: string, limit: number): Promise<ParcelAlertRecord[]>;
  /**
   * Takes a due alert for sending: marks it `sent` at `at` and returns true for exactly one caller
   * (several instances, a restart), false when it was taken already.
   */
  take(id: number, at: string): Promise<boolean>;
  /** The send of a taken alert failed: `failed` with its reason. */
  fail(id: number, error: string): Promise<void>;
  /** The newest alerts first (the console's list). */
  list(limit: number): Promise<ParcelAlertRecord[]>;
  /** A conversation's alerts, oldest first. */
  ofConversation(conversationId: string): Promise<ParcelAlertRecord[]>;
}

export function subscriptionFromRow(r: Row): SubscriptionRecord {
  return {
    conversationId: str(r.conversation_id),
    trackingNumber: str(r.tracking_number),
    kind: str(r.kind) as SubscriptionKind,
    source: str(r.source) as SubscriptionSource,
    createdAt: str(r.created_at),
    stoppedAt: strOrNull(r.stopped_at),
  };
}

export function accountSubscriptionFromRow(r: Row): AccountSubscriptionRecord {
  return { conversationId: str(r.conversation_id), accountNumber: str(r.account_number), kind: 'exceptions', createdAt: str(r.created_at), stoppedAt: strOrNull(r.stopped_at) };
}

export function parcelAlertFromRow(r: Row): ParcelAlertRecord {
  return {
    id: Number(r.id),
    eventKey: str(r.event_key),
    conversationId: str(r.conversation_id),
    trackingNumber: str(r.tracking_number),
    exception: strOrNull(r.exception),
    state: str(r.state) as AlertState,
    createdAt: str(r.created_at),
    dueAt: str(r.due_at),
    sentAt: strOrNull(r.sent_at),
    error: strOrNull(r.error),
    detail: JSON.parse(str(r.detail)) as unknown,
  };
}

