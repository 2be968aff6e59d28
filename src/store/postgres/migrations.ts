/**
 * PostgreSQL schema: the SQLite migrations (../sqlite/migrations.ts) one to one, same versions,
 * tables, columns, CHECK constraints and indexes. Never edit a released migration: add a new one,
 * here and in SQLite under the same version.
 *
 * Dialect choices, so both stores answer alike:
 * - Text columns are `text COLLATE "C"`: byte order, as SQLite's default BINARY, whatever locale
 *   the database was created with ("B" < "a", "a-2" < "a1"), for every ORDER BY and range filter.
 * - Timestamps and dates stay ISO-8601 text (UTC instants, local YYYY-MM-DD ship dates) exactly as
 *   written: no time zone conversion on the way in or out, and text order is time order.
 * - REAL is `double precision` (SQLite's REAL is an 8-byte float; `real` would be 4 bytes).
 * - JSON written by the store itself (parties, tracking-number lists) is `jsonb`. JSON that carries
 *   what customers typed (activity bodies, dialog state, ticket details) is `json`: an exact copy of
 *   the text, which keeps key order and accepts a `\u0000` escape that `jsonb` refuses.
 * - The ticket id is an identity column (SQLite: INTEGER PRIMARY KEY AUTOINCREMENT); both never
 *   reuse an id. A failed insert may skip a PostgreSQL id (sequences do not roll back).
 *   The verification and outbox ids (migration 2) are identity columns too, for the same reason.
 */
import type { Migration } from '../sqlite/migrations.ts';

