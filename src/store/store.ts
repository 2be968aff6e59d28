/**
 * One async interface over the persistent state. SQLite (better-sqlite3) is the embedded default;
 * PostgreSQL implements the same interface. Repositories are grouped by concern.
 */
import type { AgentAvailabilityRepository } from './availabilityRecords.ts';
import type { SatisfactionRepository } from './satisfactionRecords.ts';
import type { SupervisorStatsRepository } from './supervisorRecords.ts';
import type { Activity } from '../activity.ts';
import type {
  AccountRecord,
  AccountRole,
  ActivityDirection,
  ConversationOwner,
  ConversationRecord,
  Dataset,
  DatasetPart,
  IdentityRecord,
  InboxMessage,
  InvoiceDisputeRecord,
  InvoiceRecord,
  MediaRecord,
  MembershipRecord,
  NewInboxMessage,
  NewInvoiceDispute,
  NewOutboxDelivery,
  NewMedia,
  NewOutboundMessage,
  NewOutboxMessage,
  NewTicket,
  NewUser,
  NewVerification,
  OutboundMessageRecord,
  OutboundStatus,
  OutboxDelivery,
  OutboxMessage,
  ShipmentEventRecord,
  ShipmentRecord,
  ShipmentStatus,
  StoredActivity,
  TicketCategory,
  TicketCustomerMessage,
  TicketRecord,
  UserRecord,
  VerificationRecord,
} from './records.ts';
import type { Broadcast } from './broadcast.ts';
import type {
  AgentPresenceRepository,
  AgentRepository,
  AgentSessionRepository,
  HandoffRepository,
  SignInFailureRepository,
  TicketNoteRepository,
} from './handoffRecords.ts';
import type { DeliveryChangeRepository, DeliveryInstructionRepository, EmissionsRepository, TicketAttachmentRepository } from './supportRecords.ts';
import type { TicketChange, TicketEventRecord, TicketQuery } from './ticketRecords.ts';
import type { QueueStatsRepository } from './queueStats.ts';
import type { ParcelAlertRepository, SubscriptionRepository } from './subscriptionRecords.ts';

export interface AccountRepository {
  get(number: string): Promise<AccountRecord | null>;
  list(): Promise<AccountRecord[]>;
  /** Accounts a user belongs to, with that user's roles on each. */
  membershipsOf(userId: string): Promise<MembershipRecord[]>;
  members(accountNumber: string): Promise<MembershipRecord[]>;
  /** Adds roles to the user's membership (creating it); roles already held stay, once each. */
  grantRoles(accountNumber: string, userId: string, roles: readonly AccountRole[]): Promise<void>;
  /**
   * Takes every role of the user on the account away. Throws LastAdminError, changing nothing, when
   * the user is the account's only Admin; false when the user was not a member.
   */
  revokeUser(accountNumber: string, userId: string): Promise<boolean>;
  /**
   * Replaces a member's roles on the account with `roles` (at least one). Throws LastAdminError,
   * changing nothing, when it would take Admin from the account's only Admin; false when the user was
   * not a member (nothing is written).
   */
  setRoles(accountNumber: string, userId: string, roles: readonly AccountRole[]): Promise<boolean>;
}

/** Removing this user would leave the account without an Admin. */
export class LastAdminError extends Error {
  constructor(readonly accountNumber: string, readonly userId: string) {
    super(`${userId} is the only Admin of account ${accountNumber}`);
    this.name = 'LastAdminError';
  }
}

export interface UserRepository {
  get(id: string): Promise<UserRecord | null>;
  list(): Promise<UserRecord[]>;
  /**
   * The user with this e-mail address, compared case-insensitively (ASCII letters, in both stores);
   * an exact match wins over a case variant, then the lowest id. Null when none.
   */
  byEmail(email: string): Promise<UserRecord | null>;
  /** Registers a user under a new id; an e-mail already registered (in any case) is an error. */
  create(user: NewUser, at: string): Promise<UserRecord>;
}

