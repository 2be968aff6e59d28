/**
 * Row <-> record mapping shared by both stores. The schemas use the same column names, and both
 * drivers hand JSON columns over as their text (the PostgreSQL pool is configured so), REAL /
 * double precision as numbers, and counts as numbers or numeric strings (hence `Number(...)`).
 */
import type { Activity } from '../activity.ts';
import type {
  AccountRecord,
  AccountRole,
  ConversationRecord,
  IdentityRecord,
  InvoiceDisputeRecord,
  InvoiceRecord,
  MediaRecord,
  MembershipRecord,
  OutboundMessageRecord,
  OutboundStatus,
  OutboxMessage,
  ShipmentEventRecord,
  ShipmentRecord,
  StoredActivity,
  TicketRecord,
  UserRecord,
  VerificationRecord,
} from './records.ts';

export type Row = Record<string, unknown>;

/** A column as text; and as text or null. Shared by every row mapping. */
export const str = (v: unknown): string => String(v);
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function accountFromRow(r: Row): AccountRecord {
  return {
    number: str(r.number),
    name: str(r.name),
    tier: str(r.tier) as AccountRecord['tier'],
    country: str(r.country),
    annualVolumeUsd: Number(r.annual_volume_usd),
    createdAt: str(r.created_at),
  };
}

/** Rows of (account_number, user_id, role), ordered by the membership key: one record per membership. */
export function groupMemberships(rows: Row[]): MembershipRecord[] {
  const byKey = new Map<string, MembershipRecord>();
  for (const r of rows) {
    const key = `${str(r.account_number)}\u0000${str(r.user_id)}`;
    let m = byKey.get(key);
    if (!m) {
      m = { accountNumber: str(r.account_number), userId: str(r.user_id), roles: [] };
      byKey.set(key, m);
    }
    m.roles.push(str(r.role) as AccountRole);
  }
  return [...byKey.values()];
}

export function identityFromRow(r: Row): IdentityRecord {
  return {
    channelId: str(r.channel_id),
    externalId: str(r.external_id),
    userId: str(r.user_id),
    linkedAt: str(r.linked_at),
  };
}

export function userFromRow(r: Row): UserRecord {
  return {
    id: str(r.id),
    name: str(r.name),
    email: str(r.email),
    phone: strOrNull(r.phone),
    locale: str(r.locale),
    timeZone: str(r.time_zone),
    createdAt: str(r.created_at),
  };
}

export function shipmentFromRow(r: Row): ShipmentRecord {
  return {
    trackingNumber: str(r.tracking_number),
    accountNumber: str(r.account_number),
    serviceCode: str(r.service_code),
    serviceName: str(r.service_name),
    shipDate: str(r.ship_date),
    origin: { city: str(r.origin_city), country: str(r.origin_country) },
    destination: { city: str(r.destination_city), country: str(r.destination_country) },
    status: str(r.status) as ShipmentRecord['status'],
    estimatedDelivery: strOrNull(r.estimated_delivery),
    deliveredAt: strOrNull(r.delivered_at),
    declaredValue: { amount: Number(r.declared_value), currency: str(r.declared_currency) },
    customsState: str(r.customs_state) as ShipmentRecord['customsState'],
    weightKg: Number(r.weight_kg),
    co2eKg: Number(r.co2e_kg),
    sender: JSON.parse(str(r.sender)) as ShipmentRecord['sender'],
    recipient: JSON.parse(str(r.recipient)) as ShipmentRecord['recipient'],
    lastEventAt: str(r.last_event_at),
  };
}

export function shipmentToRow(s: ShipmentRecord): Row {
  return {
    tracking_number: s.trackingNumber,
    account_number: s.accountNumber,
    service_code: s.serviceCode,
    service_name: s.serviceName,
    ship_date: s.shipDate,
    origin_city: s.origin.city,
    origin_country: s.origin.country,
    destination_city: s.destination.city,
    destination_country: s.destination.country,
    status: s.status,
    estimated_delivery: s.estimatedDelivery,
    delivered_at: s.deliveredAt,
    declared_value: s.declaredValue.amount,
    declared_currency: s.declaredValue.currency,
    customs_state: s.customsState,
    weight_kg: s.weightKg,
    co2e_kg: s.co2eKg,
    sender: JSON.stringify(s.sender),
    recipient: JSON.stringify(s.recipient),
    last_event_at: s.lastEventAt,
  };
}

export function eventFromRow(r: Row): ShipmentEventRecord {
  return {
    trackingNumber: str(r.tracking_number),
    seq: Number(r.seq),
    at: str(r.at),
    status: str(r.status) as ShipmentEventRecord['status'],
    code: str(r.code),
    description: str(r.description),
    city: str(r.city),
    country: str(r.country),
  };
}

