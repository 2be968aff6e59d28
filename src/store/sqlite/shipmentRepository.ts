import type Database from 'better-sqlite3';
import { shipmentSearchSql } from '../queries.ts';
import { eventFromRow, shipmentFromRow, type Row } from '../rows.ts';
import type { ShipmentRepository } from '../store.ts';

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
      const { sql, params } = shipmentSearchSql(query, 'question');
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
