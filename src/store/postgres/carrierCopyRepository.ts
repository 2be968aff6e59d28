import type pg from 'pg';
import { planCarrierCopy } from '../carrierCopyPlan.ts';
import type { ShipmentStatus } from '../records.ts';
import type { CarrierCopyRepository } from '../store.ts';
import { inTransaction } from './pool.ts';

export function postgresCarrierCopies(pool: pg.Pool): CarrierCopyRepository {
  return {
    async apply(update) {
      return inTransaction(pool, async (client) => {
        // FOR UPDATE: two updates of one parcel (a push and a lookup) take their turns, so seqs never collide.
        const { rows } = await client.query<{ status: ShipmentStatus; last_event_at: string; last_seq: number }>(
          `SELECT status, last_event_at, (SELECT coalesce(max(seq), -1) FROM shipment_events e WHERE e.tracking_number = s.tracking_number) AS last_seq
             FROM shipments s WHERE tracking_number = $1 FOR UPDATE`,
          [update.trackingNumber],
        );
        const row = rows[0];
        if (!row) return null;
        const fresh = [];
        for (const scan of update.scans) {
          const claimed = await client.query('INSERT INTO carrier_scans (tracking_number, scan_key, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
            update.trackingNumber,
            scan.key,
            update.receivedAt,
          ]);
          if (claimed.rowCount === 1) fresh.push(scan);
        }
        const plan = planCarrierCopy({ status: row.status, lastEventAt: row.last_event_at, lastSeq: Number(row.last_seq) }, update, fresh);
        for (const e of plan.events) {
          await client.query('INSERT INTO shipment_events (tracking_number, seq, at, status, code, description, city, country) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
            e.trackingNumber,
            e.seq,
            e.at,
            e.status,
            e.code,
            e.description,
            e.city,
            e.country,
          ]);
        }
        await client.query(
          `UPDATE shipments SET status = $1, last_event_at = $2,
             estimated_delivery = CASE WHEN $5 THEN NULL ELSE coalesce($3, estimated_delivery) END, delivered_at = coalesce($4, delivered_at)
           WHERE tracking_number = $6`,
          [plan.status, plan.lastEventAt, plan.estimatedDelivery ?? null, plan.deliveredAt ?? null, plan.estimatedDelivery === null, update.trackingNumber],
        );
        if (update.checkedAt) {
          await client.query(
            'INSERT INTO carrier_copies (tracking_number, checked_at) VALUES ($1, $2) ON CONFLICT (tracking_number) DO UPDATE SET checked_at = excluded.checked_at',
            [update.trackingNumber, update.checkedAt],
          );
        }
        return { from: row.status, to: plan.status, added: plan.events };
      });
    },
    async checkedAt(trackingNumber) {
      const { rows } = await pool.query<{ checked_at: string }>('SELECT checked_at FROM carrier_copies WHERE tracking_number = $1', [trackingNumber]);
      return rows[0]?.checked_at ?? null;
    },
  };
}
