import type { Speaker } from '../accounts/speaker.ts';
import { placeTimeZone } from '../geo/placeTimeZone.ts';
import { isMemberOf } from '../accounts/speaker.ts';
import type { ShipmentEventRecord, ShipmentRecord, ShipmentStatus } from '../store/records.ts';
import type { ShipmentRepository } from '../store/store.ts';
import { isRefreshing, type CarrierTracking } from './carrierSource.ts';

/** What anyone holding the tracking number may see, as on a public tracking page. */
export interface PublicTracking {
  trackingNumber: string;
  status: ShipmentStatus;
  serviceName: string;
  lastEvent: ShipmentEventRecord | null;
  estimatedDelivery: string | null;
  deliveredAt: string | null;
  /** The destination's IANA zone (null when unknown): delivery times are stated on its clock, the place itself stays private. */
  destinationTimeZone: string | null;
  /** Set when the carrier could not be asked: the stored copy is as of then (the reply says how old it is). */
  copyAsOf?: string;
}

/** Everything a member of the shipment's account may see. */
export interface AccountTracking extends PublicTracking {
  shipment: ShipmentRecord;
  events: ShipmentEventRecord[];
}

export type TrackingLookup =
  | { kind: 'not_found'; trackingNumber: string }
  | { kind: 'public'; tracking: PublicTracking }
  | { kind: 'account'; tracking: AccountTracking };

/**
 * Looks a tracking number up for a speaker. A member of the shipment's account gets the full record;
 * anyone else (anonymous, or another account's user) gets only the public view, never the parties,
 * values or account. Shipments backed by a carrier are refreshed from it first.
 */
export async function lookupTrackingNumber(
  shipments: ShipmentRepository,
  speaker: Speaker | null,
  trackingNumber: string,
): Promise<TrackingLookup> {
  const freshness = isRefreshing(shipments) ? await shipments.refresh(trackingNumber) : null;
  const shipment = await shipments.byTrackingNumber(trackingNumber);
  if (!shipment && freshness?.kind === 'carrier_only') return { kind: 'public', tracking: carrierPublicView(freshness.tracking) };
  if (!shipment) return { kind: 'not_found', trackingNumber };
  const events = await shipments.events(trackingNumber);
  const publicView: PublicTracking = {
    trackingNumber,
    status: shipment.status,
    serviceName: shipment.serviceName,
    lastEvent: events.at(-1) ?? null,
    estimatedDelivery: shipment.status === 'delivered' ? null : shipment.estimatedDelivery,
    deliveredAt: shipment.deliveredAt,
    destinationTimeZone: placeTimeZone(shipment.destination.city, shipment.destination.country),
    ...(freshness?.kind === 'unconfirmed' ? { copyAsOf: freshness.asOf } : {}),
  };
  if (!isMemberOf(speaker, shipment.accountNumber)) return { kind: 'public', tracking: publicView };
  return { kind: 'account', tracking: { ...publicView, shipment, events } };
}

/** A parcel only the carrier knows, as its public tracking page shows it: status, service, newest scan, dates. */
function carrierPublicView(t: CarrierTracking): PublicTracking {
  const last = t.events.at(-1);
  return {
    trackingNumber: t.trackingNumber,
    // A parcel whose scans set no status yet is in the carrier's hands.
    status: t.status ?? 'in_transit',
    serviceName: t.serviceName ?? 'UPS',
    lastEvent: last
      ? { trackingNumber: t.trackingNumber, seq: t.events.length - 1, at: last.at, status: last.status ?? t.status ?? 'in_transit', code: last.type, description: last.description, city: last.city, country: last.country }
      : null,
    estimatedDelivery: t.status === 'delivered' ? null : t.estimatedDelivery,
    deliveredAt: t.deliveredAt,
    // The destination is not in the carrier's public answer: times are said on the customer's clock.
    destinationTimeZone: null,
  };
}
