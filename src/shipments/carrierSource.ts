/**
 * A carrier's own tracking system behind the local store (issue 21): the UPS Tracking API today
 * (src/carrier/ups). The store keeps the copy every account-scoped search runs on; a lookup by
 * tracking number asks the carrier first and keeps what it said.
 */
import type { ShipmentStatus } from '../store/records.ts';
import type { ShipmentRepository } from '../store/store.ts';

/** One scan as the carrier reported it, in our terms. */
export interface CarrierEvent {
  /** What makes the scan the same one when the carrier reports it again (a redelivered push, a second lookup). */
  key: string;
  /** The instant, ISO-8601 UTC. */
  at: string;
  /** Our status after the scan; null for a scan that changes none (UPS type U: a new delivery date). */
  status: ShipmentStatus | null;
  /** UPS activity status type (M, MV, I, D, U, X …): kept as the event's code. */
  type: string;
  /** UPS activity status code (2 characters, e.g. OT, FS) and its numeric status code (e.g. 011), when given. */
  activityCode: string | null;
  statusCode: string | null;
  description: string;
  city: string;
  country: string;
}

/** A parcel as the carrier knows it now. */
export interface CarrierTracking {
  trackingNumber: string;
  /** The service as the carrier names it ("UPS Worldwide Saver"), when it says. */
  serviceName: string | null;
  /** The status of the newest scan that sets one; null when no scan does. */
  status: ShipmentStatus | null;
  estimatedDelivery: string | null;
  deliveredAt: string | null;
  /** Oldest first. */
  events: CarrierEvent[];
}

export interface CarrierSource {
  /** Null when the carrier does not know the number; throws CarrierUnavailableError while it cannot be asked. */
  track(trackingNumber: string): Promise<CarrierTracking | null>;
}

/** Why the carrier could not be asked: the caller answers from its copy, saying how old it is. */
export class CarrierUnavailableError extends Error {
  constructor(
    readonly reason: 'breaker_open' | 'timeout' | 'server_error' | 'throttled' | 'transport',
    message: string,
  ) {
    super(message);
    this.name = 'CarrierUnavailableError';
  }
}

/** The carrier answered something we refuse to read (not its documented shape), or refused us (credentials). */
export class CarrierResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CarrierResponseError';
  }
}

/** How far the stored copy of a parcel can be trusted after a lookup asked the carrier. */
export type CopyFreshness =
  /** The carrier answered now; the copy is what it said. */
  | { kind: 'confirmed' }
  /** The carrier could not be asked: the copy is as of `asOf` (its last confirmation, else its newest event). */
  | { kind: 'unconfirmed'; asOf: string }
  /** Only the store knows the parcel (no carrier configured, or the carrier does not know it). */
  | { kind: 'local' }
  /** Only the carrier knows it (not one of our accounts' parcels): what it said, for a public view. */
  | { kind: 'carrier_only'; tracking: CarrierTracking };

/** Shipments whose lookups by tracking number ask a carrier first (src/carrier/carrierBackedShipments.ts). */
export interface RefreshingShipments extends ShipmentRepository {
  /** Brings the stored copy up to date from the carrier; never throws for the carrier's sake. */
  refresh(trackingNumber: string): Promise<CopyFreshness>;
}

export function isRefreshing(shipments: ShipmentRepository): shipments is RefreshingShipments {
  return typeof (shipments as Partial<RefreshingShipments>).refresh === 'function';
}
