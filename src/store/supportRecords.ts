/**
 * What the support flows keep beyond tickets (issue 6): delivery changes customers asked for, files
 * attached to tickets, and the emissions aggregates of an account. Records, repository interfaces,
 * row mapping and the SQL both stores share (they differ only in parameter markers).
 */
import type { PlaceRecord } from './records.ts';
import type { Placeholders } from './queries.ts';
import { str, strOrNull, type Row } from './rows.ts';

export const DELIVERY_CHANGE_KINDS = ['address', 'reschedule', 'access_point'] as const;
export type DeliveryChangeKind = (typeof DELIVERY_CHANGE_KINDS)[number];

export const DELIVERY_CHANGE_STATUSES = ['requested', 'applied', 'cancelled'] as const;
export type DeliveryChangeStatus = (typeof DELIVERY_CHANGE_STATUSES)[number];

/** A change to a parcel's delivery the customer confirmed in the chat: a new address, a new day, or an access point. */
export interface DeliveryChangeRecord {
  id: number;
  trackingNumber: string;
  accountNumber: string;
  kind: DeliveryChangeKind;
  /** The new address as written, the new delivery date (YYYY-MM-DD), or the access point's id. */
  value: string;
  /** The carrier user who asked for it. */
  requestedBy: string | null;
  createdAt: string;
  status: DeliveryChangeStatus;
}

export type NewDeliveryChange = Pick<DeliveryChangeRecord, 'trackingNumber' | 'accountNumber' | 'kind' | 'value' | 'requestedBy'>;

export interface DeliveryChangeRepository {
  /** Records a confirmed change as `requested`. */
  create(change: NewDeliveryChange, at: string): Promise<DeliveryChangeRecord>;
  get(id: number): Promise<DeliveryChangeRecord | null>;
  /** A parcel's changes, oldest first. */
  listForParcel(trackingNumber: string): Promise<DeliveryChangeRecord[]>;
}

/** What the driver is to do with a parcel at the delivery, in the customer's words ("leave it with my neighbour at number 12"). */
export interface DeliveryInstructionRecord {
  id: number;
  trackingNumber: string;
  accountNumber: string;
  instruction: string;
  /** The carrier user who gave it. */
  requestedBy: string | null;
  createdAt: string;
  status: DeliveryChangeStatus;
}

export type NewDeliveryInstruction = Pick<DeliveryInstructionRecord, 'trackingNumber' | 'accountNumber' | 'instruction' | 'requestedBy'>;

export interface DeliveryInstructionRepository {
  /** Records a confirmed instruction as `requested`. */
  create(instruction: NewDeliveryInstruction, at: string): Promise<DeliveryInstructionRecord>;
  get(id: number): Promise<DeliveryInstructionRecord | null>;
  /** A parcel's instructions, oldest first. */
  listForParcel(trackingNumber: string): Promise<DeliveryInstructionRecord[]>;
}

/** A file a customer sent for a ticket (customs documents, photos of damage), by reference: `media:<id>` or a URL. */
export interface TicketAttachmentRecord {
  id: number;
  ticketNumber: string;
  contentUrl: string;
  contentType: string;
  fileName: string | null;
  /** Known when the channel stored the file (store.media); null for a link we only hold. */
  sizeBytes: number | null;
  createdAt: string;
}

export type NewTicketAttachment = Omit<TicketAttachmentRecord, 'id' | 'createdAt'>;

export interface TicketAttachmentRepository {
  add(attachment: NewTicketAttachment, at: string): Promise<TicketAttachmentRecord>;
  /** A ticket's files in the order they came. */
  listForTicket(ticketNumber: string): Promise<TicketAttachmentRecord[]>;
}

/** Shipments of an account shipped between two local dates (inclusive). */
export interface EmissionsQuery {
  accountNumber: string;
  shipDateFrom: string;
  shipDateTo: string;
}

/** One lane and service in a period: aggregated in SQL, so a large account costs one grouped scan. */
export interface LaneServiceEmissions {
  origin: PlaceRecord;
  destination: PlaceRecord;
  serviceCode: string;
  shipments: number;
  co2eKg: number;
  weightKg: number;
}

