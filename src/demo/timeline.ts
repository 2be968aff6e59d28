/**
 * A parcel's event timeline: label -> pickup -> origin scan -> departure/arrival scans at each facility
 * (export scan on leaving the origin country, import scan and customs release on entering the
 * destination) -> out for delivery -> delivered; then an optional mishap (customs hold, damage,
 * weather delay, bad address, silence) and the cut at `now`, so nothing lies in the future.
 *
 * One `TimelinePlanner` is reused for every shipment of a run: its arrays are scratch space, which
 * keeps 100,000+ shipments from allocating a planning structure each.
 */
import type { CustomsState, ShipmentStatus } from '../store/records.ts';
import { type City, greatCircleKm, needsCustoms } from './cities.ts';
import type { Rng } from './prng.ts';
import type { Route } from './routes.ts';
import { type Service, transitBusinessDays } from './services.ts';
import { type DayNumber, MS_PER_DAY, MS_PER_MINUTE, TimeZones, addBusinessDays } from './timeZones.ts';

/** UPS activity status type (see ShipmentEventRecord.code). */
export type ActivityType = 'M' | 'P' | 'I' | 'O' | 'D' | 'X';

export interface EventKind {
  code: ActivityType;
  status: ShipmentStatus;
  description: string;
  /** The customs state once this event has happened, when it changes it. */
  customs?: CustomsState;
}

const kind = (code: ActivityType, status: ShipmentStatus, description: string, customs?: CustomsState): EventKind =>
  customs ? { code, status, description, customs } : { code, status, description };

/** Event wording follows UPS tracking pages (the label text is verbatim from the UPS Track API sample). */
export const EVENT = {
  label: kind('M', 'label_created', 'Shipper created a label, UPS has not received the package yet.'),
  pickup: kind('P', 'picked_up', 'Pickup Scan'),
  originScan: kind('I', 'in_transit', 'Origin Scan'),
  departed: kind('I', 'in_transit', 'Departed from Facility'),
  arrived: kind('I', 'in_transit', 'Arrived at Facility'),
  processing: kind('I', 'in_transit', 'Processing at UPS Facility'),
  exportScan: kind('I', 'in_transit', 'Export Scan'),
  importScan: kind('I', 'in_transit', 'Import Scan', 'in_review'),
  released: kind('I', 'in_transit', 'Your package was released by the customs agency.', 'cleared'),
  outForDelivery: kind('O', 'out_for_delivery', 'Out For Delivery Today'),
  delivered: kind('D', 'delivered', 'Delivered'),
  heldInvoice: kind('X', 'exception', 'Your package is being held for customs clearance: a commercial invoice is required.', 'held'),
  heldPackingList: kind('X', 'exception', 'Your package is being held for customs clearance: a packing list is required.', 'held'),
  heldOrigin: kind('X', 'exception', 'Your package is being held for customs clearance: a certificate of origin is required.', 'held'),
  damaged: kind('X', 'exception', 'Damage reported. The package was damaged in transit and its contents are being evaluated.'),
  weather: kind('X', 'exception', 'Due to operating conditions, your package may be delayed.'),
  badAddress: kind('X', 'exception', 'The address is incorrect. We are attempting to update this address.'),
} as const satisfies Record<string, EventKind>;

export const CUSTOMS_HOLD_KINDS = [EVENT.heldInvoice, EVENT.heldPackingList, EVENT.heldOrigin] as const;

/** Something that goes wrong; `null` delays mean the parcel never moves on (as of the data). */
export type Mishap =
  | { kind: 'customs_hold'; event: EventKind; holdMs: number | null }
  | { kind: 'damage'; /** which arrival scan, counted from the end (0 = destination) */ arrivalFromEnd: number; delayMs: number | null }
  | { kind: 'weather'; /** which departure scan, counted from the start */ departure: number; delayMs: number }
  | { kind: 'bad_address' }
  | { kind: 'silent'; /** no event after this departure scan (counted from the start) */ departure: number };

export interface PlanInput {
  origin: City;
  destination: City;
  service: Service;
  route: Route;
  /** Local ship date at the origin and the label time, minutes after local midnight. */
  shipDay: DayNumber;
  labelMinutes: number;
  /** Business days the delivery slips past the estimate (0 = on time). */
  lateDays: number;
  mishap: Mishap | null;
}

export interface TimelineSummary {
  /** Events that have happened by `now`; the first `count` entries of `times`/`kinds`/`places`. */
  count: number;
  status: ShipmentStatus;
  estimatedDeliveryMs: number;
  deliveredAtMs: number | null;
  lastEventAtMs: number;
  customsState: CustomsState;
}

const minutes = (m: number): number => m * MS_PER_MINUTE;

/** A waiting parcel gets a "Processing at UPS Facility" scan about once a day. */
const DAILY_SCAN_MS = minutes(22 * 60);

/** Typical time for one leg: handling plus flight at ~750 km/h, or road (×1.2 circuity) at ~75 km/h
 *  (long-haul trucks run with two drivers). */
