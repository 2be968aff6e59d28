import type Database from 'better-sqlite3';
import type { ShipmentRepository, ShipmentSearch } from '../store.ts';
import { eventFromRow, shipmentFromRow, type Row } from './rows.ts';

const DEFAULT_LIMIT = 200;

/** Builds the WHERE clause for an account-scoped search; the account filter is always first. */
function searchSql(q: ShipmentSearch): { sql: string; params: unknown[] } {
  const where = ['account_number = ?'];
  const params: unknown[] = [q.accountNumber];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (q.shipDateFrom) add('ship_date >= ?', q.shipDateFrom);
  if (q.shipDateTo) add('ship_date <= ?', q.shipDateTo);
  if (q.originCountry) add('origin_country = ?', q.originCountry);
  if (q.originCity) add('origin_city = ?', q.originCity);
  if (q.destinationCountry) add('destination_country = ?', q.destinationCountry);
  if (q.destinationCity) add('destination_city = ?', q.destinationCity);
  if (q.statuses?.length) {
    where.push(`status IN (${q.statuses.map(() => '?').join(', ')})`);
    params.push(...q.statuses);
  }
  params.push(q.limit ?? DEFAULT_LIMIT);
  return {
    sql: `SELECT * FROM shipments WHERE ${where.join(' AND ')} ORDER BY ship_date DESC, tracking_number LIMIT ?`,
    params,
  };
}

export function sqliteShipments(db: Database.Database): ShipmentRepository {
  const byNumber = db.prepare('SELECT * FROM shipments WHERE tracking_number = ?');
  const events = db.prepare('SELECT * FROM shipment_events WHERE tracking_number = ? ORDER BY seq');
  const count = db.prepare('SELECT count(*) AS n FROM shipments WHERE account_number = ?');
  const cache = new Map<string, Database.Statement>();
  return {
    async byTrackingNumber(trackingNumber) {
      const r = byNumber.get(trackingNumber) as Row | undefined;
      return r ? shipmentFromRow(r) : null;
    },
    async search(query) {
      const { sql, params } = searchSql(query);
      let stmt = cache.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql);
        cache.set(sql, stmt);
      }
      return (stmt.all(...params) as Row[]).map(shipmentFromRow);
    },
    async events(trackingNumber) {
      return (events.all(trackingNumber) as Row[]).map(eventFromRow);
    },
    async countForAccount(accountNumber) {
      return Number((count.get(accountNumber) as Row).n);
    },
  };
}