export interface IdentityRepository {
  find(channelId: string, externalId: string): Promise<IdentityRecord | null>;
  link(identity: IdentityRecord): Promise<void>;
  unlink(channelId: string, externalId: string): Promise<void>;
}

/** Account-scoped search; every filter narrows, and the account is never optional. */
export interface ShipmentSearch {
  accountNumber: string;
  shipDateFrom?: string;
  shipDateTo?: string;
  originCountry?: string;
  originCity?: string;
  destinationCountry?: string;
  destinationCity?: string;
  /** Any of these cities (a metro area's names, as the records spell them). */
  originCities?: readonly string[];
  destinationCities?: readonly string[];
  statuses?: ShipmentStatus[];
  /** UPS service codes, any of them ("07", "65"). */
  serviceCodes?: string[];
  limit?: number;
}

export interface ShipmentRepository {
  /** Any account's shipment by tracking number: callers decide what an outsider may see. */
  byTrackingNumber(trackingNumber: string): Promise<ShipmentRecord | null>;
  search(query: ShipmentSearch): Promise<ShipmentRecord[]>;
  events(trackingNumber: string): Promise<ShipmentEventRecord[]>;
  countForAccount(accountNumber: string): Promise<number>;
}

/** One scan a carrier reported, as the store keeps it (src/shipments/carrierSource.ts says where it comes from). */
export interface CarrierScan {
  /** What makes it the same scan when reported again. */
  key: string;
  at: string;
  /** Null for a scan that changes no status (the parcel keeps its own). */
  status: ShipmentStatus | null;
  code: string;
  description: string;
  city: string;
  country: string;
}

export interface CarrierUpdate {
  trackingNumber: string;
  /** Oldest first. */
  scans: CarrierScan[];
  /** Left as they are when undefined (a push may not say). */
  estimatedDelivery?: string | null;
  deliveredAt?: string | null;
  /** Set when this is the carrier's whole answer to a lookup: the copy is confirmed as of then. */
  checkedAt?: string;
  receivedAt: string;
}

/** What an update did: the status before and after, and the scans that were new. */
export interface CarrierUpdateResult {
  from: ShipmentStatus;
  to: ShipmentStatus;
  added: ShipmentEventRecord[];
}

/** The stored parcels as a carrier updates them (issue 21). */
export interface CarrierCopyRepository {
  /** Applies the scans not applied before, in one transaction; null when the parcel is not in the store. */
  apply(update: CarrierUpdate): Promise<CarrierUpdateResult | null>;
  /** When the carrier last confirmed the parcel's whole copy; null when it never did. */
  checkedAt(trackingNumber: string): Promise<string | null>;
}

export interface ConversationRepository {
  get(id: string): Promise<ConversationRecord | null>;
  /** Creates the conversation on first sight; returns it as stored. */
  ensure(init: Pick<ConversationRecord, 'id' | 'channelId' | 'externalUserId' | 'locale' | 'timeZone'>, at: string): Promise<ConversationRecord>;
  update(
    id: string,
    patch: Partial<Pick<ConversationRecord, 'userId' | 'accountNumber' | 'locale' | 'timeZone' | 'owner' | 'state'>>,
    at: string,
  ): Promise<void>;
  listByOwner(owner: ConversationOwner): Promise<ConversationRecord[]>;
}

export interface ActivityRepository {
  /** Appends to the conversation's log and returns the stored row with its position. */
  append(conversationId: string, direction: ActivityDirection, activity: Activity): Promise<StoredActivity>;
  /** Activities after position `afterSeq` (exclusive; -1 for all), in order. */
  list(conversationId: string, afterSeq?: number): Promise<StoredActivity[]>;
  count(conversationId: string): Promise<number>;
  /** The customer's newest activity in the conversation (direction 'in'), or null. */
  lastInbound(conversationId: string): Promise<StoredActivity | null>;
}

