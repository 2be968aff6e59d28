/**
 * Which of some parcels arrives first, from the data: those delivered (by when), then those travelling by
 * their expected delivery, then those with no estimate yet. Pure; the runner (runners/arrivals.ts) reads
 * the parcels and says the order with `sayArrivalOrder`.
 */
import { localized } from '../../locale/index.ts';
import { NOT_DELIVERED } from '../../shipments/resolveShipments.ts';
import type { ShipmentRecord } from '../../store/records.ts';
import { formatDeliveryTime } from '../format.ts';
import { localCityName } from '../placeNames.ts';
import { ARRIVAL_TEXTS, type ArrivalLine } from './texts.ts';

export interface ArrivalOrder {
  /** Already delivered, earliest first. */
  delivered: ShipmentRecord[];
  /** Travelling, expected first (several when expected at the same instant). */
  first: ShipmentRecord[];
  /** Travelling, expected later, in order. */
  later: ShipmentRecord[];
  /** Travelling with no expected delivery. */
  noEta: ShipmentRecord[];
}

const byTime = (at: (s: ShipmentRecord) => string) => (a: ShipmentRecord, b: ShipmentRecord) => Date.parse(at(a)) - Date.parse(at(b));

export function arrivalOrder(parcels: readonly ShipmentRecord[]): ArrivalOrder {
  const delivered = parcels.filter((s) => s.status === 'delivered').sort(byTime((s) => s.deliveredAt ?? s.lastEventAt));
  const travelling = parcels.filter((s) => s.status !== 'delivered');
  const expected = travelling.filter((s) => s.estimatedDelivery !== null).sort(byTime((s) => s.estimatedDelivery!));
  const soonest = expected[0]?.estimatedDelivery;
  const first = expected.filter((s) => s.estimatedDelivery === soonest);
  return { delivered, first, later: expected.slice(first.length), noEta: travelling.filter((s) => s.estimatedDelivery === null) };
}

/**
 * The parcels one side of a comparison means among those its description fits: the ones still on their
 * way when there are any ("the two Berlin ones": the two of eleven in transit), else the one sent last.
 */
export function parcelsOfSide(fits: readonly ShipmentRecord[]): ShipmentRecord[] {
  const travelling = fits.filter((s) => (NOT_DELIVERED as readonly string[]).includes(s.status));
  if (travelling.length) return travelling;
  const latest = [...fits].sort((a, b) => (a.shipDate < b.shipDate ? 1 : a.shipDate > b.shipDate ? -1 : 0))[0];
  return latest ? [latest] : [];
}

/** One parcel as an answer line: its time on the destination's clock (a delivery, else the estimate). */
export function arrivalLine(s: ShipmentRecord, locale: string, timeZone: string, now: Date): ArrivalLine {
  const at = s.status === 'delivered' ? s.deliveredAt : s.estimatedDelivery;
  return {
    trackingNumber: s.trackingNumber,
    to: localCityName(s.destination.city, s.destination.country, locale),
    when: at ? formatDeliveryTime(at, s.destination, locale, timeZone) : null,
    delivered: s.status === 'delivered',
    late: s.status !== 'delivered' && s.estimatedDelivery !== null && Date.parse(s.estimatedDelivery) < now.getTime(),
  };
}

/** The order said: the delivered ones, the first to arrive of the others, each later one, those with no estimate. */
export function sayArrivalOrder(order: ArrivalOrder, locale: string, timeZone: string, now: Date): string {
  const t = localized(ARRIVAL_TEXTS, locale);
  const line = (s: ShipmentRecord) => arrivalLine(s, locale, timeZone, now);
  return [
    ...order.delivered.map((s) => t.arrived(line(s))),
    ...(order.first.length ? [t.first(order.first.map(line), order.delivered.length > 0)] : []),
    ...order.later.map((s) => t.later(line(s))),
    ...order.noEta.map((s) => t.noEta(line(s))),
  ].join('\n');
}
