import { mkdirSync } from 'node:fs';
import { sqliteCarrierCopies } from './carrierCopyRepository.ts';
import { sqliteAgentAvailability } from './availabilityRepositories.ts';
import { sqliteParcelAlerts, sqliteSubscriptions } from './subscriptionRepositories.ts';
import { sqliteSatisfaction } from './satisfactionRepositories.ts';
import { sqliteSupervisorStats } from './supervisorStats.ts';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AccountRecord, Dataset, DatasetPart, IdentityRecord, InvoiceRecord, MembershipRecord, UserRecord } from '../records.ts';
import type { Store } from '../store.ts';
import { sqliteAccounts, sqliteIdentities, sqliteUsers } from './accountRepositories.ts';
import { sqliteMedia, sqliteOutboundMessages } from './channelMessageRepositories.ts';
import { sqliteActivities, sqliteConversations, sqliteReceipts } from './conversationRepositories.ts';
import { sqliteAgentPresence, sqliteAgentSessions, sqliteAgents, sqliteHandoffs, sqliteSignInFailures, sqliteTicketNotes } from './handoffRepositories.ts';
import { sqliteInvoiceDisputes, sqliteInvoices } from './invoiceRepositories.ts';
import { SQLITE_MIGRATIONS } from './migrations.ts';
import { BackgroundCheckpoint, WAL_LIMIT_BYTES } from './backgroundCheckpoint.ts';
import { GroupCommit, joinWritesTo } from './groupCommit.ts';
import { sqliteDeliveries, sqliteInbox } from './queueRepositories.ts';
import { sqliteQueueStats } from './queueStatsRepository.ts';
import { invoiceToRow, shipmentToRow, type Row } from '../rows.ts';
import { sqliteShipments } from './shipmentRepository.ts';
import { sqliteDeliveryChanges, sqliteDeliveryInstructions, sqliteEmissions, sqliteTicketAttachments } from './supportRepositories.ts';
import { sqliteTickets } from './ticketRepository.ts';
import { sqliteOutbox, sqliteVerifications } from './verificationRepositories.ts';

/** `file` is a path or ':memory:'. Opens in WAL mode with foreign keys on. */
export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // When a writer starts the log again from its beginning (everything in it checkpointed, nobody
  // reading it), the file is cut back to this size instead of staying as large as it once grew.
  db.pragma(`journal_size_limit = ${WAL_LIMIT_BYTES}`);
  return db;
}

export function migrateSqlite(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of SQLITE_MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
  }
}

/**
 * Writes the parts in bulk with prepared statements, one transaction per part of shipments: on a file
 * the write-ahead log then stays the size of a part (the checkpoint worker folds each part into the
 * database while the next is generated) instead of growing as big as the data set. What makes the
 * store non-empty (accounts, users, memberships, identities) and the invoices are held and written in
 * the last transaction, after which every foreign key is checked: a load cut short leaves no account
 * (`isEmpty()` stays true), and the next load first clears the shipments the broken one left. (A
 * store that already holds data takes a data set in one transaction.)
 */