export interface ReceiptRepository {
  /**
   * Records that an inbound delivery was taken for processing. Returns false when the same
   * channel already delivered that id: the caller drops the duplicate. Atomic across instances.
   */
  claim(channelId: string, deliveryId: string, at: string): Promise<boolean>;
}

/** A lease: who holds the rows it hands out, from when, until when, and how many at most. */
export interface LeaseRequest {
  owner: string;
  now: string;
  until: string;
  limit: number;
}

/** A message as `InboxRepository.accept` left it. */
export interface AcceptedInboxMessage {
  message: InboxMessage;
  /** False for a redelivery: the message was there already. */
  fresh: boolean;
  /** Leased by the accepting call (its `lease` asked for it); absent otherwise. */
  leased?: true;
}

/**
 * The durable inbox: inbound platform messages committed before the platform gets its 200, kept
 * until their turn completed. Turns are handed out in order per conversation, under leases.
 */
export interface InboxRepository {
  /**
   * Commits the messages in one transaction. A message whose (channel, message id) is already there
   * is not added again: its entry comes back as stored, with `fresh: false`. With `lease`, up to
   * `lease.limit` of the fresh messages that are their conversation's next are leased in the same
   * transaction (as `leaseIfNext` does): those come back leased, with `leased: true`.
   */
  accept(messages: readonly NewInboxMessage[], at: string, lease?: LeaseRequest): Promise<AcceptedInboxMessage[]>;
  /**
   * Leases the oldest uncompleted message of each conversation whose own oldest is free (never
   * leased, or its lease ended by `now`), oldest first, up to `limit`. Each caller gets a disjoint
   * set, across instances; a conversation's next message is handed out once the one before completed.
   */
  lease(request: LeaseRequest): Promise<InboxMessage[]>;
  /**
   * Leases the conversation's oldest uncompleted message when nobody holds it; null otherwise. What
   * an instance does for a conversation it knows has work (it accepted a message, it completed one),
   * instead of a `lease` over every conversation.
   */
  leaseNext(conversationId: string, request: Omit<LeaseRequest, 'limit'>): Promise<InboxMessage | null>;
  /**
   * Leases one message (a channel whose HTTP answer waits for the turn runs it at once) when it is
   * open, nobody holds it and it is its conversation's next: every message accepted before it
   * completed. Null otherwise. A conversation's messages are numbered in the order they commit, so
   * two turns of one conversation never run side by side, on any instance.
   */
  leaseIfNext(id: number, request: Omit<LeaseRequest, 'limit'>): Promise<InboxMessage | null>;
  /**
   * Completes the turn and queues its replies in the outbox, in one transaction. False (nothing
   * written) when `owner` no longer holds the lease or the message was completed already.
   */
  complete(id: number, owner: string, at: string, replies: readonly NewOutboxDelivery[]): Promise<boolean>;
  /**
   * `complete`, and in the same transaction, when it completed, leased for `next.owner`: the
   * conversation's next message (as `leaseNext` does) and, when replies were queued, its first due
   * delivery (as `DeliveryRepository.leaseNext` does). The next turn and the first send start without
   * a statement of their own.
   */
  completeAndLeaseNext(
    message: { id: number; conversationId: string },
    owner: string,
    at: string,
    replies: readonly NewOutboxDelivery[],
    next: Omit<LeaseRequest, 'limit'>,
  ): Promise<{ completed: boolean; next: InboxMessage | null; send: OutboxDelivery | null }>;
  /** Ends every open lease at `at` (the only process on a SQLite file takes over what it left). */
  expireLeases(at: string): Promise<number>;
  /** Deletes the messages completed before `before`; returns how many. */
  purgeCompleted(before: string): Promise<number>;
  /** Extends `owner`'s leases of these open messages to `until`; returns the ids it still held. */
  renewLeases(ids: readonly number[], owner: string, until: string): Promise<number[]>;
  /**
   * `owner` ends its lease of this open message: anyone may lease it from `at`, and `owner`'s renewals
   * no longer extend it. False when `owner` no longer holds it.
   */
  endLease(id: number, owner: string, at: string): Promise<boolean>;
  /**
   * The store failed in `owner`'s turn of this open message: its lease ends and it runs again from
   * `until` (as `endLease`), and this start is not counted as an attempt. False when `owner` no longer
   * holds it.
   */
  deferAfterStoreFailure(id: number, owner: string, until: string): Promise<boolean>;
  get(channelId: string, messageId: string): Promise<InboxMessage | null>;
}

