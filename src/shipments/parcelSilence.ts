/**
 * When a parcel has gone silent: still on its way (not delivered, no exception of its own), past its
 * expected delivery, and not scanned for SILENT_AFTER_DAYS days. In the carrier's data a parcel in the
 * network is scanned at least daily (each hub, and a daily "Processing at UPS Facility" scan while it
 * waits), so days without a scan after its ETA mean nobody has seen it: it needs a trace, whether the
 * customer says "lost" or only asks where it is.
 */
import type { ShipmentRecord } from '../store/records.ts';

/** Days without a scan after which a late parcel counts as silent (four missed daily scans). */
export const SILENT_AFTER_DAYS = 4;

const DAY_MS = 86_400_000;

/** Statuses of a parcel still moving through the network; delivered and exception parcels have their own answers. */
const ON_ITS_WAY: ReadonlySet<ShipmentRecord['status']> = new Set(['label_created', 'picked_up', 'in_transit', 'out_for_delivery']);

export interface Silence {
  /** Whole days since the last scan. */
  silentDays: number;
  /** Whole days past the expected delivery (at least 1 once it has passed). */
  daysLate: number;
}

/** How long a late parcel has been silent, or null when it is not both late and silent. */
export function silencePastEta(
  shipment: Pick<ShipmentRecord, 'status' | 'estimatedDelivery' | 'lastEventAt' | 'deliveredAt'>,
  now: Date,
  silentAfterDays: number = SILENT_AFTER_DAYS,
): Silence | null {
  if (!ON_ITS_WAY.has(shipment.status) || shipment.deliveredAt || !shipment.estimatedDelivery) return null;
  const late = now.getTime() - Date.parse(shipment.estimatedDelivery);
  const silent = now.getTime() - Date.parse(shipment.lastEventAt);
  if (late <= 0 || silent < silentAfterDays * DAY_MS) return null;
  return { silentDays: Math.floor(silent / DAY_MS), daysLate: Math.max(1, Math.floor(late / DAY_MS)) };
}