function importInto(db: Database.Database, parts: Iterable<DatasetPart>): void {
  const account = db.prepare(
    'INSERT INTO accounts (number, name, tier, country, annual_volume_usd, created_at) VALUES (@number, @name, @tier, @country, @annualVolumeUsd, @createdAt)',
  );
  const user = db.prepare(
    'INSERT INTO users (id, name, email, phone, locale, time_zone, created_at) VALUES (@id, @name, @email, @phone, @locale, @timeZone, @createdAt)',
  );
  const role = db.prepare('INSERT INTO account_roles (account_number, user_id, role) VALUES (?, ?, ?)');
  const identity = db.prepare(
    'INSERT INTO identities (channel_id, external_id, user_id, linked_at) VALUES (@channelId, @externalId, @userId, @linkedAt)',
  );
  // Bulk rows bind positionally (naming 20 parameters per row costs more than the insert itself),
  // in the column order of shipmentToRow, read from the first row.
  let shipment: Database.Statement | undefined;
  const insertShipment = (row: Row) => {
    shipment ??= db.prepare(`INSERT INTO shipments (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`);
    shipment.run(Object.values(row));
  };
  const event = db.prepare(
    'INSERT INTO shipment_events (tracking_number, seq, at, status, code, description, city, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const invoice = db.prepare(
    `INSERT INTO invoices (number, account_number, period_start, period_end, issued_at, due_at, amount, currency, status, paid_at)
     VALUES (@number, @account_number, @period_start, @period_end, @issued_at, @due_at, @amount, @currency, @status, @paid_at)`,
  );
  const held = { accounts: [] as AccountRecord[], users: [] as UserRecord[], memberships: [] as MembershipRecord[], identities: [] as IdentityRecord[], invoices: [] as InvoiceRecord[] };
  const hold = <T>(into: T[], rows: readonly T[] | undefined) => {
    for (const row of rows ?? []) into.push(row);
  };
  // Shipments name accounts that come last: the keys are checked once, at the end (a pragma outside transactions).
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  // Checkpointed after each part instead of every 1,000 pages (a part is some 3,500).
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    const empty = (db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n === 0;
    // A store that holds data takes it all in one transaction (the parts' become savepoints).
    if (!empty) {
      db.transaction(writeParts)();
      return;
    }
    clearShipments(db);
    try {
      writeParts();
    } catch (error) {
      // What the parts before the failure committed goes too: the store is as it was.
      clearShipments(db);
      throw error;
    }
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }

  function writeParts(): void {
    for (const data of parts) {
      hold(held.accounts, data.accounts);
      hold(held.users, data.users);
      hold(held.memberships, data.memberships);
      hold(held.identities, data.identities);
      hold(held.invoices, data.invoices);
      if (!data.shipments?.length && !data.events?.length) continue;
      db.transaction(() => {
        for (const s of data.shipments ?? []) insertShipment(shipmentToRow(s));
        for (const e of data.events ?? []) event.run(e.trackingNumber, e.seq, e.at, e.status, e.code, e.description, e.city, e.country);
      })();
      // The part into the file now, once: the next part's commit writes the log from its start again.
      if (!db.memory) db.pragma('wal_checkpoint(PASSIVE)');
    }
    db.transaction(() => {
      for (const a of held.accounts) account.run(a);
      for (const u of held.users) user.run(u);
      for (const m of held.memberships) for (const r of m.roles) role.run(m.accountNumber, m.userId, r);
      for (const i of held.identities) identity.run(i);
      for (const i of held.invoices) invoice.run(invoiceToRow(i));
      const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
      if (broken.length) throw new Error(`the data set names rows it does not hold: ${broken.length} in ${[...new Set(broken.map((b) => `${b.table} -> ${b.parent}`))].join(', ')}`);
    })();
  }
}

/** Shipments (and their events) in a store without accounts: what a load cut short left. */
function clearShipments(db: Database.Database): void {
  db.exec('BEGIN; DELETE FROM shipment_events; DELETE FROM shipments; COMMIT;');
}

export interface SqliteStoreOptions {
  /** The writes of concurrent turns share one commit (see groupCommit.ts). */
  groupCommit?: boolean;
  /** The write-ahead log is checkpointed on a worker thread, never in a commit (see backgroundCheckpoint.ts). */
  backgroundCheckpoint?: boolean;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly accounts;
  readonly users;
  readonly identities;
  readonly shipments;
  readonly carrierCopies;
  readonly conversations;
  readonly activities;
  readonly receipts;
  readonly inbox;
  readonly deliveries;
  readonly queueStats;
  readonly tickets;
  readonly verifications;
  readonly outbox;
  readonly media;
  readonly outboundMessages;
  readonly invoices;
  readonly disputes;
  readonly deliveryChanges;
  readonly deliveryInstructions;
  readonly ticketAttachments;
  readonly emissions;
  /** One process owns a SQLite file: nobody to tell. */
  readonly broadcast = null;
  readonly handoffs;
  readonly agents;
  readonly agentSessions;
  readonly ticketNotes;
  readonly agentPresence;
  readonly signInFailures;
  readonly agentAvailability;
  readonly satisfaction;
  readonly supervisorStats;
  readonly subscriptions;
  readonly parcelAlerts;