/**
 * The durable outbox: outbound activities committed before they are sent, sent in order per
 * conversation, retried until the platform accepts them or given up as undeliverable.
 */
export interface DeliveryRepository {
  /** Queues activities; an activity already queued on its channel is not queued again. Returns what was added. */
  enqueue(deliveries: readonly NewOutboxDelivery[], at: string): Promise<OutboxDelivery[]>;
  /** Leases each conversation's oldest pending delivery that is due (not_before ≤ now) and free. */
  lease(request: LeaseRequest): Promise<OutboxDelivery[]>;
  /** Leases the conversation's oldest pending delivery when it is due and free; null otherwise. */
  leaseNext(conversationId: string, request: Omit<LeaseRequest, 'limit'>): Promise<OutboxDelivery | null>;
  /** The platform accepted it. False when it was not pending (sent or given up already). */
  markSent(id: number, at: string, transport: string): Promise<boolean>;
  /** `markSent`, and in the same transaction the conversation's next due delivery leased for `next.owner` (as `leaseNext`). */
  markSentAndLeaseNext(
    delivery: { id: number; conversationId: string },
    at: string,
    transport: string,
    next: Omit<LeaseRequest, 'limit'>,
  ): Promise<{ marked: boolean; next: OutboxDelivery | null }>;
  /**
   * A send failed: pending again from `retryAt`, or undeliverable (given up) when `retryAt` is null.
   * False when `owner` no longer holds it.
   */
  markFailed(id: number, owner: string, error: string, retryAt: string | null, at: string): Promise<boolean>;
  /** Ends every open lease at `at` (the only process on a SQLite file takes over what it left). */
  expireLeases(at: string): Promise<number>;
  /** Deletes the deliveries sent before `before` (undeliverable ones stay); returns how many. */
  purgeSent(before: string): Promise<number>;
  /** Extends `owner`'s leases of these pending deliveries to `until`; returns the ids it still held. */
  renewLeases(ids: readonly number[], owner: string, until: string): Promise<number[]>;
  /** `owner` ends its lease of this pending delivery without sending it: due again from `at`. False when `owner` no longer holds it. */
  endLease(id: number, owner: string, at: string): Promise<boolean>;
  /** Whether the delivery is still pending and leased by `owner` at `now` (what a send checks once writes were lost). */
  heldBy(id: number, owner: string, now: string): Promise<boolean>;
  /** The inbox message's pending deliveries become due at `at` (a channel stopped holding them). */
  hurry(inboxId: number, at: string): Promise<void>;
  /** The deliveries an inbox message's turn produced, in order. */
  forInbox(inboxId: number): Promise<OutboxDelivery[]>;
  forConversation(conversationId: string): Promise<OutboxDelivery[]>;
  /** Given-up deliveries, newest first (the agent console shows them). */
  undeliverable(limit: number): Promise<OutboxDelivery[]>;
}

