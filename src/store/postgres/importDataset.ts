/**
 * Bulk load for the PostgreSQL store: each table is written with `INSERT … SELECT * FROM unnest(…)`,
 * one array parameter per column, a batch of rows per statement, all in the caller's transaction.
 * One round trip per batch instead of per row is what makes the demo's ~100,000 shipments and
 * ~700,000 events load in seconds.
 */
import type pg from 'pg';
import type { Dataset } from '../records.ts';
import {
  accountToRow,
  eventToRow,
  identityToRow,
  membershipToRows,
  shipmentToRow,
  userToRow,
  type Row,
} from '../rows.ts';

/** Rows per INSERT statement. */
export const IMPORT_BATCH_ROWS = 10_000;

/** A table's columns in insert order, each with the PostgreSQL type of its array parameter. */
type Columns = readonly (readonly [column: string, type: string])[];

const ACCOUNTS: Columns = [
  ['number', 'text'],
  ['name', 'text'],
  ['tier', 'text'],
  ['country', 'text'],
  ['annual_volume_usd', 'float8'],
  ['created_at', 'text'],
];
const USERS: Columns = [
  ['id', 'text'],
  ['name', 'text'],
  ['email', 'text'],
  ['phone', 'text'],
  ['locale', 'text'],
  ['time_zone', 'text'],
  ['created_at', 'text'],
];
const ACCOUNT_ROLES: Columns = [
  ['account_number', 'text'],
  ['user_id', 'text'],
  ['role', 'text'],
];
const IDENTITIES: Columns = [
  ['channel_id', 'text'],
  ['external_id', 'text'],
  ['user_id', 'text'],
  ['linked_at', 'text'],
];
const SHIPMENTS: Columns = [
  ['tracking_number', 'text'],
  ['account_number', 'text'],
  ['service_code', 'text'],
  ['service_name', 'text'],
  ['ship_date', 'text'],
  ['origin_city', 'text'],
  ['origin_country', 'text'],
  ['destination_city', 'text'],
  ['destination_country', 'text'],
  ['status', 'text'],
  ['estimated_delivery', 'text'],
  ['delivered_at', 'text'],
  ['declared_value', 'float8'],
  ['declared_currency', 'text'],
  ['customs_state', 'text'],
  ['weight_kg', 'float8'],
  ['co2e_kg', 'float8'],
  ['sender', 'jsonb'],
  ['recipient', 'jsonb'],
  ['last_event_at', 'text'],
];
const SHIPMENT_EVENTS: Columns = [
  ['tracking_number', 'text'],
  ['seq', 'int4'],
  ['at', 'text'],
  ['status', 'text'],
  ['code', 'text'],
  ['description', 'text'],
  ['city', 'text'],
  ['country', 'text'],
];

async function insertRows(client: pg.ClientBase, table: string, columns: Columns, rows: readonly Row[], batchRows: number) {
  const names = columns.map(([c]) => c).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = rows.slice(start, start + batchRows);
    await client.query(
      sql,
      columns.map(([column]) => batch.map((r) => r[column] ?? null)),
    );
  }
}

/** Writes the whole data set through `client`, which the caller holds inside one transaction. */
export async function importDatasetInto(client: pg.ClientBase, data: Dataset, batchRows = IMPORT_BATCH_ROWS): Promise<void> {
  await insertRows(client, 'accounts', ACCOUNTS, data.accounts.map(accountToRow), batchRows);
  await insertRows(client, 'users', USERS, data.users.map(userToRow), batchRows);
  await insertRows(client, 'account_roles', ACCOUNT_ROLES, data.memberships.flatMap(membershipToRows), batchRows);
  await insertRows(client, 'identities', IDENTITIES, data.identities.map(identityToRow), batchRows);
  await insertRows(client, 'shipments', SHIPMENTS, data.shipments.map(shipmentToRow), batchRows);
  await insertRows(client, 'shipment_events', SHIPMENT_EVENTS, data.events.map(eventToRow), batchRows);
}