function legMs(from: City, to: City, service: Service): number {
  const km = greatCircleKm(from, to);
  const hours = service.mode === 'air' ? 3 + km / 750 : 2 + (km * 1.2) / 75;
  return hours * 3_600_000;
}

export class TimelinePlanner {
  readonly times: number[] = [];
  readonly kinds: EventKind[] = [];
  readonly places: City[] = [];
  /** Scratch: leg and dwell durations of the shipment being planned. */
  private readonly legs: number[] = [];

  constructor(private readonly tz: TimeZones) {}

  // Scans are kept to the minute, which also lets the builder share one string per minute.
  private push(k: EventKind, at: number, place: City): void {
    this.times.push(Math.round(at / MS_PER_MINUTE) * MS_PER_MINUTE);
    this.kinds.push(k);
    this.places.push(place);
  }

  /** Arrival at `place` and what happens there before leaving at `leaveAt`. */
  private stay(place: City, arriveAt: number, leaveAt: number, exportScan: boolean, customs: boolean): void {
    this.push(EVENT.arrived, arriveAt, place);
    const gap = leaveAt - arriveAt;
    const edge = Math.min(minutes(45), gap * 0.2);
    if (customs) this.push(EVENT.importScan, arriveAt + edge, place);
    for (let p = arriveAt + DAILY_SCAN_MS; p < leaveAt - minutes(120); p += DAILY_SCAN_MS) this.push(EVENT.processing, p, place);
    if (customs) this.push(EVENT.released, leaveAt - edge, place);
    if (exportScan) this.push(EVENT.exportScan, leaveAt - edge, place);
  }

  private insert(i: number, k: EventKind, at: number, place: City): void {
    this.times.splice(i, 0, Math.round(at / MS_PER_MINUTE) * MS_PER_MINUTE);
    this.kinds.splice(i, 0, k);
    this.places.splice(i, 0, place);
  }

  private removeRange(from: number, to: number): void {
    this.times.splice(from, to - from);
    this.kinds.splice(from, to - from);
    this.places.splice(from, to - from);
  }

  private truncate(length: number): void {
    this.times.length = length;
    this.kinds.length = length;
    this.places.length = length;
  }

  private shiftFrom(i: number, ms: number): void {
    for (let j = i; j < this.times.length; j++) this.times[j]! += ms;
  }

  private indexOf(k: EventKind, nth = 0): number {
    let seen = 0;
    for (let i = 0; i < this.kinds.length; i++) {
      if (this.kinds[i] === k && seen++ === nth) return i;
    }
    return -1;
  }

  private lastIndexOf(k: EventKind, nthFromEnd = 0): number {
    let seen = 0;
    for (let i = this.kinds.length - 1; i >= 0; i--) {
      if (this.kinds[i] === k && seen++ === nthFromEnd) return i;
    }
    return -1;
  }

  /** Plans the whole journey, applies the mishap, and cuts at `nowMs`. */
  plan(rng: Rng, input: PlanInput, nowMs: number): TimelineSummary {
    const { origin, destination, service, route, shipDay } = input;
    const tz = this.tz;
    this.truncate(0);

    const labelAt = tz.toUtc(origin.timeZone, shipDay, input.labelMinutes);
    const etaDay = addBusinessDays(shipDay, transitBusinessDays(service, origin, destination));
    const estimatedDeliveryMs = tz.toUtc(destination.timeZone, etaDay, service.commitMinutes);
    const deliveryDay = input.lateDays > 0 ? addBusinessDays(etaDay, input.lateDays) : etaDay;
    const ofdMinutes = rng.int(7 * 60 + 30, 9 * 60);
    const lastOnTime = Math.max(ofdMinutes + 50, service.commitMinutes - 10);
    const deliveredMinutes = rng.int(ofdMinutes + 45, input.lateDays > 0 ? 18 * 60 + 30 : lastOnTime);

    const pickupAt = labelAt + minutes(rng.int(60, 300));
    const originScanAt = pickupAt + minutes(rng.int(60, 150));
    const departAt = originScanAt + minutes(rng.int(90, 240));
    let ofdAt = tz.toUtc(destination.timeZone, deliveryDay, ofdMinutes);
    let deliveredAt = tz.toUtc(destination.timeZone, deliveryDay, deliveredMinutes);
    let arriveAt = ofdAt - minutes(rng.int(180, 600));
    // Short hops across time zones can leave too little room: keep the order, deliver a bit later.
    if (arriveAt < departAt + minutes(60)) {
      arriveAt = departAt + minutes(60);
      if (ofdAt < arriveAt + minutes(60)) ofdAt = arriveAt + minutes(60);
      if (deliveredAt < ofdAt + minutes(45)) deliveredAt = ofdAt + minutes(45);
    }

    this.push(EVENT.label, labelAt, origin);
    this.push(EVENT.pickup, pickupAt, origin);
    this.push(EVENT.originScan, originScanAt, origin);
    if (route.exportAt === 0) this.push(EVENT.exportScan, (originScanAt + departAt) / 2, origin);
    this.push(EVENT.departed, departAt, origin);

    // Legs take realistic time; spare time waits at the last hub (or the destination facility) with a
    // daily processing scan, so a healthy parcel is never silent for days.
    const k = route.via.length;
    const legs = this.legs;
    legs.length = 0;
    let needed = 0;
    for (let i = 0; i <= k; i++) {
      const from = i === 0 ? origin : route.via[i - 1]!;
      const to = i === k ? destination : route.via[i]!;
      const leg = legMs(from, to, service) * rng.range(0.9, 1.2);
      const dwell = i < k ? minutes(rng.int(120, 360)) : 0;
      legs.push(leg, dwell);
      needed += leg + dwell;
    }
    const available = arriveAt - departAt;
    const scale = needed > available ? available / needed : 1;
    const slack = available - needed * scale;
    let t = departAt;
    for (let i = 0; i < k; i++) {
      const stop = route.via[i]!;
      const a = t + legs[2 * i]! * scale;
      const d = a + legs[2 * i + 1]! * scale + (i === k - 1 ? slack : 0);
      this.stay(stop, a, d, route.exportAt === i + 1, route.customsAt === i + 1);
      this.push(EVENT.departed, d, stop);
      t = d;
    }
    const arrived = t + legs[2 * k]! * scale;
    this.stay(destination, arrived, ofdAt, false, route.customsAt === k + 1);
    this.push(EVENT.outForDelivery, ofdAt, destination);
    this.push(EVENT.delivered, deliveredAt, destination);

    if (input.mishap) this.applyMishap(rng, input.mishap);
    return this.summarize(nowMs, estimatedDeliveryMs, needsCustoms(origin, destination));
  }

