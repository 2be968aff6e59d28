import type pg from 'pg';
import { postgresCarrierCopies } from './carrierCopyRepository.ts';
import { postgresAgentAvailability } from './availabilityRepositories.ts';
import { postgresParcelAlerts, postgresSubscriptions } from './subscriptionRepositories.ts';
import { postgresSatisfaction } from './satisfactionRepositories.ts';
import { postgresSupervisorStats } from './supervisorStats.ts';
import type { Dataset, DatasetPart } from '../records.ts';
import type { Store } from '../store.ts';
import { postgresAccounts, postgresIdentities, postgresUsers } from './accountRepositories.ts';
import { postgresMedia, postgresOutboundMessages } from './channelMessageRepositories.ts';
import { postgresActivities, postgresConversations, postgresReceipts } from './conversationRepositories.ts';
import { importDatasetInto } from './importDataset.ts';
import { postgresAgentPresence, postgresAgentSessions, postgresAgents, postgresHandoffs, postgresSignInFailures, postgresTicketNotes } from './handoffRepositories.ts';
import { postgresInvoiceDisputes, postgresInvoices } from './invoiceRepositories.ts';
import { postgresDeliveries, postgresInbox } from './queueRepositories.ts';
import { postgresQueueStats } from './queueStatsRepository.ts';
import { isConnectionLoss } from './connectionLoss.ts';
import { migratePostgres, underAdvisoryLock } from './migrate.ts';
import { PgBroadcast } from './pgBroadcast.ts';
import { createPool, inTransaction, redactUrl, type PoolOptions } from './pool.ts';
import { postgresShipments } from './shipmentRepository.ts';
import { scopeOn, TransactionScope } from './transactionScope.ts';
import { withinUnitOfWork } from '../unitOfWork.ts';
import { postgresDeliveryChanges, postgresDeliveryInstructions, postgresEmissions, postgresTicketAttachments } from './supportRepositories.ts';
import { postgresTickets } from './ticketRepository.ts';
import { postgresOutbox, postgresVerifications } from './verificationRepositories.ts';

/** How long a start waits for a server that cannot be reached yet (it is starting, restarting, failing over). */
export interface StartWait {
  waitForServerMs?: number;
  /** Told of each failed attempt while it waits. */
  onWait?: (reason: string, waitedMs: number) => void;
}

/** Runs `work` again while it fails for a lost or refused connection, up to `waitForServerMs` (none by default), 1 s to 5 s apart. */
async function untilServerAnswers(work: () => Promise<void>, { waitForServerMs = 0, onWait }: StartWait): Promise<void> {
  const started = Date.now();
  for (let pause = 1_000; ; pause = Math.min(pause * 2, 5_000)) {
    try {
      return await work();
    } catch (error) {
      const waited = Date.now() - started;
      if (!isConnectionLoss(error) || waited + pause > waitForServerMs) throw error;
      onWait?.((error as Error).message || String(error), waited);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** The store on a PostgreSQL server (DATABASE_URL `postgres://…` or `postgresql://…`), through a pg.Pool. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
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
  readonly broadcast: PgBroadcast;
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
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    databaseUrl: string,
  ) {
    this.broadcast = new PgBroadcast(pool, databaseUrl);
    this.accounts = postgresAccounts(pool);
    this.users = postgresUsers(pool);
    this.identities = postgresIdentities(pool);
    this.shipments = postgresShipments(pool);
    this.carrierCopies = postgresCarrierCopies(pool);
    this.conversations = postgresConversations(pool);
    this.activities = postgresActivities(pool);
    this.receipts = postgresReceipts(pool);
    this.inbox = postgresInbox(pool);
    this.deliveries = postgresDeliveries(pool);
    this.queueStats = postgresQueueStats(pool);
    this.tickets = postgresTickets(pool);
    this.verifications = postgresVerifications(pool);
    this.outbox = postgresOutbox(pool);
    this.media = postgresMedia(pool);
    this.outboundMessages = postgresOutboundMessages(pool);
    this.invoices = postgresInvoices(pool);
    this.disputes = postgresInvoiceDisputes(pool);
    this.deliveryChanges = postgresDeliveryChanges(pool);
    this.deliveryInstructions = postgresDeliveryInstructions(pool);
    this.ticketAttachments = postgresTicketAttachments(pool);
    this.emissions = postgresEmissions(pool);
    this.handoffs = postgresHandoffs(pool);
    this.agents = postgresAgents(pool);
    this.agentSessions = postgresAgentSessions(pool);
    this.ticketNotes = postgresTicketNotes(pool);
    this.agentPresence = postgresAgentPresence(pool);
    this.signInFailures = postgresSignInFailures(pool);
    this.agentAvailability = postgresAgentAvailability(pool);
    this.satisfaction = postgresSatisfaction(pool);
    this.supervisorStats = postgresSupervisorStats(pool);
    this.subscriptions = postgresSubscriptions(pool);
    this.parcelAlerts = postgresParcelAlerts(pool);
  }

  /**
   * Connects and applies the migrations. A server that cannot be reached is an error naming the
   * server (never the password) and the driver's reason.
   */
  static async open(databaseUrl: string, options: PoolOptions & StartWait = {}): Promise<PostgresStore> {
    const store = new PostgresStore(createPool(databaseUrl, options), databaseUrl);
    try {
      await untilServerAnswers(() => store.migrate(), options);
      return store;
    } catch (error) {
      await store.close();
      const reason = (error as Error).message || String(error);
      throw new Error(`PostgreSQL at ${redactUrl(databaseUrl)}: ${reason}`, { cause: error });
    }
  }

  async migrate(): Promise<void> {
    await migratePostgres(this.pool);
  }

  async isEmpty(): Promise<boolean> {
    const { rows } = await this.pool.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM accounts) AS any');
    return !rows[0]!.any;
  }

  async importDataset(dataset: Dataset): Promise<void> {
    await this.importDatasetParts([dataset]);
  }

  async importDatasetParts(parts: Iterable<DatasetPart>): Promise<void> {
    await inTransaction(this.pool, (client) => importDatasetInto(client, parts));
  }

  async exclusively<T>(name: string, work: () => Promise<T>): Promise<T> {
    return underAdvisoryLock(this.pool, `carrier-assist:${name}`, work);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Every statement here commits before it resolves; inside a unit of work, what it did so far commits now. */
  async durable(): Promise<void> {
    await scopeOn(this.pool)?.checkpoint();
  }

  lostWrites(): number {
    return 0;
  }

  async unitOfWork<T>(work: () => Promise<T>): Promise<T> {
    if (scopeOn(this.pool)) return work();
    const scope = new TransactionScope(this.pool);
    let result: T;
    try {
      result = await withinUnitOfWork(scope, work);
    } catch (error) {
      await scope.end(error ?? new Error('unit of work failed'));
      throw error;
    }
    await scope.end();
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.broadcast.close();
    await this.pool.end();
  }
}