export interface TicketRepository {
  create(ticket: NewTicket, at: string): Promise<TicketRecord>;
  get(number: string): Promise<TicketRecord | null>;
  listForConversation(conversationId: string): Promise<TicketRecord[]>;
  /** The account's tickets of a category that are still open (any state before resolved), oldest first. */
  openForAccount(accountNumber: string, category: TicketCategory): Promise<TicketRecord[]>;
  /**
   * Adds what the customer wrote to an open ticket (asking again about the same parcel and category
   * adds to the ticket instead of opening a second one): appended to `details.customerMessages`,
   * `updatedAt` set to `at`. Returns the ticket as it is now, or null when there is no such ticket.
   */
  addCustomerMessage(number: string, message: TicketCustomerMessage, at: string): Promise<TicketRecord | null>;
  /**
   * One open ticket per parcel and category, atomically: the ticket of `ticket.category` open or
   * pending about its one parcel (`ticket.trackingNumbers`, exactly one) with `message` added
   * (`existing: true`), or `ticket` created for that parcel. Two calls at once for the same parcel and
   * category give one ticket (a unique partial index backs it).
   */
  openOnParcel(ticket: NewTicket, message: TicketCustomerMessage | null, at: string): Promise<{ ticket: TicketRecord; existing: boolean }>;
  /**
   * Applies the change and appends its timeline line in one transaction, only while the ticket is in
   * one of `change.from`. Null when it is not (somebody else moved it first) or there is no such ticket.
   */
  change(number: string, change: TicketChange): Promise<TicketRecord | null>;
  /** The ticket's timeline lines, in order. */
  events(number: string): Promise<TicketEventRecord[]>;
  /** The console's search and filters, newest first. */
  search(query: TicketQuery): Promise<TicketRecord[]>;
}

/** The one parcel a parcel ticket names; a ticket about several parcels or none is a bug here. */
export function parcelOf(ticket: Pick<NewTicket, 'trackingNumbers'>): string {
  if (ticket.trackingNumbers.length !== 1) throw new Error(`a parcel ticket names exactly one parcel, not ${ticket.trackingNumbers.length}`);
  return ticket.trackingNumbers[0]!;
}

/** An account's invoices (src/demo/invoices.ts generates the demo's). */
export interface InvoiceRepository {
  /** The account's invoices, newest period first, up to `limit`. */
  listForAccount(accountNumber: string, limit: number): Promise<InvoiceRecord[]>;
  /** Any account's invoice by number: callers check that it is the speaker's account. */
  get(number: string): Promise<InvoiceRecord | null>;
}

export interface InvoiceDisputeRepository {
  /**
   * Opens a dispute in one transaction: the ticket, the dispute naming it, and the invoice marked
   * disputed. Throws, writing nothing, when the invoice is not the dispute's account's.
   */
  create(dispute: NewInvoiceDispute, ticket: NewTicket, at: string): Promise<{ dispute: InvoiceDisputeRecord; ticket: TicketRecord }>;
  /** An invoice's disputes, oldest first. */
  listForInvoice(invoiceNumber: string): Promise<InvoiceDisputeRecord[]>;
}

/** Verification codes for linking channel identities (src/accounts/linking.ts holds the rules). */
export interface VerificationRepository {
  create(verification: NewVerification): Promise<VerificationRecord>;
  /**
   * The identity's newest verification while it is not consumed, expired or not: a newer request
   * supersedes older codes, and a consumed newest one means nothing is pending. Null otherwise.
   */
  latestOpen(channelId: string, externalId: string): Promise<VerificationRecord | null>;
  /** Counts one attempt, atomically; returns the attempts now recorded (0 for an unknown id). */
  recordAttempt(id: number): Promise<number>;
  /** Marks the code used; false when it was already consumed (or does not exist): exactly one caller wins. */
  consume(id: number, at: string): Promise<boolean>;
  /** Verifications created for the identity at or after `sinceIso` (rate limiting). */
  countSince(channelId: string, externalId: string, sinceIso: string): Promise<number>;
  /** Verifications created for the user, from any identity, at or after `sinceIso` (per-address throttle). */
  countForUserSince(userId: string, sinceIso: string): Promise<number>;
}

