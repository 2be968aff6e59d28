/**
 * What a carrier's new scans do to a stored parcel, decided once for both stores: each new scan is
 * appended as an event (a scan that sets no status carries the parcel's own), and the parcel takes the
 * status of the newest one unless it is older than what the parcel already showed (pushes can come
 * out of order).
 */
import type { ShipmentEventRecord, ShipmentStatus } from './records.ts';
import type { CarrierScan, CarrierUpdate } from './store.ts';

export interface StoredParcelState {
  status: ShipmentStatus;
  lastEventAt: string;
  /** The highest event seq so far; -1 when there are none. */
  lastSeq: number;
}

export interface CarrierCopyPlan {
  events: ShipmentEventRecord[];
  status: ShipmentStatus;
  lastEventAt: string;
  estimatedDelivery: string | null | undefined;
  deliveredAt: string | null | undefined;
}

/** `fresh` are the update's scans the store had not applied before, oldest first. */
export function planCarrierCopy(parcel: StoredParcelState, update: CarrierUpdate, fresh: readonly CarrierScan[]): CarrierCopyPlan {
  let { status, lastEventAt } = parcel;
  const events: ShipmentEventRecord[] = [];
  const ordered = [...fresh].sort((a, b) => a.at.localeCompare(b.at));
  for (const [i, scan] of ordered.entries()) {
    const newest = scan.at >= lastEventAt;
    if (newest && scan.status) status = scan.status;
    if (newest) lastEventAt = scan.at;
    events.push({ trackingNumber: update.trackingNumber, seq: parcel.lastSeq + 1 + i, at: scan.at, status: scan.status ?? status, code: scan.code, description: scan.description, city: scan.city, country: scan.country });
  }
  return {
    events,
    status,
    lastEventAt,
    // A delivered parcel has no estimate any more.
    estimatedDelivery: status === 'delivered' ? null : update.estimatedDelivery,
    deliveredAt: update.deliveredAt,
  };
}
