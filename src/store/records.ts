/**
 * The records the store keeps. Every concern (accounts, shipments, escalation, transcripts) works with
 * these shapes; the SQL behind them lives only in the store implementations.
 */
import type { Activity, ConversationRef } from '../activity.ts';

/** Roles on an account, as in the UPS Billing Center SOP (../shared/seeds). */
export const ROLES = ['View', 'Pay', 'Dispute', 'Admin'] as const;
export type AccountRole = (typeof ROLES)[number];

export const ACCOUNT_TIERS = ['standard', 'enterprise_vip'] as const;
export type AccountTier = (typeof ACCOUNT_TIERS)[number];

export interface AccountRecord {
  /** Six alphanumeric characters, upper case (the UPS account number). */
  number: string;
  name: string;
  tier: AccountTier;
  country: string;
  /** Annual shipping spend in USD, which decides VIP programme eligibility. */
  annualVolumeUsd: number;
  createdAt: string;
}

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  locale: string;
  timeZone: string;
  createdAt: string;
}

export interface MembershipRecord {
  accountNumber: string;
  userId: string;
  roles: AccountRole[];
}

/** A channel identity (web chat user id, WhatsApp number, WeChat openid …) linked to a carrier user. */
export interface IdentityRecord {
  channelId: string;
  externalId: string;
  userId: string;
  linkedAt: string;
}