export interface OutboxClaim {
  limit: number;
  maxAttempts?: number;
  now: string;
  until: string;
}

/** E-mail to send; src/accounts/mail/mailDelivery.ts drains it. */
export interface OutboxRepository {
  enqueue(message: NewOutboxMessage, at: string): Promise<OutboxMessage>;
  /**
   * Unsent messages, oldest first, up to `limit`; with `maxAttempts`, only those tried fewer times
   * (the ones that gave up stay in the outbox with their error, out of the way).
   */
  pending(limit: number, maxAttempts?: number): Promise<OutboxMessage[]>;
  /**
   * Like `pending`, but only messages nobody claimed (or whose claim lapsed before `now`), and claims
   * them until `until`: instances draining one outbox never send a message twice. Recording the
   * attempt (markSent, markFailed) ends the claim.
   */
  claim(request: OutboxClaim): Promise<OutboxMessage[]>;
  /** Records the delivery: sent_at, transport, one more attempt. */
  markSent(id: number, at: string, transport: string): Promise<void>;
  /** Records a failed attempt and its reason; the message stays pending. */
  markFailed(id: number, error: string, at: string): Promise<void>;
  /** The newest messages first, sent or not. */
  list(limit: number): Promise<OutboxMessage[]>;
}

/** Files customers sent on a channel, kept for tickets (customs documents, photos of damage). */
export interface MediaRepository {
  /**
   * Stores a downloaded file under a new id, with its size and SHA-256. The same platform media
   * (channel, provider media id) is stored once: saving it again returns the first record.
   */
  save(media: NewMedia): Promise<MediaRecord>;
  get(id: string): Promise<MediaRecord | null>;
  findByProvider(channelId: string, providerMediaId: string): Promise<MediaRecord | null>;
}

