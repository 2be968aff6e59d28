import type pg from 'pg';
import { shipmentSearchSql } from '../queries.ts';
import { eventFromRow, shipmentFromRow, type Row } from '../rows.ts';
import type { ShipmentRepository } from '../store.ts';

export function postgresShipments(pool: pg.Pool): ShipmentRepository {
  return {
    async byTrackingNumber(trackingNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM shipments WHERE tracking_number = $1', [trackingNumber]);
      return rows[0] ? shipmentFromRow(rows[0]) : null;
    },
    async search(query) {
      const { sql, params } = shipmentSearchSql(query, 'dollar');
      return (await pool.query<Row>(sql, params)).rows.map(shipmentFromRow);
    },
    async events(trackingNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM shipment_events WHERE tracking_number = $1 ORDER BY seq', [
        trackingNumber,
      ]);
      return rows.map(eventFromRow);
    },
    async countForAccount(accountNumber) {
      const { rows } = await pool.query<Row>('SELECT count(*) AS n FROM shipments WHERE account_number = $1', [accountNumber]);
      return Number(rows[0]?.n ?? 0);
    },
  };
}