  private applyMishap(rng: Rng, m: Mishap): void {
    switch (m.kind) {
      case 'customs_hold': {
        const imp = this.indexOf(EVENT.importScan);
        if (imp < 0) return;
        const at = this.times[imp]! + (this.times[imp + 1]! - this.times[imp]!) * 0.3;
        this.insert(imp + 1, m.event, at, this.places[imp]!);
        if (m.holdMs === null) {
          this.truncate(imp + 2);
          return;
        }
        // While held nothing else happens to it: drop the waiting scans up to the release.
        let next = imp + 2;
        while (this.kinds[next] === EVENT.processing) next++;
        this.removeRange(imp + 2, next);
        this.shiftFrom(imp + 2, m.holdMs);
        return;
      }
      case 'damage': {
        const arr = this.lastIndexOf(EVENT.arrived, m.arrivalFromEnd);
        if (arr < 0) return;
        const next = this.times[arr + 1];
        const at = next === undefined ? this.times[arr]! + minutes(40) : (this.times[arr]! + next) / 2;
        this.insert(arr + 1, EVENT.damaged, at, this.places[arr]!);
        if (m.delayMs === null) this.truncate(arr + 2);
        else this.shiftFrom(arr + 2, m.delayMs);
        return;
      }
      case 'weather': {
        const dep = this.indexOf(EVENT.departed, m.departure);
        if (dep < 1) return;
        const at = (this.times[dep - 1]! + this.times[dep]!) / 2;
        this.insert(dep, EVENT.weather, at, this.places[dep]!);
        this.shiftFrom(dep + 1, m.delayMs);
        return;
      }
      case 'bad_address': {
        const ofd = this.indexOf(EVENT.outForDelivery);
        const n = this.times.length;
        if (ofd < 0 || ofd !== n - 2) return;
        const ofdAt = this.times[ofd]!;
        const deliveredAt = this.times[n - 1]!;
        const place = this.places[ofd]!;
        this.truncate(n - 1);
        this.push(EVENT.badAddress, ofdAt + minutes(rng.int(60, 180)), place);
        this.push(EVENT.outForDelivery, ofdAt + MS_PER_DAY, place);
        this.push(EVENT.delivered, Math.max(deliveredAt, ofdAt + minutes(200)) + MS_PER_DAY, place);
        return;
      }
      case 'silent': {
        const dep = this.indexOf(EVENT.departed, m.departure);
        if (dep >= 0) this.truncate(dep + 1);
        return;
      }
    }
  }

  private summarize(nowMs: number, estimatedDeliveryMs: number, customs: boolean): TimelineSummary {
    let count = 0;
    while (count < this.times.length && this.times[count]! <= nowMs) count++;
    if (count === 0) throw new Error('TimelinePlanner: the label lies after now (a bug in the ship date)');
    let customsState: CustomsState = customs ? 'pending' : 'not_required';
    let deliveredAtMs: number | null = null;
    for (let i = 0; i < count; i++) {
      const k = this.kinds[i]!;
      if (k.customs) customsState = k.customs;
      if (k === EVENT.delivered) deliveredAtMs = this.times[i]!;
    }
    return {
      count,
      status: this.kinds[count - 1]!.status,
      estimatedDeliveryMs,
      deliveredAtMs,
      lastEventAtMs: this.times[count - 1]!,
      customsState,
    };
  }
}