export function conversationFromRow(r: Row): ConversationRecord {
  return {
    id: str(r.id),
    channelId: str(r.channel_id),
    externalUserId: str(r.external_user_id),
    userId: strOrNull(r.user_id),
    accountNumber: strOrNull(r.account_number),
    locale: str(r.locale),
    timeZone: str(r.time_zone),
    owner: str(r.owner) as ConversationRecord['owner'],
    state: JSON.parse(str(r.state)) as Record<string, unknown>,
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

export function storedActivityFromRow(r: Row): StoredActivity {
  return {
    conversationId: str(r.conversation_id),
    seq: Number(r.seq),
    direction: str(r.direction) as StoredActivity['direction'],
    activity: JSON.parse(str(r.body)) as Activity,
  };
}

export function ticketFromRow(r: Row): TicketRecord {
  return {
    number: str(r.number),
    category: str(r.category) as TicketRecord['category'],
    priority: str(r.priority) as TicketRecord['priority'],
    state: str(r.state) as TicketRecord['state'],
    queue: str(r.queue) as TicketRecord['queue'],
    conversationId: strOrNull(r.conversation_id),
    accountNumber: strOrNull(r.account_number),
    userId: strOrNull(r.user_id),
    trackingNumbers: JSON.parse(str(r.tracking_numbers)) as string[],
    subject: str(r.subject),
    details: JSON.parse(str(r.details)) as Record<string, unknown>,
    assignee: strOrNull(r.assignee),
    firstResponseAt: strOrNull(r.first_response_at),
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
  };
}

export function verificationFromRow(r: Row): VerificationRecord {
  return {
    id: Number(r.id),
    channelId: str(r.channel_id),
    externalId: str(r.external_id),
    userId: strOrNull(r.user_id),
    codeHash: str(r.code_hash),
    createdAt: str(r.created_at),
    expiresAt: str(r.expires_at),
    attempts: Number(r.attempts),
    consumedAt: strOrNull(r.consumed_at),
  };
}

export function outboxFromRow(r: Row): OutboxMessage {
  return {
    id: Number(r.id),
    toAddress: str(r.to_address),
    subject: str(r.subject),
    bodyText: str(r.body_text),
    createdAt: str(r.created_at),
    sentAt: strOrNull(r.sent_at),
    transport: strOrNull(r.transport),
    error: strOrNull(r.error),
    attempts: Number(r.attempts),
    lastAttemptAt: strOrNull(r.last_attempt_at),
  };
}

export function mediaFromRow(r: Row): MediaRecord {
  return {
    id: str(r.id),
    channelId: str(r.channel_id),
    conversationId: strOrNull(r.conversation_id),
    providerMediaId: str(r.provider_media_id),
    contentType: str(r.content_type),
    fileName: strOrNull(r.file_name),
    sizeBytes: Number(r.size_bytes),
    sha256: str(r.sha256),
    data: Buffer.from(r.data as Uint8Array),
    createdAt: str(r.created_at),
  };
}

export function outboundMessageFromRow(r: Row): OutboundMessageRecord {
  return {
    id: Number(r.id),
    channelId: str(r.channel_id),
    providerMessageId: strOrNull(r.provider_message_id),
    conversationId: str(r.conversation_id),
    activityId: strOrNull(r.activity_id),
    status: str(r.status) as OutboundStatus,
    statusAt: str(r.status_at),
    error: strOrNull(r.error),
    createdAt: str(r.created_at),
  };
}

/* Record -> row, keyed by column name: what a bulk import writes. */

export function accountToRow(a: AccountRecord): Row {
  return {
    number: a.number,
    name: a.name,
    tier: a.tier,
    country: a.country,
    annual_volume_usd: a.annualVolumeUsd,
    created_at: a.createdAt,
  };
}

export function userToRow(u: UserRecord): Row {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    phone: u.phone,
    locale: u.locale,
    time_zone: u.timeZone,
    created_at: u.createdAt,
  };
}

/** One row per role. */
export function membershipToRows(m: MembershipRecord): Row[] {
  return m.roles.map((role) => ({ account_number: m.accountNumber, user_id: m.userId, role }));
}

export function identityToRow(i: IdentityRecord): Row {
  return { channel_id: i.channelId, external_id: i.externalId, user_id: i.userId, linked_at: i.linkedAt };
}

export function eventToRow(e: ShipmentEventRecord): Row {
  return {
    tracking_number: e.trackingNumber,
    seq: e.seq,
    at: e.at,
    status: e.status,
    code: e.code,
    description: e.description,
    city: e.city,
    country: e.country,
  };
}

export function invoiceFromRow(r: Row): InvoiceRecord {
  return {
    number: str(r.number),
    accountNumber: str(r.account_number),
    periodStart: str(r.period_start),
    periodEnd: str(r.period_end),
    issuedAt: str(r.issued_at),
    dueAt: str(r.due_at),
    amount: Number(r.amount),
    currency: str(r.currency),
    status: str(r.status) as InvoiceRecord['status'],
    paidAt: strOrNull(r.paid_at),
  };
}

export function invoiceToRow(i: InvoiceRecord): Row {
  return {
    number: i.number,
    account_number: i.accountNumber,
    period_start: i.periodStart,
    period_end: i.periodEnd,
    issued_at: i.issuedAt,
    due_at: i.dueAt,
    amount: i.amount,
    currency: i.currency,
    status: i.status,
    paid_at: i.paidAt,
  };
}

export function invoiceDisputeFromRow(r: Row): InvoiceDisputeRecord {
  return {
    id: Number(r.id),
    invoiceNumber: str(r.invoice_number),
    accountNumber: str(r.account_number),
    userId: str(r.user_id),
    reason: str(r.reason),
    amountDisputed: r.amount_disputed === null || r.amount_disputed === undefined ? null : Number(r.amount_disputed),
    createdAt: str(r.created_at),
    ticketNumber: str(r.ticket_number),
  };
}