/** Messages sent (or held back) on a channel and the platform's delivery statuses for them. */
export interface OutboundMessageRepository {
  /** `statusAt` is also the creation time. A provider message id is unique per channel. */
  record(message: NewOutboundMessage): Promise<OutboundMessageRecord>;
  /**
   * Applies a platform status to the message with that id. A status never goes back (webhooks
   * arrive out of order: `delivered` after `read` is ignored) and `failed` is final. True when the
   * record changed; false for an unknown message or a stale status.
   */
  updateStatus(channelId: string, providerMessageId: string, status: OutboundStatus, at: string, error: string | null): Promise<boolean>;
  get(channelId: string, providerMessageId: string): Promise<OutboundMessageRecord | null>;
  /**
   * Marks these queued messages `released` (their sends are in the outbox) and returns the ids it
   * marked: exactly one caller marks each (the sender then records their actual sends).
   */
  release(ids: readonly number[], at: string): Promise<number[]>;
  /** The conversation's messages queued outside the service window, oldest first (one index range). */
  listQueued(channelId: string, conversationId: string): Promise<OutboundMessageRecord[]>;
  /** Every message of a conversation, in the order they were recorded. */
  listForConversation(conversationId: string): Promise<OutboundMessageRecord[]>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly accounts: AccountRepository;
  readonly users: UserRepository;
  readonly identities: IdentityRepository;
  readonly shipments: ShipmentRepository;
  /** A carrier's scans applied to the stored parcels (issue 21). */
  readonly carrierCopies: CarrierCopyRepository;
  readonly conversations: ConversationRepository;
  readonly activities: ActivityRepository;
  readonly receipts: ReceiptRepository;
  /** The durable inbox and outbox (issue 16). */
  readonly inbox: InboxRepository;
  readonly deliveries: DeliveryRepository;
  /** How much waits in the inbox and outbox (the metrics scrape). */
  readonly queueStats: QueueStatsRepository;
  readonly tickets: TicketRepository;
  readonly verifications: VerificationRepository;
  readonly outbox: OutboxRepository;
  readonly media: MediaRepository;
  readonly outboundMessages: OutboundMessageRepository;
  /** Support flows (issue 6): delivery changes, files on tickets, emissions per lane. */
  readonly deliveryChanges: DeliveryChangeRepository;
  /** What the driver is to do at the delivery (leave with a neighbour, at reception), as the customer confirmed it. */
  readonly deliveryInstructions: DeliveryInstructionRepository;
  readonly ticketAttachments: TicketAttachmentRepository;
  readonly emissions: EmissionsRepository;
  readonly invoices: InvoiceRepository;
  readonly disputes: InvoiceDisputeRepository;
  /** Human handoff (issue 8): handoffs with their audit trail, agents, console sessions, ticket notes. */
  readonly handoffs: HandoffRepository;
  readonly agents: AgentRepository;
  readonly agentSessions: AgentSessionRepository;
  readonly ticketNotes: TicketNoteRepository;
  readonly agentPresence: AgentPresenceRepository;
  readonly signInFailures: SignInFailureRepository;
  /** Agents available or away, and their capacity (issue 20). */
  readonly agentAvailability: AgentAvailabilityRepository;
  /** Satisfaction surveys after a resolution (issue 20). */
  readonly satisfaction: SatisfactionRepository;
  /** What the supervisor's charts read (issue 20). */
  readonly supervisorStats: SupervisorStatsRepository;
  /** Chat subscriptions to parcels and the proactive alerts they lead to (issue 21). */
  readonly subscriptions: SubscriptionRepository;
  readonly parcelAlerts: ParcelAlertRepository;
  /** Messages to the other instances on the same database (PostgreSQL); null when there can be none (SQLite). */
  readonly broadcast: Broadcast | null;
  /** Brings the schema to the newest migration. Idempotent. */
  migrate(): Promise<void>;
  /** True when no account exists yet (a fresh database that the demo data may fill). */
  isEmpty(): Promise<boolean>;
  /** Loads a whole data set in one transaction. */
  importDataset(dataset: Dataset): Promise<void>;
  /**
   * Loads a data set part after part, asking for the next part once the last is written (so a
   * generator's parts need never all be in memory; src/demo/generateDataset.ts). All or nothing as
   * `isEmpty()` tells: PostgreSQL writes it in one transaction; SQLite in one per part, with the
   * accounts and users last, and a load after one cut short starts over.
   */
  importDatasetParts(parts: Iterable<DatasetPart>): Promise<void>;
  /**
   * Runs `work` while no other process on this database runs work under the same `name` (PostgreSQL:
   * a session advisory lock; SQLite: one process at a time already). For check-then-create steps of
   * a start, such as the demo data, that several instances starting together must do once.
   */
  exclusively<T>(name: string, work: () => Promise<T>): Promise<T>;
  /** Throws when the database cannot answer (readiness probe). */
  ping(): Promise<void>;
  /**
   * Resolves when every write made so far is committed. Whoever acts on a write outside this process
   * (a platform's 200, a send, a passive reply, a mail) awaits it first: a SQLite file commits the
   * writes of concurrent turns together (see sqlite/groupCommit.ts); PostgreSQL has committed already.
   */
  durable(): Promise<void>;
  /**
   * How many times writes this process had made were rolled back after the fact (a SQLite group
   * commit that failed: a full disk, an I/O error); always 0 on PostgreSQL, where a write that
   * resolved is committed. A writer that did not wait for `durable()` compares it before acting on
   * what it wrote (the outbox before a send).
   */
  lostWrites(): number;
  /**
   * Runs `work` (a customer's turn) as one unit: on PostgreSQL every statement the repositories run
   * for it, however deep, goes into one transaction on one connection (begun at the first statement),
   * committed when `work` resolves and rolled back when it throws; `durable()` inside commits what is
   * done so far. On
   * SQLite `work` runs as it is: the group commit already joins its writes (and those of the turns
   * beside it) in one transaction. Nested calls join the outer unit.
   */
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
