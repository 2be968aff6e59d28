/**
 * UPS activity statuses in our terms. The type is the one the Track Alert FAQ lists (M and MV
 * manifest, I in progress, U update, D delivery information, X exception); P (pickup) and O (out for
 * delivery) come from the legacy tracking guide and are read when UPS sends them. The numeric status
 * code refines D and I: 011 is a delivery and 021 out for delivery (UPS's own examples: F4/FS
 * "Delivered" 011, OT "Out for Delivery" 021).
 */
import type { ShipmentStatus } from '../../store/records.ts';

const STATUS_BY_TYPE: Readonly<Record<string, ShipmentStatus | null>> = Object.freeze({
  M: 'label_created',
  MV: 'label_created',
  P: 'picked_up',
  I: 'in_transit',
  O: 'out_for_delivery',
  // Loaded on the vehicle or out for delivery; a delivery proper has status code 011 (below).
  D: 'out_for_delivery',
  X: 'exception',
  // A new scheduled delivery date: the parcel's state stays what it was.
  U: null,
});

/** Numeric status codes (statusCode in the Tracking API, descriptionCode in a Track Alert push) that say more than the type. */
const STATUS_BY_STATUS_CODE: Readonly<Record<string, ShipmentStatus>> = Object.freeze({
  '011': 'delivered',
  '021': 'out_for_delivery',
});

/** Our status for a UPS activity status; null when it changes none (type U) or the type is unknown. */
export function shipmentStatusOf(type: string, statusCode: string | null): ShipmentStatus | null {
  const t = type.trim().toUpperCase();
  // An exception stays an exception whatever its code.
  if (t === 'X') return 'exception';
  const byCode = statusCode ? STATUS_BY_STATUS_CODE[statusCode.trim().padStart(3, '0')] : undefined;
  if (byCode && t !== 'U') return byCode;
  return STATUS_BY_TYPE[t] ?? null;
}

/** A UPS date (YYYYMMDD) and time (HHMMSS, sometimes without its leading zero) as ISO-8601 UTC; null when either is unreadable. */
export function upsInstant(date: string | undefined, time: string | undefined, offset?: string): string | null {
  if (!date || !/^\d{8}$/.test(date)) return null;
  const t = (time ?? '000000').trim().padStart(6, '0');
  if (!/^\d{6}$/.test(t)) return null;
  // gmtOffset "-05:00" (Tracking API) or "-04.00" (Track Alert): the local time is that far from UTC.
  const zone = offset && /^[+-]\d{2}[:.]\d{2}$/.test(offset) ? `${offset.slice(0, 3)}:${offset.slice(4)}` : 'Z';
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}${zone}`;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The same scan however often UPS reports it: when, what and where. */
export function scanKey(at: string, type: string, code: string | null, city: string): string {
  return [at, type.trim().toUpperCase(), code?.trim() ?? '', city.trim().toUpperCase()].join('|');
}