  /** Set when the writes of concurrent turns are committed together (a server on a file). */
  private readonly group: GroupCommit | null;
  /** Set when the write-ahead log is checkpointed on a thread of its own (a server on a file). */
  private readonly checkpoints: BackgroundCheckpoint | null;

  /**
   * Opens the database and applies migrations, so the repositories' statements can be prepared.
   * With `groupCommit`, writes join one transaction per turn of the event loop (see groupCommit.ts).
   */
  constructor(private readonly db: Database.Database, options: SqliteStoreOptions = {}) {
    migrateSqlite(db);
    this.group = options.groupCommit ? new GroupCommit(db, () => this.checkpoints?.cutIfOverdue()) : null;
    if (this.group) joinWritesTo(db, this.group);
    this.checkpoints = null;
    if (options.backgroundCheckpoint && !db.memory) {
      db.pragma('wal_autocheckpoint = 0');
      this.checkpoints = new BackgroundCheckpoint(db.name, { server: db });
    }
    this.accounts = sqliteAccounts(db);
    this.users = sqliteUsers(db);
    this.identities = sqliteIdentities(db);
    this.shipments = sqliteShipments(db);
    this.carrierCopies = sqliteCarrierCopies(db);
    this.conversations = sqliteConversations(db);
    this.activities = sqliteActivities(db);
    this.receipts = sqliteReceipts(db);
    this.inbox = sqliteInbox(db);
    this.deliveries = sqliteDeliveries(db);
    this.queueStats = sqliteQueueStats(db);
    this.tickets = sqliteTickets(db);
    this.verifications = sqliteVerifications(db);
    this.outbox = sqliteOutbox(db);
    this.media = sqliteMedia(db);
    this.outboundMessages = sqliteOutboundMessages(db);
    this.invoices = sqliteInvoices(db);
    this.disputes = sqliteInvoiceDisputes(db);
    this.deliveryChanges = sqliteDeliveryChanges(db);
    this.deliveryInstructions = sqliteDeliveryInstructions(db);
    this.ticketAttachments = sqliteTicketAttachments(db);
    this.emissions = sqliteEmissions(db);
    this.handoffs = sqliteHandoffs(db);
    this.agents = sqliteAgents(db);
    this.agentSessions = sqliteAgentSessions(db);
    this.ticketNotes = sqliteTicketNotes(db);
    this.agentPresence = sqliteAgentPresence(db);
    this.signInFailures = sqliteSignInFailures(db);
    this.agentAvailability = sqliteAgentAvailability(db);
    this.satisfaction = sqliteSatisfaction(db);
    this.supervisorStats = sqliteSupervisorStats(db);
    this.subscriptions = sqliteSubscriptions(db);
    this.parcelAlerts = sqliteParcelAlerts(db);
  }

  static open(file: string, options: SqliteStoreOptions = {}): SqliteStore {
    return new SqliteStore(openSqliteDatabase(file), options);
  }

  /** A new in-memory store holding a copy of this one's data (fast fixture cloning for tests and replays). */
  cloneInMemory(): SqliteStore {
    this.group?.commit();
    const copy = new Database(this.db.serialize());
    copy.pragma('foreign_keys = ON');
    return new SqliteStore(copy);
  }

  async migrate(): Promise<void> {
    migrateSqlite(this.db);
  }

  async isEmpty(): Promise<boolean> {
    return (this.db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n === 0;
  }

  async importDataset(dataset: Dataset): Promise<void> {
    await this.importDatasetParts([dataset]);
  }

  async importDatasetParts(parts: Iterable<DatasetPart>): Promise<void> {
    this.group?.commit();
    importInto(this.db, parts);
    // A bulk load leaves its write-ahead log folded into the file and emptied (when nobody reads it).
    if (!this.db.memory) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** One process owns a SQLite file's start-up steps: nothing to wait for. */
  async exclusively<T>(_name: string, work: () => Promise<T>): Promise<T> {
    return work();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  durable(): Promise<void> {
    return this.group?.durable() ?? Promise.resolve();
  }

  lostWrites(): number {
    return this.group?.losses ?? 0;
  }

  /** The group commit joins the work's writes already (see Store.unitOfWork). */
  unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  async close(): Promise<void> {
    this.group?.commit();
    await this.checkpoints?.stop();
    if (this.db.open) this.db.close();
  }
}
