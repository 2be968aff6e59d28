import type Database from 'better-sqlite3';
import { planCarrierCopy } from '../carrierCopyPlan.ts';
import type { ShipmentStatus } from '../records.ts';
import type { CarrierCopyRepository, CarrierUpdateResult } from '../store.ts';

export function sqliteCarrierCopies(db: Database.Database): CarrierCopyRepository {
  const parcel = db.prepare(
    'SELECT status, last_event_at, (SELECT coalesce(max(seq), -1) FROM shipment_events e WHERE e.tracking_number = s.tracking_number) AS last_seq FROM shipments s WHERE tracking_number = ?',
  );
  const claimScan = db.prepare('INSERT INTO carrier_scans (tracking_number, scan_key, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const insertEvent = db.prepare('INSERT INTO shipment_events (tracking_number, seq, at, status, code, description, city, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const updateParcel = db.prepare(
    'UPDATE shipments SET status = ?, last_event_at = ?, estimated_delivery = coalesce(?, estimated_delivery), delivered_at = coalesce(?, delivered_at) WHERE tracking_number = ?',
  );
  const clearEstimate = db.prepare('UPDATE shipments SET estimated_delivery = NULL WHERE tracking_number = ?');
  const confirm = db.prepare('INSERT INTO carrier_copies (tracking_number, checked_at) VALUES (?, ?) ON CONFLICT (tracking_number) DO UPDATE SET checked_at = excluded.checked_at');
  const checkedAt = db.prepare('SELECT checked_at FROM carrier_copies WHERE tracking_number = ?');
  const apply = db.transaction((update: Parameters<CarrierCopyRepository['apply']>[0]): CarrierUpdateResult | null => {
    const row = parcel.get(update.trackingNumber) as { status: ShipmentStatus; last_event_at: string; last_seq: number } | undefined;
    if (!row) return null;
    const fresh = update.scans.filter((s) => claimScan.run(update.trackingNumber, s.key, update.receivedAt).changes === 1);
    const plan = planCarrierCopy({ status: row.status, lastEventAt: row.last_event_at, lastSeq: Number(row.last_seq) }, update, fresh);
    for (const e of plan.events) insertEvent.run(e.trackingNumber, e.seq, e.at, e.status, e.code, e.description, e.city, e.country);
    updateParcel.run(plan.status, plan.lastEventAt, plan.estimatedDelivery ?? null, plan.deliveredAt ?? null, update.trackingNumber);
    if (plan.estimatedDelivery === null) clearEstimate.run(update.trackingNumber);
    if (update.checkedAt) confirm.run(update.trackingNumber, update.checkedAt);
    return { from: row.status, to: plan.status, added: plan.events };
  });
  return {
    async apply(update) {
      return apply(update);
    },
    async checkedAt(trackingNumber) {
      const row = checkedAt.get(trackingNumber) as { checked_at: string } | undefined;
      return row?.checked_at ?? null;
    },
  };
}
