/**
 * The store's schema, one migration per entry, written once for both databases: applied in order and
 * recorded in schema_migrations (version, name) by src/store/sqlite/sqliteStore.ts and
 * src/store/postgres/migrate.ts. Never edit a released migration: add a new one at the end.
 *
 * What differs between SQLite and PostgreSQL is only a column's type, named here by what it holds
 * (`t.text`, `t.real`, `t.json` …) and spelled by each store's `ColumnTypes`
 * (src/store/sqlite/migrations.ts, src/store/postgres/migrations.ts). Everything else (tables,
 * columns, CHECK constraints, defaults, foreign keys, indexes, partial indexes, expression indexes) is
 * the same SQL in both; test/store/migrations.test.ts compares the two resulting schemas.
 */

/** One migration as a store applies it. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** How a store spells each kind of column. */
export interface ColumnTypes {
  /** Text ordered and compared byte by byte (ISO-8601 timestamps and dates are text too). */
  readonly text: string;
  /** An 8-byte float. */
  readonly real: string;
  /** A 4-byte integer. */
  readonly integer: string;
  /** An 8-byte integer (sizes in bytes, ids of other rows). */
  readonly bigint: string;
  /** The row's own id, an 8-byte integer the database assigns and never reuses; the primary key. */
  readonly id: string;
  /** As `id`, a 4-byte integer (tables that started with one). */
  readonly id32: string;
  /** Binary data. */
  readonly bytes: string;
  /** JSON the store writes itself (parties, tracking-number lists): may be normalised. */
  readonly jsonb: string;
  /** JSON that carries what people typed (activity bodies, dialog state): kept as the exact text. */
  readonly json: string;
}

/** A migration in the shared source: its SQL for a store's column types. */
export interface SharedMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: (t: ColumnTypes) => string;
}

/** The migrations in a store's dialect, in order. */
export function migrationsFor(types: ColumnTypes): readonly Migration[] {
  return Object.freeze(MIGRATIONS.map((m) => Object.freeze({ version: m.version, name: m.name, sql: m.sql(types) })));
}