export const SHIPMENT_STATUSES = [
  'label_created',
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'exception',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const CUSTOMS_STATES = ['not_required', 'pending', 'in_review', 'held', 'cleared'] as const;
export type CustomsState = (typeof CUSTOMS_STATES)[number];

export interface PlaceRecord {
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface PartyRecord {
  name: string;
  phone: string | null;
  email: string | null;
  address: string;
}

export interface ShipmentRecord {
  trackingNumber: string;
  accountNumber: string;
  /** UPS service code (01, 02, 03, 07, 08, 11, 65 …) and its name. */
  serviceCode: string;
  serviceName: string;
  /** Local calendar date the label was made, YYYY-MM-DD (origin time zone). */
  shipDate: string;
  origin: PlaceRecord;
  destination: PlaceRecord;
  status: ShipmentStatus;
  estimatedDelivery: string | null;
  deliveredAt: string | null;
  declaredValue: { amount: number; currency: string };
  customsState: CustomsState;
  weightKg: number;
  co2eKg: number;
  sender: PartyRecord;
  recipient: PartyRecord;
  /** Time of the newest event, for "silent for N days" checks. */
  lastEventAt: string;
}

export interface ShipmentEventRecord {
  trackingNumber: string;
  seq: number;
  at: string;
  status: ShipmentStatus;
  /** UPS activity status type: M manifest, P pickup, I in transit, O out for delivery, D delivered, X exception. */
  code: string;
  description: string;
  city: string;
  country: string;
}

export const CONVERSATION_OWNERS = ['bot', 'agent'] as const;
export type ConversationOwner = (typeof CONVERSATION_OWNERS)[number];

export interface ConversationRecord {
  id: string;
  channelId: string;
  /** The channel's id for the customer (Direct Line user id, WhatsApp number, WeChat openid). */
  externalUserId: string;
  userId: string | null;
  accountNumber: string | null;
  locale: string;
  timeZone: string;
  owner: ConversationOwner;
  /** Dialog state, owned by src/dialog and opaque here. */
  state: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export type ActivityDirection = 'in' | 'out';

export interface StoredActivity {
  conversationId: string;
  /** 0-based position in the conversation: the Direct Line watermark. */
  seq: number;
  direction: ActivityDirection;
  activity: Activity;
}

export const TICKET_CATEGORIES = [
  'lost_delayed',
  'damage',
  'customs',
  'delivery_change',
  'billing_dispute',
  'complaint',
  'general',
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

/**
 * new (nobody on it yet) -> open (a person works it) -> waiting on the customer / on the carrier ->
 * resolved -> closed. The moves allowed between them are in src/tickets/ticketStates.ts.
 */
export const TICKET_STATES = ['new', 'open', 'waiting_on_customer', 'waiting_on_carrier', 'resolved', 'closed'] as const;
export type TicketState = (typeof TICKET_STATES)[number];
/** The states of a ticket still being worked: at most one such per parcel and category. */
export const OPEN_TICKET_STATES: readonly TicketState[] = ['new', 'open', 'waiting_on_customer', 'waiting_on_carrier'];

/** The queue a ticket waits in: agents work some queues (src/escalation/serviceLevels.ts queueOf). */
export const TICKET_QUEUES = ['support', 'customs', 'billing', 'vip'] as const;
export type TicketQueue = (typeof TICKET_QUEUES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export interface TicketRecord {
  /** Human-facing number, e.g. CA-000123. */
  number: string;
  category: TicketCategory;
  priority: TicketPriority;
  state: TicketState;
  queue: TicketQueue;
  conversationId: string | null;
  accountNumber: string | null;
  userId: string | null;
  trackingNumbers: string[];
  subject: string;
  /** Flow-specific facts (contacts, dates, claim amounts …). */
  details: Record<string, unknown>;
  /** The agent who owns it, or null. */
  assignee: string | null;
  /** When a person first answered the customer about it (the first-response SLA is met then). */
  firstResponseAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A customer's message added to an open ticket, kept in its `details.customerMessages`. */
export interface TicketCustomerMessage {
  text: string;
  conversationId: string | null;
  at: string;
}

export interface NewTicket {
  category: TicketCategory;
  priority: TicketPriority;
  conversationId: string | null;
  accountNumber: string | null;
  userId: string | null;
  trackingNumbers: string[];
  subject: string;
  details: Record<string, unknown>;
  /** Its queue when the opener knows it (the handoff desk); else from the category and the account's tier. */
  queue?: TicketQueue;
}

/** Everything the demo generator produces, loaded in one transaction. */
export interface Dataset {
  accounts: AccountRecord[];
  users: UserRecord[];
  memberships: MembershipRecord[];
  identities: IdentityRecord[];
  shipments: ShipmentRecord[];
  events: ShipmentEventRecord[];
  /** Invoices per account, derived from its shipments (src/demo/invoices.ts); absent means none. */
  invoices?: InvoiceRecord[];
}

/**
 * Part of a data set, loaded after the parts before it (the accounts and users before the shipments
 * that name them): a big data set is generated and loaded part by part, never whole in memory.
 */
export type DatasetPart = Partial<Dataset>;

export const INVOICE_STATUSES = ['open', 'paid', 'overdue', 'disputed'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** A bill for one account and one billing period (a week or a month of shipments). */
export interface InvoiceRecord {
  number: string;
  accountNumber: string;
  /** The period's first and last local calendar days, YYYY-MM-DD, both included. */
  periodStart: string;
  periodEnd: string;
  /** ISO 8601 UTC instants. */
  issuedAt: string;
  dueAt: string;
  amount: number;
  /** ISO 4217, the account's billing currency. */
  currency: string;
  status: InvoiceStatus;
  paidAt: string | null;
}

/** A customer's dispute of an invoice (or of a charge on it), handled through its billing_dispute ticket. */
export interface InvoiceDisputeRecord {
  id: number;
  invoiceNumber: string;
  accountNumber: string;
  userId: string;
  reason: string;
  /** The disputed part, in the invoice's currency; null when the whole invoice is disputed. */
  amountDisputed: number | null;
  createdAt: string;
  ticketNumber: string;
}

export type NewInvoiceDispute = Pick<InvoiceDisputeRecord, 'invoiceNumber' | 'accountNumber' | 'userId' | 'reason' | 'amountDisputed'>;

/** A user created in the chat by an account's Admin (the id is the store's). */
export type NewUser = Pick<UserRecord, 'name' | 'email' | 'phone' | 'locale' | 'timeZone'>;

/**
 * A verification code sent (or pretended to be sent) to link a channel identity to a user. `userId`
 * is null when the e-mail matched nobody: the row exists all the same so that request and answer
 * look alike either way, and it can never verify. Only a salted hash of the code is kept.
 */
export interface VerificationRecord {
  id: number;
  channelId: string;
  externalId: string;
  userId: string | null;
  codeHash: string;
  createdAt: string;
  expiresAt: string;
  /** Attempts made on this code so far (right or wrong). */
  attempts: number;
  consumedAt: string | null;
}

export type NewVerification = Pick<VerificationRecord, 'channelId' | 'externalId' | 'userId' | 'codeHash' | 'createdAt' | 'expiresAt'>;

/** An e-mail waiting in, or delivered from, the outbox. */
export interface OutboxMessage {
  id: number;
  toAddress: string;
  subject: string;
  bodyText: string;
  createdAt: string;
  sentAt: string | null;
  /** How it left: 'mailbox' (the dev mailbox kept it) or 'smtp'; null until sent. */
  transport: string | null;
  /** The last delivery failure, kept after a later success. */
  error: string | null;
  /** Delivery attempts so far, the successful one included. */
  attempts: number;
  lastAttemptAt: string | null;
}

export type NewOutboxMessage = Pick<OutboxMessage, 'toAddress' | 'subject' | 'bodyText'>;

/** A file a customer sent on a channel, downloaded from the platform (platform links expire). */
export interface MediaRecord {
  id: string;
  channelId: string;
  conversationId: string | null;
  /** The platform's id for the file (WhatsApp media id, WeChat MediaId). */
  providerMediaId: string;
  contentType: string;
  fileName: string | null;
  sizeBytes: number;
  /** Lowercase hex SHA-256 of `data`, computed by us. */
  sha256: string;
  data: Buffer;
  createdAt: string;
}

export type NewMedia = Omit<MediaRecord, 'id' | 'sizeBytes' | 'sha256'>;

/**
 * Where a message we sent on a channel stands. `queued_outside_window`: held back because the
 * platform only allows templates now; `released`: a queued message that was later sent (its send is
 * a row of its own); `accepted`: the platform took it; then the platform's own statuses.
 */
export const OUTBOUND_STATUSES = ['queued_outside_window', 'released', 'accepted', 'sent', 'delivered', 'read', 'played', 'failed'] as const;
export type OutboundStatus = (typeof OUTBOUND_STATUSES)[number];

/** The statuses a platform reports, in the order a message goes through them; `failed` is final. */
export const PROVIDER_STATUS_ORDER: readonly OutboundStatus[] = ['accepted', 'sent', 'delivered', 'read', 'played', 'failed'];

export interface OutboundMessageRecord {
  id: number;
  channelId: string;
  /** The platform's message id (WhatsApp wamid, WeChat msgid); null while queued or when refused. */
  providerMessageId: string | null;
  conversationId: string;
  /** The recorded outbound activity this message carries (null for a template sent on its behalf). */
  activityId: string | null;
  status: OutboundStatus;
  statusAt: string;
  error: string | null;
  createdAt: string;
}

export type NewOutboundMessage = Pick<
  OutboundMessageRecord,
  'channelId' | 'providerMessageId' | 'conversationId' | 'activityId' | 'status' | 'statusAt' | 'error'
>;

/**
 * An inbound platform message that was accepted (the platform got our 200): kept until its turn
 * completed. `(channelId, messageId)` is unique, so a redelivery finds the first copy. A turn runs
 * under a lease (`leaseOwner` until `leaseUntil`); a lease that expired is taken over.
 */
export interface InboxMessage {
  id: number;
  channelId: string;
  /** The platform's id of the message (WhatsApp wamid, WeChat MsgId, activity id). */
  messageId: string;
  conversationId: string;
  /** What the channel needs to run the turn (the Activity and, for instance, media to fetch), as JSON. */
  payload: unknown;
  acceptedAt: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  /** How many times a turn was started for it (more than one: taken over after a crash). */
  attempts: number;
  completedAt: string | null;
}

export type NewInboxMessage = Pick<InboxMessage, 'channelId' | 'messageId' | 'conversationId' | 'payload'>;

/** `pending`: to send (or being retried); `sent`: the platform accepted it; `undeliverable`: given up, shown to agents. */
export const DELIVERY_STATUSES = ['pending', 'sent', 'undeliverable'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * An outbound activity in the durable outbox: committed before it is sent, sent in order per
 * conversation, retried with backoff until the platform accepts it or it is given up.
 */
export interface OutboxDelivery {
  id: number;
  channelId: string;
  conversationId: string;
  /** The recorded outbound activity; unique per channel, so enqueueing it again changes nothing. */
  activityId: string;
  /** The inbox message whose turn produced it (null for agent replies and notices). */
  inboxId: number | null;
  /** Where it goes and what it is: the ConversationRef and the Activity. */
  ref: ConversationRef;
  activity: Activity;
  status: DeliveryStatus;
  attempts: number;
  /** Not sent before this instant (backoff, or a channel holding it back a while). */
  notBefore: string;
  leaseOwner: string | null;
  leaseUntil: string | null;
  lastError: string | null;
  createdAt: string;
  /** When it was sent or given up. */
  settledAt: string | null;
  /** How it went out (`api`, `passive` …) once sent. */
  transport: string | null;
}

export type NewOutboxDelivery = Pick<OutboxDelivery, 'channelId' | 'conversationId' | 'activityId' | 'inboxId' | 'ref' | 'activity' | 'notBefore'>;
