/**
 * Bulk load for the PostgreSQL store: each table is written in batches of rows, one statement a
 * batch, `INSERT … SELECT … FROM json_populate_recordset(null::table, $1)`, all in the caller's
 * transaction. The rows are the shared row mapping (../rows.ts) as one JSON parameter: the server
 * casts each field to its column's type, and JSON.stringify is far cheaper than pg's escaping of
 * per-column array literals. The next batch is serialised while the server writes the previous one.
 * The events' foreign key is checked once for the whole table instead of once per row.
 */
import type pg from 'pg';
import type { DatasetPart, ShipmentRecord } from '../records.ts';
import {
  accountToRow,
  eventToRow,
  identityToRow,
  invoiceToRow,
  membershipToRows,
  shipmentToRow,
  userToRow,
  type Row,
} from '../rows.ts';

/** Rows per INSERT statement. */
export const IMPORT_BATCH_ROWS = 10_000;

async function insertRows(client: pg.ClientBase, table: string, rows: readonly Row[], batchRows: number): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).join(', ');
  const sql = `INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${table}, $1::json)`;
  let writing: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < rows.length; start += batchRows) {
    const batch = JSON.stringify(rows.slice(start, start + batchRows));
    await writing;
    writing = client.query(sql, [batch]);
  }
  await writing;
}

/**
 * Runs `work` with `table`'s foreign keys dropped, then adds them back as they were, which checks
 * every row in one join: for ~1.4 million events that is seconds instead of a trigger per row.
 * Inside the caller's transaction, so a violation rolls everything back, constraints included; the
 * table stays locked against other sessions until commit (an import fills a new database).
 */
async function withForeignKeysCheckedOnce(client: pg.ClientBase, table: string, work: () => Promise<void>): Promise<void> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE contype = 'f' AND conrelid = $1::regclass`,
    [table],
  );
  for (const fk of rows) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${fk.name}`);
  await work();
  for (const fk of rows) await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${fk.name} ${fk.definition}`);
}

/** The parties are jsonb columns: they go in as JSON objects, not as the text SQLite stores. */
function shipmentToJsonRow(s: ShipmentRecord): Row {
  return { ...shipmentToRow(s), sender: s.sender, recipient: s.recipient };
}

/**
 * Writes the parts in order through `client`, which the caller holds inside one transaction; the
 * events' foreign key is checked once, after the last part.
 */
export async function importDatasetInto(client: pg.ClientBase, parts: Iterable<DatasetPart>, batchRows = IMPORT_BATCH_ROWS): Promise<void> {
  await withForeignKeysCheckedOnce(client, 'shipment_events', async () => {
    for (const data of parts) {
      await insertRows(client, 'accounts', (data.accounts ?? []).map(accountToRow), batchRows);
      await insertRows(client, 'users', (data.users ?? []).map(userToRow), batchRows);
      await insertRows(client, 'account_roles', (data.memberships ?? []).flatMap(membershipToRows), batchRows);
      await insertRows(client, 'identities', (data.identities ?? []).map(identityToRow), batchRows);
      await insertRows(client, 'shipments', (data.shipments ?? []).map(shipmentToJsonRow), batchRows);
      await insertRows(client, 'shipment_events', (data.events ?? []).map(eventToRow), batchRows);
      await insertRows(client, 'invoices', (data.invoices ?? []).map(invoiceToRow), batchRows);
    }
  });
}