/** One parcel among the largest emitters. */
export interface ParcelEmissions {
  trackingNumber: string;
  origin: PlaceRecord;
  destination: PlaceRecord;
  serviceCode: string;
  shipDate: string;
  co2eKg: number;
  weightKg: number;
}

export interface EmissionsRepository {
  /** kg CO2e, weight and count per lane and service, largest emitters first (ties by lane). */
  byLaneAndService(query: EmissionsQuery): Promise<LaneServiceEmissions[]>;
  /** The `limit` parcels that emitted most, largest first (ties by tracking number). */
  largestParcels(query: EmissionsQuery, limit: number): Promise<ParcelEmissions[]>;
}

export function deliveryChangeFromRow(r: Row): DeliveryChangeRecord {
  return {
    id: Number(r.id),
    trackingNumber: str(r.tracking_number),
    accountNumber: str(r.account_number),
    kind: str(r.kind) as DeliveryChangeKind,
    value: str(r.value),
    requestedBy: strOrNull(r.requested_by),
    createdAt: str(r.created_at),
    status: str(r.status) as DeliveryChangeStatus,
  };
}

export function deliveryInstructionFromRow(r: Row): DeliveryInstructionRecord {
  return {
    id: Number(r.id),
    trackingNumber: str(r.tracking_number),
    accountNumber: str(r.account_number),
    instruction: str(r.instruction),
    requestedBy: strOrNull(r.requested_by),
    createdAt: str(r.created_at),
    status: str(r.status) as DeliveryChangeStatus,
  };
}

export function ticketAttachmentFromRow(r: Row): TicketAttachmentRecord {
  return {
    id: Number(r.id),
    ticketNumber: str(r.ticket_number),
    contentUrl: str(r.content_url),
    contentType: str(r.content_type),
    fileName: strOrNull(r.file_name),
    sizeBytes: r.size_bytes === null || r.size_bytes === undefined ? null : Number(r.size_bytes),
    createdAt: str(r.created_at),
  };
}

/** The lane columns of a shipments row. */
const laneFromRow = (r: Row): { origin: PlaceRecord; destination: PlaceRecord } => ({
  origin: { city: str(r.origin_city), country: str(r.origin_country) },
  destination: { city: str(r.destination_city), country: str(r.destination_country) },
});

export function laneServiceFromRow(r: Row): LaneServiceEmissions {
  return {
    ...laneFromRow(r),
    serviceCode: str(r.service_code),
    shipments: Number(r.shipments),
    co2eKg: Number(r.co2e_kg),
    weightKg: Number(r.weight_kg),
  };
}

export function parcelEmissionsFromRow(r: Row): ParcelEmissions {
  return {
    trackingNumber: str(r.tracking_number),
    ...laneFromRow(r),
    serviceCode: str(r.service_code),
    shipDate: str(r.ship_date),
    co2eKg: Number(r.co2e_kg),
    weightKg: Number(r.weight_kg),
  };
}

/** `?` or `$n` for the n-th parameter. */
const marker = (style: Placeholders, n: number): string => (style === 'dollar' ? `$${n}` : '?');

const LANE = 'origin_city, origin_country, destination_city, destination_country';

/** Per lane and service in the period; uses the (account_number, ship_date) index. Parameters: account, from, to. */
export function laneServiceEmissionsSql(style: Placeholders): string {
  const [a, f, t] = [1, 2, 3].map((n) => marker(style, n));
  return `SELECT ${LANE}, service_code, count(*) AS shipments, sum(co2e_kg) AS co2e_kg, sum(weight_kg) AS weight_kg
            FROM shipments
           WHERE account_number = ${a} AND ship_date >= ${f} AND ship_date <= ${t}
           GROUP BY ${LANE}, service_code
           ORDER BY sum(co2e_kg) DESC, ${LANE}, service_code`;
}

/** The largest single emitters in the period. Parameters: account, from, to, limit. */
export function largestParcelsSql(style: Placeholders): string {
  const [a, f, t, l] = [1, 2, 3, 4].map((n) => marker(style, n));
  return `SELECT tracking_number, ${LANE}, service_code, ship_date, co2e_kg, weight_kg
            FROM shipments
           WHERE account_number = ${a} AND ship_date >= ${f} AND ship_date <= ${t}
           ORDER BY co2e_kg DESC, tracking_number
           LIMIT ${l}`;
}