const TEXT = 'text COLLATE "C"';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, users, shipments, conversations, activities, tickets',
    sql: `
CREATE TABLE accounts (
  number            ${TEXT} PRIMARY KEY CHECK (length(number) = 6),
  name              ${TEXT} NOT NULL,
  tier              ${TEXT} NOT NULL CHECK (tier IN ('standard', 'enterprise_vip')),
  country           ${TEXT} NOT NULL,
  annual_volume_usd double precision NOT NULL,
  created_at        ${TEXT} NOT NULL
);

CREATE TABLE users (
  id         ${TEXT} PRIMARY KEY,
  name       ${TEXT} NOT NULL,
  email      ${TEXT} NOT NULL UNIQUE,
  phone      ${TEXT},
  locale     ${TEXT} NOT NULL,
  time_zone  ${TEXT} NOT NULL,
  created_at ${TEXT} NOT NULL
);

CREATE TABLE account_roles (
  account_number ${TEXT} NOT NULL REFERENCES accounts(number),
  user_id        ${TEXT} NOT NULL REFERENCES users(id),
  role           ${TEXT} NOT NULL CHECK (role IN ('View', 'Pay', 'Dispute', 'Admin')),
  PRIMARY KEY (account_number, user_id, role)
);
CREATE INDEX account_roles_user ON account_roles (user_id);

CREATE TABLE identities (
  channel_id  ${TEXT} NOT NULL,
  external_id ${TEXT} NOT NULL,
  user_id     ${TEXT} NOT NULL REFERENCES users(id),
  linked_at   ${TEXT} NOT NULL,
  PRIMARY KEY (channel_id, external_id)
);

CREATE TABLE shipments (
  tracking_number     ${TEXT} PRIMARY KEY,
  account_number      ${TEXT} NOT NULL REFERENCES accounts(number),
  service_code        ${TEXT} NOT NULL,
  service_name        ${TEXT} NOT NULL,
  ship_date           ${TEXT} NOT NULL,
  origin_city         ${TEXT} NOT NULL,
  origin_country      ${TEXT} NOT NULL,
  destination_city    ${TEXT} NOT NULL,
  destination_country ${TEXT} NOT NULL,
  status              ${TEXT} NOT NULL CHECK (status IN ('label_created', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered', 'exception')),
  estimated_delivery  ${TEXT},
  delivered_at        ${TEXT},
  declared_value      double precision NOT NULL,
  declared_currency   ${TEXT} NOT NULL,
  customs_state       ${TEXT} NOT NULL CHECK (customs_state IN ('not_required', 'pending', 'in_review', 'held', 'cleared')),
  weight_kg           double precision NOT NULL,
  co2e_kg             double precision NOT NULL,
  sender              jsonb NOT NULL,
  recipient           jsonb NOT NULL,
  last_event_at       ${TEXT} NOT NULL
);
-- Resolution filters by account first, then by date, destination or origin (issue: shipment resolution).
CREATE INDEX shipments_account_date ON shipments (account_number, ship_date);
CREATE INDEX shipments_account_destination ON shipments (account_number, destination_country, destination_city, ship_date);
CREATE INDEX shipments_account_origin ON shipments (account_number, origin_country, origin_city, ship_date);

CREATE TABLE shipment_events (
  tracking_number ${TEXT} NOT NULL REFERENCES shipments(tracking_number),
  seq             integer NOT NULL,
  at              ${TEXT} NOT NULL,
  status          ${TEXT} NOT NULL,
  code            ${TEXT} NOT NULL,
  description     ${TEXT} NOT NULL,
  city            ${TEXT} NOT NULL,
  country         ${TEXT} NOT NULL,
  PRIMARY KEY (tracking_number, seq)
);

CREATE TABLE conversations (
  id               ${TEXT} PRIMARY KEY,
  channel_id       ${TEXT} NOT NULL,
  external_user_id ${TEXT} NOT NULL,
  user_id          ${TEXT} REFERENCES users(id),
  account_number   ${TEXT} REFERENCES accounts(number),
  locale           ${TEXT} NOT NULL,
  time_zone        ${TEXT} NOT NULL,
  owner            ${TEXT} NOT NULL CHECK (owner IN ('bot', 'agent')),
  state            json NOT NULL,
  created_at       ${TEXT} NOT NULL,
  updated_at       ${TEXT} NOT NULL
);
CREATE INDEX conversations_owner ON conversations (owner, updated_at);

CREATE TABLE activities (
  conversation_id ${TEXT} NOT NULL REFERENCES conversations(id),
  seq             integer NOT NULL,
  direction       ${TEXT} NOT NULL CHECK (direction IN ('in', 'out')),
  activity_id     ${TEXT},
  type            ${TEXT} NOT NULL,
  at              ${TEXT} NOT NULL,
  body            json NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE receipts (
  channel_id  ${TEXT} NOT NULL,
  delivery_id ${TEXT} NOT NULL,
  received_at ${TEXT} NOT NULL,
  PRIMARY KEY (channel_id, delivery_id)
);

CREATE TABLE tickets (
  id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  number           ${TEXT} NOT NULL UNIQUE,
  category         ${TEXT} NOT NULL,
  priority         ${TEXT} NOT NULL,
  state            ${TEXT} NOT NULL,
  conversation_id  ${TEXT} REFERENCES conversations(id),
  account_number   ${TEXT} REFERENCES accounts(number),
  user_id          ${TEXT} REFERENCES users(id),
  tracking_numbers jsonb NOT NULL,
  subject          ${TEXT} NOT NULL,
  details          json NOT NULL,
  assignee         ${TEXT},
  created_at       ${TEXT} NOT NULL,
  updated_at       ${TEXT} NOT NULL
);
CREATE INDEX tickets_conversation ON tickets (conversation_id);
`,
  },
  {
    version: 2,
    name: 'verification codes, e-mail outbox',
    sql: `
-- Linking looks users up by e-mail whatever its case (ASCII letters, as lower() folds in both stores).
CREATE INDEX users_email_lower ON users (lower(email));

-- user_id is NULL when the e-mail matched nobody: such a row behaves alike but never verifies.
-- code_hash is "scrypt$<salt>$<hash>" (src/accounts/verificationCode.ts), never the code itself.
CREATE TABLE verifications (
  id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  channel_id  ${TEXT} NOT NULL,
  external_id ${TEXT} NOT NULL,
  user_id     ${TEXT} REFERENCES users(id),
  code_hash   ${TEXT} NOT NULL,
  created_at  ${TEXT} NOT NULL,
  expires_at  ${TEXT} NOT NULL,
  attempts    integer NOT NULL DEFAULT 0,
  consumed_at ${TEXT}
);
CREATE INDEX verifications_identity ON verifications (channel_id, external_id, created_at);

CREATE TABLE outbox (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  to_address      ${TEXT} NOT NULL,
  subject         ${TEXT} NOT NULL,
  body_text       ${TEXT} NOT NULL,
  created_at      ${TEXT} NOT NULL,
  sent_at         ${TEXT},
  transport       ${TEXT},
  error           ${TEXT},
  attempts        integer NOT NULL DEFAULT 0,
  last_attempt_at ${TEXT}
);
-- The delivery loop reads unsent messages in order.
CREATE INDEX outbox_pending ON outbox (sent_at, id);
`,
  },
  {
    version: 3,
    name: 'verification codes by user',
    sql: `
-- Codes sent to one address from any number of channel identities are throttled too.
CREATE INDEX verifications_user ON verifications (user_id, created_at);
`,
  },
  {
    version: 4,
    name: 'channel media, outbound message statuses',
    sql: `
-- Files customers send on a channel (photos of damage, customs documents), downloaded from the
-- platform and kept here: platform media links expire. conversation_id is not a foreign key because
-- media is fetched before the turn that creates a first-contact conversation.
CREATE TABLE media (
  id                ${TEXT} PRIMARY KEY,
  channel_id        ${TEXT} NOT NULL,
  conversation_id   ${TEXT},
  provider_media_id ${TEXT} NOT NULL,
  content_type      ${TEXT} NOT NULL,
  file_name         ${TEXT},
  size_bytes        bigint NOT NULL CHECK (size_bytes >= 0),
  sha256            ${TEXT} NOT NULL,
  data              bytea NOT NULL,
  created_at        ${TEXT} NOT NULL
);
-- A redelivered message names the same platform media: it is stored once.
CREATE UNIQUE INDEX media_provider ON media (channel_id, provider_media_id);
CREATE INDEX media_conversation ON media (conversation_id, created_at);

-- Messages we sent (or hold back) on a channel, with the platform's delivery status. provider_message_id
-- is NULL until the platform accepted the message (queued outside the service window, or refused).
CREATE TABLE outbound_messages (
  id                  bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  channel_id          ${TEXT} NOT NULL,
  provider_message_id ${TEXT},
  conversation_id     ${TEXT} NOT NULL,
  activity_id         ${TEXT},
  status              ${TEXT} NOT NULL CHECK (status IN ('queued_outside_window', 'released', 'accepted', 'sent', 'delivered', 'read', 'played', 'failed')),
  status_at           ${TEXT} NOT NULL,
  error               ${TEXT},
  created_at          ${TEXT} NOT NULL
);
CREATE UNIQUE INDEX outbound_messages_provider ON outbound_messages (channel_id, provider_message_id);
CREATE INDEX outbound_messages_conversation ON outbound_messages (conversation_id, status, id);
`,
  },
  {
    version: 5,
    name: 'invoices, invoice disputes',
    sql: `
-- One bill per account and billing period (a week or a month of shipments). Amounts are REAL (double precision) in the
-- invoice's currency; dates are local YYYY-MM-DD (period) or ISO-8601 UTC instants.
CREATE TABLE invoices (
  number         ${TEXT} PRIMARY KEY,
  account_number ${TEXT} NOT NULL REFERENCES accounts(number),
  period_start   ${TEXT} NOT NULL,
  period_end     ${TEXT} NOT NULL,
  issued_at      ${TEXT} NOT NULL,
  due_at         ${TEXT} NOT NULL,
  amount         double precision NOT NULL CHECK (amount >= 0),
  currency       ${TEXT} NOT NULL,
  status         ${TEXT} NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'disputed')),
  paid_at        ${TEXT}
);
-- The billing flow lists an account's newest invoices first.
CREATE INDEX invoices_account_period ON invoices (account_number, period_start);

-- A dispute of an invoice or of a charge on it (amount_disputed NULL: the whole invoice), worked on
-- through its billing_dispute ticket.
CREATE TABLE invoice_disputes (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  invoice_number  ${TEXT} NOT NULL REFERENCES invoices(number),
  account_number  ${TEXT} NOT NULL REFERENCES accounts(number),
  user_id         ${TEXT} NOT NULL REFERENCES users(id),
  reason          ${TEXT} NOT NULL,
  amount_disputed double precision CHECK (amount_disputed > 0),
  created_at      ${TEXT} NOT NULL,
  ticket_number   ${TEXT} NOT NULL REFERENCES tickets(number)
);
CREATE INDEX invoice_disputes_invoice ON invoice_disputes (invoice_number, id);
`,
  },
  {
    version: 6,
    name: 'delivery changes, ticket attachments',
    sql: `
-- Changes to a parcel's delivery confirmed in the chat (issue 6, change_delivery): the new address,
-- the new delivery day (YYYY-MM-DD) or the access point's id in value.
CREATE TABLE delivery_changes (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  tracking_number ${TEXT} NOT NULL REFERENCES shipments(tracking_number),
  account_number  ${TEXT} NOT NULL REFERENCES accounts(number),
  kind            ${TEXT} NOT NULL CHECK (kind IN ('address', 'reschedule', 'access_point')),
  value           ${TEXT} NOT NULL,
  requested_by    ${TEXT} REFERENCES users(id),
  created_at      ${TEXT} NOT NULL,
  status          ${TEXT} NOT NULL CHECK (status IN ('requested', 'applied', 'cancelled'))
);
CREATE INDEX delivery_changes_parcel ON delivery_changes (tracking_number, id);

-- Files customers sent for a ticket (customs documents, photos of damage), by reference: media:<id>
-- for files a channel stored (size known), or the link the channel gave.
CREATE TABLE ticket_attachments (
  id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  ticket_number ${TEXT} NOT NULL REFERENCES tickets(number),
  content_url   ${TEXT} NOT NULL,
  content_type  ${TEXT} NOT NULL,
  file_name     ${TEXT},
  size_bytes    bigint CHECK (size_bytes >= 0),
  created_at    ${TEXT} NOT NULL
);
CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_number, id);
`,
  },
  {
    version: 7,
    name: 'handoffs and their audit trail, agents, console sessions, ticket notes',
    sql: `
-- A conversation handed to people for one ticket (issue 8): its state, queue, owner and SLA
-- deadlines; the context packet the agent reads; the queue position the customer was last told.
CREATE TABLE handoffs (
  id                 integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  ticket_number      ${TEXT} NOT NULL REFERENCES tickets(number),
  conversation_id    ${TEXT} NOT NULL REFERENCES conversations(id),
  channel_id         ${TEXT} NOT NULL,
  language           ${TEXT} NOT NULL,
  queue              ${TEXT} NOT NULL,
  priority           ${TEXT} NOT NULL,
  rank               integer NOT NULL,
  state              ${TEXT} NOT NULL CHECK (state IN ('requested', 'queued', 'assigned', 'active', 'resolved', 'returned', 'abandoned')),
  assignee           ${TEXT},
  requested_at       ${TEXT} NOT NULL,
  queued_at          ${TEXT},
  assigned_at        ${TEXT},
  first_response_at  ${TEXT},
  first_response_due ${TEXT} NOT NULL,
  resolution_due     ${TEXT} NOT NULL,
  ended_at           ${TEXT},
  resolution         ${TEXT},
  context            json NOT NULL,
  noticed_position   integer,
  noticed_at         ${TEXT},
  updated_at         ${TEXT} NOT NULL
);
CREATE INDEX handoffs_conversation ON handoffs (conversation_id, id);
CREATE INDEX handoffs_state ON handoffs (state, id);
CREATE INDEX handoffs_ticket ON handoffs (ticket_number);
-- Open tickets of an account by category (an open billing dispute sends its customer to people).
CREATE INDEX tickets_account ON tickets (account_number, category, state);

-- The audit trail: every change of state and every agent action, in order.
CREATE TABLE handoff_events (
  handoff_id integer NOT NULL REFERENCES handoffs(id),
  seq        integer NOT NULL,
  at         ${TEXT} NOT NULL,
  from_state ${TEXT},
  to_state   ${TEXT} NOT NULL,
  actor      ${TEXT} NOT NULL,
  detail     json NOT NULL,
  PRIMARY KEY (handoff_id, seq)
);

-- People who answer in the agent console; passwords only as scrypt hashes.
CREATE TABLE agents (
  id            ${TEXT} PRIMARY KEY,
  username      ${TEXT} NOT NULL UNIQUE,
  display_name  ${TEXT} NOT NULL,
  role          ${TEXT} NOT NULL CHECK (role IN ('agent', 'supervisor')),
  queues        json NOT NULL,
  password_hash ${TEXT} NOT NULL,
  created_at    ${TEXT} NOT NULL
);

-- Console sessions by the SHA-256 of the cookie's id, with the session's CSRF token.
CREATE TABLE agent_sessions (
  id_hash    ${TEXT} PRIMARY KEY,
  agent_id   ${TEXT} NOT NULL REFERENCES agents(id),
  csrf_token ${TEXT} NOT NULL,
  created_at ${TEXT} NOT NULL,
  expires_at ${TEXT} NOT NULL
);
CREATE INDEX agent_sessions_expiry ON agent_sessions (expires_at);

-- Internal notes on tickets: never shown to customers.
CREATE TABLE ticket_notes (
  id            integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  ticket_number ${TEXT} NOT NULL REFERENCES tickets(number),
  agent_id      ${TEXT} NOT NULL REFERENCES agents(id),
  text          ${TEXT} NOT NULL,
  created_at    ${TEXT} NOT NULL
);
CREATE INDEX ticket_notes_ticket ON ticket_notes (ticket_number, id);
`,
  },
  {
    version: 8,
    name: 'agent presence, failed sign-ins',
    sql: `
-- Agents at work: one row per agent and instance with an open console stream, refreshed while it
-- lasts; rows not refreshed for a while are from a stream (or an instance) that is gone.
CREATE TABLE agent_presence (
  agent_id    ${TEXT} NOT NULL REFERENCES agents(id),
  instance_id ${TEXT} NOT NULL,
  seen_at     ${TEXT} NOT NULL,
  PRIMARY KEY (agent_id, instance_id)
);
CREATE INDEX agent_presence_seen ON agent_presence (seen_at);

-- Failed console sign-ins (by client address and username), counted across instances.
CREATE TABLE sign_in_failures (
  id  integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  key ${TEXT} NOT NULL,
  at  ${TEXT} NOT NULL
);
CREATE INDEX sign_in_failures_recent ON sign_in_failures (key, at);
`,
  },
  {
    version: 9,
    name: 'durable inbox and outbox',
    sql: `
-- Inbound platform messages we answered 200 for, kept until their turn completed (issue 16). A
-- redelivery finds the first copy by (channel_id, message_id); a turn runs under a lease, and a lease
-- that expired (the instance died) is taken over. Turns run in id order per conversation.
CREATE TABLE inbox_messages (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  channel_id      ${TEXT} NOT NULL,
  message_id      ${TEXT} NOT NULL,
  conversation_id ${TEXT} NOT NULL,
  payload         json NOT NULL,
  accepted_at     ${TEXT} NOT NULL,
  lease_owner     ${TEXT},
  lease_until     ${TEXT},
  attempts        integer NOT NULL DEFAULT 0,
  completed_at    ${TEXT}
);
CREATE UNIQUE INDEX inbox_messages_platform_id ON inbox_messages (channel_id, message_id);
CREATE INDEX inbox_messages_open ON inbox_messages (conversation_id, id) WHERE completed_at IS NULL;
-- The open messages in id order: a lease reads only these, however many completed ones the table keeps.
CREATE INDEX inbox_messages_open_order ON inbox_messages (id) WHERE completed_at IS NULL;

-- Outbound activities committed before they are sent (the durable outbox): sent in id order per
-- conversation, retried with backoff until the platform accepts them, or given up (undeliverable,
-- shown to agents). An activity is queued once per channel.
CREATE TABLE outbox_deliveries (
  id              bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  channel_id      ${TEXT} NOT NULL,
  conversation_id ${TEXT} NOT NULL,
  activity_id     ${TEXT} NOT NULL,
  inbox_id        bigint,
  ref             json NOT NULL,
  activity        json NOT NULL,
  status          ${TEXT} NOT NULL CHECK (status IN ('pending', 'sent', 'undeliverable')),
  attempts        integer NOT NULL DEFAULT 0,
  not_before      ${TEXT} NOT NULL,
  lease_owner     ${TEXT},
  lease_until     ${TEXT},
  last_error      ${TEXT},
  created_at      ${TEXT} NOT NULL,
  settled_at      ${TEXT},
  transport       ${TEXT}
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
    sql: `
-- Several instances drain one e-mail outbox: a pass claims the messages it sends until claimed_until
-- (a claim of an instance that died lapses), so each message goes out once.
ALTER TABLE outbox ADD COLUMN claimed_until ${TEXT};
`,
  },
  {
    version: 11,
    name: 'broadcast events',
    sql: `
-- What one instance tells the others (PostgreSQL NOTIFY carries the id): a listener whose connection
-- was lost reads what it missed from here when it is back. Kept for minutes; unused on SQLite (one
-- instance), kept for the mirrored schema.
CREATE TABLE broadcast_events (
  id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  origin     ${TEXT} NOT NULL,
  topic      ${TEXT} NOT NULL,
  message    json NOT NULL,
  created_at ${TEXT} NOT NULL
);
CREATE INDEX broadcast_events_created ON broadcast_events (created_at);
`,
  },
];
