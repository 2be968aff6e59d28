/**
 * The shipment repository with a carrier behind it (issue 21): a lookup by tracking number asks the
 * carrier and keeps what it said in the store (account-scoped search still runs on the store alone).
 * While the carrier cannot be asked (its breaker open, a time-out, an answer we refuse) the stored copy
 * answers, marked with its age.
 */
import type { Clock } from '../clock.ts';
import { CarrierResponseError, CarrierUnavailableError, type CarrierSource, type CarrierTracking, type CopyFreshness, type RefreshingShipments } from '../shipments/carrierSource.ts';
import type { ShipmentStatusChanges } from '../shipments/statusChanges.ts';
import type { CarrierUpdate, CarrierUpdateResult, Store } from '../store/store.ts';
import { outsideUnitOfWork } from '../store/unitOfWork.ts';

export interface CarrierBackedOptions {
  store: Store;
  carrier: CarrierSource;
  clock: Clock;
  changes: ShipmentStatusChanges;
  /** Told why the carrier could not be used (logs). */
  onCarrierError?: (trackingNumber: string, error: Error) => void;
}

export function carrierBackedShipments(o: CarrierBackedOptions): RefreshingShipments {
  const local = o.store.shipments;
  return {
    byTrackingNumber: (n) => local.byTrackingNumber(n),
    search: (q) => local.search(q),
    events: (n) => local.events(n),
    countForAccount: (a) => local.countForAccount(a),
    async refresh(trackingNumber): Promise<CopyFreshness> {
      let tracking: CarrierTracking | null;
      try {
        tracking = await o.carrier.track(trackingNumber);
      } catch (error) {
        if (!(error instanceof CarrierUnavailableError || error instanceof CarrierResponseError)) throw error;
        o.onCarrierError?.(trackingNumber, error);
        const stored = await local.byTrackingNumber(trackingNumber);
        if (!stored) return { kind: 'local' };
        return { kind: 'unconfirmed', asOf: (await o.store.carrierCopies.checkedAt(trackingNumber)) ?? stored.lastEventAt };
      }
      if (!tracking) return { kind: 'local' };
      const now = o.clock.now().toISOString();
      // Its own transaction, committed at once: what UPS said is kept whatever becomes of the turn, and the
      // parcel's row lock is not held until the turn ends (the turn reads the committed copy next).
      const result = await outsideUnitOfWork(() => applyCarrierUpdate(o, carrierUpdateOf(tracking, now, now)));
      return result ? { kind: 'confirmed' } : { kind: 'carrier_only', tracking };
    },
  };
}

/** The carrier's view of a parcel as an update of the stored copy; `checkedAt` when it is the whole of it. */
export function carrierUpdateOf(tracking: CarrierTracking, receivedAt: string, checkedAt?: string): CarrierUpdate {
  return {
    trackingNumber: tracking.trackingNumber,
    scans: tracking.events.map((e) => ({ key: e.key, at: e.at, status: e.status, code: e.type, description: e.description, city: e.city, country: e.country })),
    // What UPS does not say leaves the stored value (a delivery clears the estimate: carrierCopyPlan.ts).
    ...(tracking.estimatedDelivery ? { estimatedDelivery: tracking.estimatedDelivery } : {}),
    ...(tracking.deliveredAt ? { deliveredAt: tracking.deliveredAt } : {}),
    receivedAt,
    ...(checkedAt ? { checkedAt } : {}),
  };
}

/** Applies an update and, when the parcel's status changed (or a new exception came), tells the listeners (once: a scan applied before adds nothing). */
export async function applyCarrierUpdate(
  o: Pick<CarrierBackedOptions, 'store' | 'changes'> & { onListenerError?: (error: unknown) => void },
  update: CarrierUpdate,
): Promise<CarrierUpdateResult | null> {
  const result = await o.store.carrierCopies.apply(update);
  // A new exception scan on a parcel already in exception (held in customs, then damaged) is news too.
  const newException = result?.to === 'exception' && result.added.some((e) => e.status === 'exception');
  if (result && (result.from !== result.to || newException)) {
    const event = [...result.added].reverse().find((e) => e.status === result.to) ?? result.added.at(-1);
    if (event) await o.changes.emit({ trackingNumber: update.trackingNumber, from: result.from, to: result.to, event }, o.onListenerError);
  }
  return result;
}

/** The store as the assistant sees it: the same, but for shipments that ask the carrier first. */
export function storeWithCarrier(store: Store, shipments: RefreshingShipments): Store {
  return new Proxy(store, { get: (target, key) => (key === 'shipments' ? shipments : Reflect.get(target, key, target)) });
}
