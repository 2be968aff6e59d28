/**
 * The SQL of subscriptions and alerts, written once for both stores with `$n` placeholders (SQLite
 * binds them by number: queueSql.ts `numbered`).
 */

/**
 * An asked subscription takes over a default or a stopped one (and never narrows a running `all` to
 * `exceptions`); a default changes nothing that exists (nor what the customer stopped).
 */
export const SUBSCRIBE_SQL = `
INSERT INTO parcel_subscriptions (conversation_id, tracking_number, kind, source, created_at, stopped_at)
VALUES ($1, $2, $3, $4, $5, NULL)
ON CONFLICT (conversation_id, tracking_number) DO UPDATE SET
  kind = CASE WHEN parcel_subscriptions.stopped_at IS NULL AND parcel_subscriptions.kind = 'all' THEN 'all' ELSE excluded.kind END,
  source = 'asked',
  created_at = CASE WHEN parcel_subscriptions.stopped_at IS NULL THEN parcel_subscriptions.created_at ELSE excluded.created_at END,
  stopped_at = NULL
WHERE excluded.source = 'asked'`;
export const GET_SUBSCRIPTION_SQL = 'SELECT * FROM parcel_subscriptions WHERE conversation_id = $1 AND tracking_number = $2';
export const STOP_SUBSCRIPTIONS_SQL =
  'UPDATE parcel_subscriptions SET stopped_at = $2 WHERE conversation_id = $1 AND stopped_at IS NULL AND (CAST($3 AS TEXT) IS NULL OR tracking_number = $3) RETURNING tracking_number';
export const CONVERSATION_SUBSCRIPTIONS_SQL = 'SELECT * FROM parcel_subscriptions WHERE conversation_id = $1 ORDER BY created_at, tracking_number';
export const PARCEL_SUBSCRIPTIONS_SQL = 'SELECT * FROM parcel_subscriptions WHERE tracking_number = $1 AND stopped_at IS NULL ORDER BY created_at, conversation_id';

export const ADD_ALERT_SQL = `
INSERT INTO parcel_alerts (event_key, conversation_id, tracking_number, exception, state, created_at, due_at, detail)
VALUES ($1, $2, $3, $4, 'due', $5, $6, $7)
ON CONFLICT (event_key, conversation_id) DO NOTHING
RETURNING *`;
export const DUE_ALERTS_SQL = "SELECT * FROM parcel_alerts WHERE state = 'due' AND due_at <= $1 ORDER BY due_at, id LIMIT $2";
export const TAKE_ALERT_SQL = "UPDATE parcel_alerts SET state = 'sent', sent_at = $2 WHERE id = $1 AND state = 'due'";
export const FAIL_ALERT_SQL = "UPDATE parcel_alerts SET state = 'failed', error = $2 WHERE id = $1";
export const CONVERSATION_ALERTS_SQL = 'SELECT * FROM parcel_alerts WHERE conversation_id = $1 ORDER BY id';
export const LIST_ALERTS_SQL = 'SELECT * FROM parcel_alerts ORDER BY id DESC LIMIT $1';

/** Watching an account again after a stop starts it anew; watching it while it runs changes nothing. */
export const WATCH_ACCOUNT_SQL = `
INSERT INTO account_subscriptions (conversation_id, account_number, kind, created_at, stopped_at)
VALUES ($1, $2, 'exceptions', $3, NULL)
ON CONFLICT (conversation_id, account_number) DO UPDATE SET
  created_at = CASE WHEN account_subscriptions.stopped_at IS NULL THEN account_subscriptions.created_at ELSE excluded.created_at END,
  stopped_at = NULL`;
export const GET_ACCOUNT_SUBSCRIPTION_SQL = 'SELECT * FROM account_subscriptions WHERE conversation_id = $1 AND account_number = $2';
export const STOP_ACCOUNT_SUBSCRIPTIONS_SQL = 'UPDATE account_subscriptions SET stopped_at = $2 WHERE conversation_id = $1 AND stopped_at IS NULL RETURNING account_number';
export const CONVERSATION_ACCOUNT_SUBSCRIPTIONS_SQL = 'SELECT * FROM account_subscriptions WHERE conversation_id = $1 AND stopped_at IS NULL ORDER BY created_at, account_number';
export const ACCOUNT_WATCHERS_SQL = 'SELECT * FROM account_subscriptions WHERE account_number = $1 AND stopped_at IS NULL ORDER BY created_at, conversation_id';