export const MIGRATIONS: readonly SharedMigration[] = [
  {
    version: 1,
    name: 'accounts, users, shipments, conversations, activities, tickets',
    sql: (t) => `
CREATE TABLE accounts (
  number            ${t.text} PRIMARY KEY CHECK (length(number) = 6),
  name              ${t.text} NOT NULL,
  tier              ${t.text} NOT NULL CHECK (tier IN ('standard', 'enterprise_vip')),
  country           ${t.text} NOT NULL,
  annual_volume_usd ${t.real} NOT NULL,
  created_at        ${t.text} NOT NULL
);

CREATE TABLE users (
  id         ${t.text} PRIMARY KEY,
  name       ${t.text} NOT NULL,
  email      ${t.text} NOT NULL UNIQUE,
  phone      ${t.text},
  locale     ${t.text} NOT NULL,
  time_zone  ${t.text} NOT NULL,
  created_at ${t.text} NOT NULL
);

CREATE TABLE account_roles (
  account_number ${t.text} NOT NULL REFERENCES accounts(number),
  user_id        ${t.text} NOT NULL REFERENCES users(id),
  role           ${t.text} NOT NULL CHECK (role IN ('View', 'Pay', 'Dispute', 'Admin')),
  PRIMARY KEY (account_number, user_id, role)
);
CREATE INDEX account_roles_user ON account_roles (user_id);

CREATE TABLE identities (
  channel_id  ${t.text} NOT NULL,
  external_id ${t.text} NOT NULL,
  user_id     ${t.text} NOT NULL REFERENCES users(id),
  linked_at   ${t.text} NOT NULL,
  PRIMARY KEY (channel_id, external_id)
);

CREATE TABLE shipments (
  tracking_number     ${t.text} PRIMARY KEY,
  account_number      ${t.text} NOT NULL REFERENCES accounts(number),
  service_code        ${t.text} NOT NULL,
  service_name        ${t.text} NOT NULL,
  ship_date           ${t.text} NOT NULL,
  origin_city         ${t.text} NOT NULL,
  origin_country      ${t.text} NOT NULL,
  destination_city    ${t.text} NOT NULL,
  destination_country ${t.text} NOT NULL,
  status              ${t.text} NOT NULL CHECK (status IN ('label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'exception')),
  estimated_delivery  ${t.text},
  delivered_at        ${t.text},
  declared_value      ${t.real} NOT NULL,
  declared_currency   ${t.text} NOT NULL,
  customs_state       ${t.text} NOT NULL CHECK (customs_state IN ('not_required', 'pending', 'in_review', 'held', 'cleared')),
  weight_kg           ${t.real} NOT NULL,
  co2e_kg             ${t.real} NOT NULL,
  sender              ${t.jsonb} NOT NULL,
  recipient           ${t.jsonb} NOT NULL,
  last_event_at       ${t.text} NOT NULL
);
-- Resolution filters by account first, then by date, destination or origin (issue: shipment resolution).
CREATE INDEX shipments_account_date ON shipments (account_number, ship_date);
CREATE INDEX shipments_account_destination ON shipments (account_number, destination_country, destination_city, ship_date);
CREATE INDEX shipments_account_origin ON shipments (account_number, origin_country, origin_city, ship_date);

CREATE TABLE shipment_events (
  tracking_number ${t.text} NOT NULL REFERENCES shipments(tracking_number),
  seq             ${t.integer} NOT NULL,
  at              ${t.text} NOT NULL,
  status          ${t.text} NOT NULL,
  code            ${t.text} NOT NULL,
  description     ${t.text} NOT NULL,
  city            ${t.text} NOT NULL,
  country         ${t.text} NOT NULL,
  PRIMARY KEY (tracking_number, seq)
);

CREATE TABLE conversations (
  id               ${t.text} PRIMARY KEY,
  channel_id       ${t.text} NOT NULL,
  external_user_id ${t.text} NOT NULL,
  user_id          ${t.text} REFERENCES users(id),
  account_number   ${t.text} REFERENCES accounts(number),
  locale           ${t.text} NOT NULL,
  time_zone        ${t.text} NOT NULL,
  owner            ${t.text} NOT NULL CHECK (owner IN ('bot', 'agent')),
  state            ${t.json} NOT NULL,
  created_at       ${t.text} NOT NULL,
  updated_at       ${t.text} NOT NULL
);
CREATE INDEX conversations_owner ON conversations (owner, updated_at);

CREATE TABLE activities (
  conversation_id ${t.text} NOT NULL REFERENCES conversations(id),
  seq             ${t.integer} NOT NULL,
  direction       ${t.text} NOT NULL CHECK (direction IN ('in', 'out')),
  activity_id     ${t.text},
  type            ${t.text} NOT NULL,
  at              ${t.text} NOT NULL,
  body            ${t.json} NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE receipts (
  channel_id  ${t.text} NOT NULL,
  delivery_id ${t.text} NOT NULL,
  received_at ${t.text} NOT NULL,
  PRIMARY KEY (channel_id, delivery_id)
);

CREATE TABLE tickets (
  id               ${t.id},
  number           ${t.text} NOT NULL UNIQUE,
  category         ${t.text} NOT NULL,
  priority         ${t.text} NOT NULL,
  state            ${t.text} NOT NULL,
  conversation_id  ${t.text} REFERENCES conversations(id),
  account_number   ${t.text} REFERENCES accounts(number),
  user_id          ${t.text} REFERENCES users(id),
  tracking_numbers ${t.jsonb} NOT NULL,
  subject          ${t.text} NOT NULL,
  details          ${t.json} NOT NULL,
  assignee         ${t.text},
  created_at       ${t.text} NOT NULL,
  updated_at       ${t.text} NOT NULL
);
CREATE INDEX tickets_conversation ON tickets (conversation_id);
`,
  },
  {
    version: 2,
    name: 'verification codes, e-mail outbox',
    sql: (t) => `
-- Linking looks users up by e-mail whatever its case (ASCII letters, as lower() folds in both stores).
CREATE INDEX users_email_lower ON users (lower(email));

-- user_id is NULL when the e-mail matched nobody: such a row behaves alike but never verifies.
-- code_hash is "scrypt$<salt>$<hash>" (src/accounts/verificationCode.ts), never the code itself.
CREATE TABLE verifications (
  id          ${t.id},
  channel_id  ${t.text} NOT NULL,
  external_id ${t.text} NOT NULL,
  user_id     ${t.text} REFERENCES users(id),
  code_hash   ${t.text} NOT NULL,
  created_at  ${t.text} NOT NULL,
  expires_at  ${t.text} NOT NULL,
  attempts    ${t.integer} NOT NULL DEFAULT 0,
  consumed_at ${t.text}
);
CREATE INDEX verifications_identity ON verifications (channel_id, external_id, created_at);

CREATE TABLE outbox (
  id              ${t.id},
  to_address      ${t.text} NOT NULL,
  subject         ${t.text} NOT NULL,
  body_text       ${t.text} NOT NULL,
  created_at      ${t.text} NOT NULL,
  sent_at         ${t.text},
  transport       ${t.text},
  error           ${t.text},
  attempts        ${t.integer} NOT NULL DEFAULT 0,
  last_attempt_at ${t.text}
);
-- The delivery loop reads unsent messages in order.
CREATE INDEX outbox_pending ON outbox (sent_at, id);
`,
  },
  {
    version: 3,
    name: 'verification codes by user',
    sql: (t) => `
-- Codes sent to one address from any number of channel identities are throttled too.
CREATE INDEX verifications_user ON verifications (user_id, created_at);
`,
  },
  {
    version: 4,
    name: 'channel media, outbound message statuses',
    sql: (t) => `
-- Files customers send on a channel (photos of damage, customs documents), downloaded from the
-- platform and kept here: platform media links expire. conversation_id is not a foreign key because
-- media is fetched before the turn that creates a first-contact conversation.
CREATE TABLE media (
  id                ${t.text} PRIMARY KEY,
  channel_id        ${t.text} NOT NULL,
  conversation_id   ${t.text},
  provider_media_id ${t.text} NOT NULL,
  content_type      ${t.text} NOT NULL,
  file_name         ${t.text},
  size_bytes        ${t.bigint} NOT NULL CHECK (size_bytes >= 0),
  sha256            ${t.text} NOT NULL,
  data              ${t.bytes} NOT NULL,
  created_at        ${t.text} NOT NULL
);
-- A redelivered message names the same platform media: it is stored once.
CREATE UNIQUE INDEX media_provider ON media (channel_id, provider_media_id);
CREATE INDEX media_conversation ON media (conversation_id, created_at);

-- Messages we sent (or hold back) on a channel, with the platform's delivery status. provider_message_id
-- is NULL until the platform accepted the message (queued outside the service window, or refused).
CREATE TABLE outbound_messages (
  id                  ${t.id},
  channel_id          ${t.text} NOT NULL,
  provider_message_id ${t.text},
  conversation_id     ${t.text} NOT NULL,
  activity_id         ${t.text},
  status              ${t.text} NOT NULL CHECK (status IN ('queued_outside_window', 'released', 'accepted', 'sent', 'delivered', 'read', 'played', 'failed')),
  status_at           ${t.text} NOT NULL,
  error               ${t.text},
  created_at          ${t.text} NOT NULL
);
CREATE UNIQUE INDEX outbound_messages_provider ON outbound_messages (channel_id, provider_message_id);
CREATE INDEX outbound_messages_conversation ON outbound_messages (conversation_id, status, id);
`,
  },
  {
    version: 5,
    name: 'invoices, invoice disputes',
    sql: (t) => `
-- One bill per account and billing period (a week or a month of shipments). Amounts are REAL (double precision) in the
-- invoice's currency; dates are local YYYY-MM-DD (period) or ISO-8601 UTC instants.
CREATE TABLE invoices (
  number         ${t.text} PRIMARY KEY,
  account_number ${t.text} NOT NULL REFERENCES accounts(number),
  period_start   ${t.text} NOT NULL,
  period_end     ${t.text} NOT NULL,
  issued_at      ${t.text} NOT NULL,
  due_at         ${t.text} NOT NULL,
  amount         ${t.real} NOT NULL CHECK (amount >= 0),
  currency       ${t.text} NOT NULL,
  status         ${t.text} NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'disputed')),
  paid_at        ${t.text}
);
-- The billing flow lists an account's newest invoices first.
CREATE INDEX invoices_account_period ON invoices (account_number, period_start);

-- A dispute of an invoice or of a charge on it (amount_disputed NULL: the whole invoice), worked on
-- through its billing_dispute ticket.
CREATE TABLE invoice_disputes (
  id              ${t.id},
  invoice_number  ${t.text} NOT NULL REFERENCES invoices(number),
  account_number  ${t.text} NOT NULL REFERENCES accounts(number),
  user_id         ${t.text} NOT NULL REFERENCES users(id),
  reason          ${t.text} NOT NULL,
  amount_disputed ${t.real} CHECK (amount_disputed > 0),
  created_at      ${t.text} NOT NULL,
  ticket_number   ${t.text} NOT NULL REFERENCES tickets(number)
);
CREATE INDEX invoice_disputes_invoice ON invoice_disputes (invoice_number, id);
`,
  },
  {
    version: 6,
    name: 'delivery changes, ticket attachments',
    sql: (t) => `
-- Changes to a parcel's delivery confirmed in the chat (issue 6, change_delivery): the new address,
-- the new delivery day (YYYY-MM-DD) or the access point's id in value.
CREATE TABLE delivery_changes (
  id              ${t.id},
  tracking_number ${t.text} NOT NULL REFERENCES shipments(tracking_number),
  account_number  ${t.text} NOT NULL REFERENCES accounts(number),
  kind            ${t.text} NOT NULL CHECK (kind IN ('address', 'reschedule', 'access_point')),
  value           ${t.text} NOT NULL,
  requested_by    ${t.text} REFERENCES users(id),
  created_at      ${t.text} NOT NULL,
  status          ${t.text} NOT NULL CHECK (status IN ('requested', 'applied', 'cancelled'))
);
CREATE INDEX delivery_changes_parcel ON delivery_changes (tracking_number, id);

-- Files customers sent for a ticket (customs documents, photos of damage), by reference: media:<id>
-- for files a channel stored (size known), or the link the channel gave.
CREATE TABLE ticket_attachments (
  id            ${t.id},
  ticket_number ${t.text} NOT NULL REFERENCES tickets(number),
  content_url   ${t.text} NOT NULL,
  content_type  ${t.text} NOT NULL,
  file_name     ${t.text},
  size_bytes    ${t.bigint} CHECK (size_bytes >= 0),
  created_at    ${t.text} NOT NULL
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_number, id);
`,
  },
  {
    version: 7,
    name: 'handoffs and their audit trail, agents, console sessions, ticket notes',
    sql: (t) => `
-- A conversation handed to people for one ticket (issue 8): its state, queue, owner and SLA
-- deadlines; the context packet the agent reads; the queue position the customer was last told.
CREATE TABLE handoffs (
  id                 ${t.id32},
  ticket_number      ${t.text} NOT NULL REFERENCES tickets(number),
  conversation_id    ${t.text} NOT NULL REFERENCES conversations(id),
  channel_id         ${t.text} NOT NULL,
  language           ${t.text} NOT NULL,
  queue              ${t.text} NOT NULL,
  priority           ${t.text} NOT NULL,
  rank               ${t.integer} NOT NULL,
  state              ${t.text} NOT NULL CHECK (state IN ('requested', 'queued', 'assigned', 'active', 'resolved', 'returned', 'abandoned')),
  assignee           ${t.text},
  requested_at       ${t.text} NOT NULL,
  queued_at          ${t.text},
  assigned_at        ${t.text},
  first_response_at  ${t.text},
  first_response_due ${t.text} NOT NULL,
  resolution_due     ${t.text} NOT NULL,
  ended_at           ${t.text},
  resolution         ${t.text},
  context            ${t.json} NOT NULL,
  noticed_position   ${t.integer},
  noticed_at         ${t.text},
  updated_at         ${t.text} NOT NULL
);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id, id);
CREATE INDEX handoffs_state ON handoffs (state, id);
CREATE INDEX handoffs_ticket ON handoffs (ticket_number);
-- Open tickets of an account by category (an open billing dispute sends its customer to people).
CREATE INDEX tickets_account ON tickets (account_number, category, state);

-- The audit trail: every change of state and every agent action, in order.
CREATE TABLE handoff_events (
  handoff_id ${t.integer} NOT NULL REFERENCES handoffs(id),
  seq        ${t.integer} NOT NULL,
  at         ${t.text} NOT NULL,
  from_state ${t.text},
  to_state   ${t.text} NOT NULL,
  actor      ${t.text} NOT NULL,
  detail     ${t.json} NOT NULL,
  PRIMARY KEY (handoff_id, seq)
);

-- People who answer in the agent console; passwords only as scrypt hashes.
CREATE TABLE agents (
  id            ${t.text} PRIMARY KEY,
  username      ${t.text} NOT NULL UNIQUE,
  display_name  ${t.text} NOT NULL,
  role          ${t.text} NOT NULL CHECK (role IN ('agent', 'supervisor')),
  queues        ${t.json} NOT NULL,
  password_hash ${t.text} NOT NULL,
  created_at    ${t.text} NOT NULL
);

-- Console sessions by the SHA-256 of the cookie's id, with the session's CSRF token.
CREATE TABLE agent_sessions (
  id_hash    ${t.text} PRIMARY KEY,
  agent_id   ${t.text} NOT NULL REFERENCES agents(id),
  csrf_token ${t.text} NOT NULL,
  created_at ${t.text} NOT NULL,
  expires_at ${t.text} NOT NULL
);
CREATE INDEX agent_sessions_expiry ON agent_sessions (expires_at);

-- Internal notes on tickets: never shown to customers.
CREATE TABLE ticket_notes (
  id            ${t.id32},
  ticket_number ${t.text} NOT NULL REFERENCES tickets(number),
  agent_id      ${t.text} NOT NULL REFERENCES agents(id),
  text          ${t.text} NOT NULL,
  created_at    ${t.text} NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes (ticket_number, id);
`,
  },
  {
    version: 8,
    name: 'agent presence, failed sign-ins',
    sql: (t) => `
-- Agents at work: one row per agent and instance with an open console stream, refreshed while it
-- lasts; rows not refreshed for a while are from a stream (or an instance) that is gone.
CREATE TABLE agent_presence (
  agent_id    ${t.text} NOT NULL REFERENCES agents(id),
  instance_id ${t.text} NOT NULL,
  seen_at     ${t.text} NOT NULL,
  PRIMARY KEY (agent_id, instance_id)
);
CREATE INDEX agent_presence_seen ON agent_presence (seen_at);

-- Failed console sign-ins (by client address and username), counted across instances.
CREATE TABLE sign_in_failures (
  id  ${t.id32},
  key ${t.text} NOT NULL,
  at  ${t.text} NOT NULL
);
CREATE INDEX sign_in_failures_recent ON sign_in_failures (key, at);
`,
  },
  {
    version: 9,
    name: 'durable inbox and outbox',
    sql: (t) => `
-- Inbound platform messages we answered 200 for, kept until their turn completed (issue 16). A
-- redelivery finds the first copy by (channel_id, message_id); a turn runs under a lease, and a lease
-- that expired (the instance died) is taken over. Turns run in id order per conversation.
CREATE TABLE inbox_messages (
  id              ${t.id},
  channel_id      ${t.text} NOT NULL,
  message_id      ${t.text} NOT NULL,
  conversation_id ${t.text} NOT NULL,
  payload         ${t.json} NOT NULL,
  accepted_at     ${t.text} NOT NULL,
  lease_owner     ${t.text},
  lease_until     ${t.text},
  attempts        ${t.integer} NOT NULL DEFAULT 0,
  completed_at    ${t.text}
);
CREATE UNIQUE INDEX inbox_messages_platform_id ON inbox_messages (channel_id, message_id);
CREATE INDEX inbox_messages_open ON inbox_messages (conversation_id, id) WHERE completed_at IS NULL;
-- The open messages in id order: a lease reads only these, however many completed ones the table keeps.
CREATE INDEX inbox_messages_open_order ON inbox_messages (id) WHERE completed_at IS NULL;

-- Outbound activities committed before they are sent (the durable outbox): sent in id order per
-- conversation, retried with backoff until the platform accepts them, or given up (undeliverable,
-- shown to agents). An activity is queued once per channel.
CREATE TABLE outbox_deliveries (
  id              ${t.id},
  channel_id      ${t.text} NOT NULL,
  conversation_id ${t.text} NOT NULL,
  activity_id     ${t.text} NOT NULL,
  inbox_id        ${t.bigint},
  ref             ${t.json} NOT NULL,
  activity        ${t.json} NOT NULL,
  status          ${t.text} NOT NULL CHECK (status IN ('pending', 'sent', 'undeliverable')),
  attempts        ${t.integer} NOT NULL DEFAULT 0,
  not_before      ${t.text} NOT NULL,
  lease_owner     ${t.text},
  lease_until     ${t.text},
  last_error      ${t.text},
  created_at      ${t.text} NOT NULL,
  settled_at      ${t.text},
  transport       ${t.text}
);
CREATE UNIQUE INDEX outbox_deliveries_activity ON outbox_deliveries (channel_id, activity_id);
CREATE INDEX outbox_deliveries_pending ON outbox_deliveries (conversation_id, id) WHERE status = 'pending';
CREATE INDEX outbox_deliveries_pending_order ON outbox_deliveries (id) WHERE status = 'pending';
CREATE INDEX outbox_deliveries_inbox ON outbox_deliveries (inbox_id);
CREATE INDEX outbox_deliveries_undeliverable ON outbox_deliveries (settled_at) WHERE status = 'undeliverable';
`,
  },
  {
    version: 10,
    name: 'e-mail outbox claims',
    sql: (t) => `
-- Several instances drain one e-mail outbox: a pass claims the messages it sends until claimed_until
-- (a claim of an instance that died lapses), so each message goes out once.
ALTER TABLE outbox ADD COLUMN claimed_until ${t.text};
`,
  },
  {
    version: 11,
    name: 'broadcast events',
    sql: (t) => `
-- What one instance tells the others (PostgreSQL NOTIFY carries the id): a listener whose connection
-- was lost reads what it missed from here when it is back. Kept for minutes; unused on SQLite (one
-- instance), kept for the mirrored schema.
CREATE TABLE broadcast_events (
  id         ${t.id},
  origin     ${t.text} NOT NULL,
  topic      ${t.text} NOT NULL,
  message    ${t.json} NOT NULL,
  created_at ${t.text} NOT NULL
);
CREATE INDEX broadcast_events_created ON broadcast_events (created_at);
`,
  },
  {
    version: 12,
    name: 'one open ticket per parcel and category',
    sql: (t) => `
-- The one parcel a parcel ticket (trace, customs, damage) is about: while it is open or pending no
-- second ticket of its category may name that parcel, so two messages at once cannot open two.
-- Tickets opened before this migration keep NULL (the dialog still finds them by tracking number).
ALTER TABLE tickets ADD COLUMN parcel ${t.text};
CREATE UNIQUE INDEX tickets_open_per_parcel ON tickets (parcel, category) WHERE parcel IS NOT NULL AND state IN ('open', 'pending');
`,
  },
  {
    version: 13,
    name: 'tickets as work: queue, states, first response, timeline',
    sql: (t) => `
-- Every ticket waits in a queue (issue 20). Old rows get the queue their category and account give
-- (src/escalation/serviceLevels.ts queueOf): VIP accounts first, then billing, customs, support.
ALTER TABLE tickets ADD COLUMN queue ${t.text} NOT NULL DEFAULT 'support';
UPDATE tickets SET queue = CASE
  WHEN EXISTS (SELECT 1 FROM accounts a WHERE a.number = tickets.account_number AND a.tier = 'enterprise_vip') THEN 'vip'
  WHEN category = 'billing_dispute' THEN 'billing'
  WHEN category = 'customs' THEN 'customs'
  ELSE 'support' END;
-- When a person first answered the customer about it (the first-response SLA).
ALTER TABLE tickets ADD COLUMN first_response_at ${t.text};

-- The states people work in: 'open' (nobody on it yet) is now 'new', 'pending' (an agent had it) 'open'.
UPDATE tickets SET state = CASE state WHEN 'open' THEN 'new' WHEN 'pending' THEN 'open' ELSE state END;

-- Still one OPEN ticket per parcel and category: open now means any state before resolved or closed.
DROP INDEX tickets_open_per_parcel;
CREATE UNIQUE INDEX tickets_open_on_parcel ON tickets (parcel, category) WHERE parcel IS NOT NULL AND state IN ('new', 'open', 'waiting_on_customer', 'waiting_on_carrier');
CREATE INDEX tickets_queue_state ON tickets (queue, state);
CREATE INDEX tickets_user ON tickets (user_id, id);

-- A ticket's timeline of what people did with it: moves between states and actions (assigned, a
-- reply, a request to the customer, a new queue or priority), one line per change.
CREATE TABLE ticket_events (
  id            ${t.id},
  ticket_number ${t.text} NOT NULL REFERENCES tickets(number),
  at            ${t.text} NOT NULL,
  actor         ${t.text} NOT NULL,
  kind          ${t.text} NOT NULL CHECK (kind IN ('state', 'assigned', 'reply', 'request', 'queue', 'priority')),
  from_state    ${t.text} NOT NULL,
  to_state      ${t.text} NOT NULL,
  detail        ${t.json} NOT NULL
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_number, id);
`,
  },
  {
    version: 15,
    name: 'agent availability and capacity, satisfaction surveys, supervisor chart indexes',
    sql: (t) => `
-- Whether an agent takes conversations now (set in the console; away on sign-out) and how many at once
-- (NULL: AGENT_CAPACITY). active_at is the agent's last console action: past AGENT_IDLE_MINUTES an
-- available agent counts as away. No row: away, with the default capacity.
CREATE TABLE agent_availability (
  agent_id   ${t.text} PRIMARY KEY REFERENCES agents(id),
  status     ${t.text} NOT NULL CHECK (status IN ('available', 'away')),
  capacity   ${t.integer} CHECK (capacity IS NULL OR capacity BETWEEN 0 AND 50),
  active_at  ${t.text} NOT NULL,
  changed_at ${t.text} NOT NULL
);

-- The satisfaction question asked once after people resolved a conversation (and later a ticket):
-- a 1-5 rating, then an optional comment. closed_at: the survey stopped waiting for an answer (the
-- comment came, or the customer went on with something else).
CREATE TABLE satisfaction_surveys (
  id              ${t.id},
  conversation_id ${t.text} NOT NULL REFERENCES conversations(id),
  ticket_number   ${t.text} REFERENCES tickets(number),
  handoff_id      ${t.bigint},
  agent_id        ${t.text} REFERENCES agents(id),
  channel_id      ${t.text} NOT NULL,
  language        ${t.text} NOT NULL,
  asked_at        ${t.text} NOT NULL,
  rating          ${t.integer} CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
  rated_at        ${t.text},
  comment         ${t.text},
  closed_at       ${t.text}
);
-- Asked once per handoff.
CREATE UNIQUE INDEX satisfaction_surveys_handoff ON satisfaction_surveys (handoff_id) WHERE handoff_id IS NOT NULL;
CREATE INDEX satisfaction_surveys_conversation ON satisfaction_surveys (conversation_id, id);
CREATE INDEX satisfaction_surveys_rated ON satisfaction_surveys (rated_at) WHERE rating IS NOT NULL;

-- The supervisor's charts read the last days' handoffs (asked for or ended) and conversations (started).
CREATE INDEX handoffs_requested ON handoffs (requested_at);
CREATE INDEX handoffs_ended ON handoffs (ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX conversations_created ON conversations (created_at);
`,
  },
  {
    version: 16,
    name: 'carrier copies and their scans',
    sql: (t) => `
-- A carrier's scans (the UPS Tracking API, Track Alert pushes) applied to the stored parcels: each scan
-- once, however often the carrier reports it (a redelivered push), keyed by what makes it the same scan.
CREATE TABLE carrier_scans (
  tracking_number ${t.text} NOT NULL REFERENCES shipments(tracking_number),
  scan_key        ${t.text} NOT NULL,
  received_at     ${t.text} NOT NULL,
  PRIMARY KEY (tracking_number, scan_key)
);
-- When the carrier last confirmed the whole copy of a parcel (a lookup's answer): the age a reply states
-- while the carrier cannot be asked.
CREATE TABLE carrier_copies (
  tracking_number ${t.text} PRIMARY KEY REFERENCES shipments(tracking_number),
  checked_at      ${t.text} NOT NULL
);
`,
  },
  {
    version: 17,
    name: 'chat subscriptions to parcels and proactive alerts',
    sql: (t) => `
-- A conversation hears about a parcel (issue 21): every change or only exceptions; asked for in the
-- chat, or the default for a parcel a signed-in customer asked about. stopped_at: the customer said stop.
CREATE TABLE parcel_subscriptions (
  conversation_id ${t.text} NOT NULL REFERENCES conversations(id),
  tracking_number ${t.text} NOT NULL,
  kind            ${t.text} NOT NULL CHECK (kind IN ('all', 'exceptions')),
  source          ${t.text} NOT NULL CHECK (source IN ('asked', 'default')),
  created_at      ${t.text} NOT NULL,
  stopped_at      ${t.text},
  PRIMARY KEY (conversation_id, tracking_number)
);
CREATE INDEX parcel_subscriptions_parcel ON parcel_subscriptions (tracking_number) WHERE stopped_at IS NULL;
-- One alert per scan and conversation, however often the scan is pushed (or an instance restarts):
-- due_at holds a non-exception found at night until the customer's morning.
CREATE TABLE parcel_alerts (
  id              ${t.id},
  event_key       ${t.text} NOT NULL,
  conversation_id ${t.text} NOT NULL REFERENCES conversations(id),
  tracking_number ${t.text} NOT NULL,
  exception       ${t.text},
  state           ${t.text} NOT NULL CHECK (state IN ('due', 'sent', 'failed')),
  created_at      ${t.text} NOT NULL,
  due_at          ${t.text} NOT NULL,
  sent_at         ${t.text},
  error           ${t.text},
  detail          ${t.json} NOT NULL
);
CREATE UNIQUE INDEX parcel_alerts_once ON parcel_alerts (event_key, conversation_id);
CREATE INDEX parcel_alerts_due ON parcel_alerts (due_at) WHERE state = 'due';
`,
  },
  {
    version: 19,
    name: 'agent-owned conversations indexed alone',
    sql: () => `
-- Every turn moves its conversation's updated_at; an index on (owner, updated_at) moved with it, one
-- more page written per turn for a list only the agents' conversations need.
DROP INDEX IF EXISTS conversations_owner;
CREATE INDEX conversations_agent_owned ON conversations (updated_at) WHERE owner = 'agent';
`,
  },
  {
    version: 20,
    name: 'delivery instructions',
    sql: (t) => `
-- What the driver is to do with a parcel at the delivery (change_delivery): leave it with a neighbour, at
-- reception or the concierge, at the back door. The customer's words, confirmed in the chat, shown to the
-- driver; kept beside delivery_changes (whose kinds a CHECK fixes) with references of their own (DI-…).
CREATE TABLE delivery_instructions (
  id              ${t.id},
  tracking_number ${t.text} NOT NULL REFERENCES shipments(tracking_number),
  account_number  ${t.text} NOT NULL REFERENCES accounts(number),
  instruction     ${t.text} NOT NULL CHECK (length(instruction) > 0),
  requested_by    ${t.text} REFERENCES users(id),
  created_at      ${t.text} NOT NULL,
  status          ${t.text} NOT NULL CHECK (status IN ('requested', 'applied', 'cancelled'))
);
CREATE INDEX delivery_instructions_parcel ON delivery_instructions (tracking_number, id);
`,
  },
  {
    version: 21,
    name: 'account-wide alerts',
    sql: (t) => `
-- A conversation hears of a problem on any parcel of an account ("notify me if any of our parcels gets held
-- in customs"): exceptions only (a customs hold, an address problem …), alongside the per-parcel subscriptions.
CREATE TABLE account_subscriptions (
  conversation_id ${t.text} NOT NULL REFERENCES conversations(id),
  account_number  ${t.text} NOT NULL,
  kind            ${t.text} NOT NULL CHECK (kind IN ('exceptions')),
  created_at      ${t.text} NOT NULL,
  stopped_at      ${t.text},
  PRIMARY KEY (conversation_id, account_number)
);
CREATE INDEX account_subscriptions_account ON account_subscriptions (account_number) WHERE stopped_at IS NULL;
`,
  },
];
