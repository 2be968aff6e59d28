import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { hostname } from 'node:os';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { AdapterFactory, ChannelAdapter } from './channels/channelAdapter.ts';
import type { Activity, ConversationRef } from './activity.ts';
import { mountDevMailbox } from './accounts/devMailbox.ts';
import { MailDelivery } from './accounts/mail/mailDelivery.ts';
import { mailTransportFor } from './accounts/mail/transports.ts';
import { systemClock, type Clock } from './clock.ts';
import type { Config } from './config.ts';
import { CarrierAssistant } from './dialog/assistant.ts';
import { takingBack } from './dialog/discourse/discourseAct.ts';
import { SUPPORTED_LOCALES } from './dialog/texts/index.ts';
import { consoleRouter } from './console/consoleRouter.ts';
import type { DeskEvent } from './escalation/deskFeed.ts';
import { HandoffDesk } from './escalation/handoffDesk.ts';
import { TicketDesk } from './tickets/ticketDesk.ts';
import { tellCustomersOfTickets } from './tickets/tellCustomer.ts';
import { surveyAfterResolving } from './tickets/surveyAfterResolving.ts';
import { ticketWork } from './tickets/ticketAssignment.ts';
import { CustomerNotices } from './escalation/customerNotices.ts';
import { ParcelAlerts } from './alerts/parcelAlerts.ts';
import { createLogger } from './logger.ts';
import { createParser } from './nlu/index.ts';
import { createLlmExtractorFromConfig } from './nlu/llm.ts';
import { messageLanguage } from './nlu/messageLanguage.ts';
import type { NluParser } from './nlu/types.ts';
import { errorHandler } from './server/errors.ts';
import { mountHealth, type Readiness } from './server/health.ts';
import { startGate } from './server/startGate.ts';
import { routeLimits, type RouteLimitOptions } from './server/routeLimits.ts';
import { carrierParts } from './carrier/carrierParts.ts';
import { applyCarrierUpdate } from './carrier/carrierBackedShipments.ts';
import type { CarrierUpdate } from './store/store.ts';
import type { ShipmentStatusListener } from './shipments/statusChanges.ts';
import { openStore } from './store/openStore.ts';
import type { Store } from './store/store.ts';
import { ConversationFeed } from './turn/feed.ts';
import { createCustomerMessenger } from './turn/customerMessenger.ts';
import { DurableInbox } from './turn/durable/inbox.ts';
import { Outbox } from './turn/durable/outbox.ts';
import { LostWritesRecovery } from './turn/durable/lostWritesRecovery.ts';
import { QueueRetention } from './turn/durable/retention.ts';
import { createTurnPipeline } from './turn/pipeline.ts';
import type { TurnPipeline } from './turn/types.ts';
// Metrics and request ids (README "Metrics and logs").
import { createMetrics, type Metrics } from './metrics/metrics.ts';
import { listenForMetrics, metricsRouter } from './metrics/routes.ts';
import { requestIds } from './server/requestId.ts';

export interface AppOptions {
  config: Config;
  /** Defaults to the store DATABASE_URL names. */
  store?: Store;
  clock?: Clock;
  logger?: Logger;
  parser?: NluParser;
  /** Channel adapters to mount; the composition root passes the registry. */
  adapters?: readonly AdapterFactory[];
  /** The rate limits' time and refusal hook (tests, metrics); the limits themselves come from config. */
  rateLimits?: RouteLimitOptions;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
  /** Where /metrics is served when METRICS_PORT gives it a port of its own. */
  metricsUrl?: string;
}

export interface App {
  readonly app: Express;
  readonly config: Config;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly feed: ConversationFeed;
  readonly parser: NluParser;
  readonly pipeline: TurnPipeline;
  /** The human handoff: queue, agents' actions, notices to waiting customers. */
  readonly desk: HandoffDesk;
  /** Tickets as the agents' work (issue 20): search, actions, `onTicketChange` for the customer's notifier. */
  readonly tickets: TicketDesk;
  /** Tells customers of their tickets outside their turns, on their own channel (issue 20). */
  readonly notices: CustomerNotices;
  /** Proactive alerts to the conversations subscribed to a parcel (issue 21): `sendDue()` sends what came due. */
  readonly alerts: ParcelAlerts;
  readonly adapters: readonly ChannelAdapter[];
  /** The durable inbox and outbox (issue 16). */
  readonly inbox: DurableInbox;
  readonly outbox: Outbox;
  readonly readiness: Readiness;
  /** Sends the outbox (dev mailbox, or SMTP when configured); runs between start() and close(). */
  readonly mail: MailDelivery;
  /** Prometheus metrics; `metrics.rateLimited(route)` counts a rate-limit refusal. */
  readonly metrics: Metrics;
  /** A parcel's status changed because UPS said so (a lookup's refresh, a Track Alert push); returns what removes the listener. */
  onShipmentStatusChange(listener: ShipmentStatusListener): () => void;
  /** Applies a carrier's scans as a Track Alert push does (the listeners hear of a status change): transcripts' `carrier reports:`. */
  reportCarrierScans(update: CarrierUpdate): Promise<void>;
  /** Subscribes tracking numbers to UPS Track Alert pushes (needs UPS configured). */
  subscribeTrackAlerts(trackingNumbers: readonly string[]): Promise<{ valid: string[]; invalid: string[] }>;
  /** Takes over what was accepted before a crash, starts the durable queues and mail, then listens: `startWork()` then `listen()`. */
  start(port?: number, host?: string): Promise<RunningServer>;
  /**
   * Listens on `port` (0 for any free port) and attaches adapters that need the server, before the
   * work starts (`serve` on a first start: the page answers while the demo data loads, and messages
   * are refused while `readiness.preparing` is set, see src/server/startGate.ts).
   */
  listen(port?: number, host?: string): Promise<RunningServer>;
  /** Takes over what was accepted before a crash, and starts the durable queues, their retention and mail delivery. */
  startWork(): Promise<void>;
  /** Stops adapters and mail delivery, and closes the store. */
  close(): Promise<void>;
}

/** How often AUTO_ASSIGN looks for tickets the bot opened in customers' turns (no desk change tells of them). */
const TICKET_SWEEP_MS = 60_000;

/** How long a start waits for a PostgreSQL server that cannot be reached yet. */
const DATABASE_START_WAIT_MS = 60_000;

/** The composition root's core: store, NLU, bot, pipeline and HTTP app with the given channels. */
export async function buildApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config);
  const store =
    options.store ??
    (await openStore(config.databaseUrl, {
      groupCommit: true,
      backgroundCheckpoint: true,
      // An instance started while its database restarts waits for it instead of exiting.
      waitForServerMs: DATABASE_START_WAIT_MS,
      onWait: (reason, waitedMs) => logger.warn({ reason, waitedMs }, 'the database cannot be reached yet; waiting for it'),
    }));
  // The optional LLM extractor is on when OPENAI_BASE_URL is set (README "Optional LLM").
  const parser = options.parser ?? createParser({ llm: createLlmExtractorFromConfig(config, logger) });
  const feed = new ConversationFeed();
  const metrics = createMetrics({ store, clock });
  const adapters: ChannelAdapter[] = [];
  const adapterSend = (channelId: string) => {
    const adapter = adapters.find((a) => a.channelId === channelId);
    return adapter ? (ref: ConversationRef, activities: Activity[]) => adapter.send(ref, activities) : null;
  };
  // This instance, as the holder of inbox and outbox leases.
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const outbox = new Outbox({ store, clock, logger, owner, config: config.durability, deliverFor: adapterSend, metrics });
  // Agents' messages and queue notices go out through the customer's own channel (through the outbox where it has one).
  const messenger = createCustomerMessenger({
    store,
    pipeline: () => pipeline,
    deliverFor: (channelId) => (adapters.find((a) => a.channelId === channelId)?.sendsThroughOutbox ? outbox.deliver : adapterSend(channelId)),
  });
  const desk = new HandoffDesk({
    store,
    clock,
    hours: config.businessHours,
    messenger,
    metrics,
    agents: config.agents,
    onAssignError: (err) => logger.error({ err }, 'automatic assignment failed'),
    // "never mind", "算了，先帮我查…" while waiting in the queue: the dialog's words for taking a request back.
    withdraws: takingBack,
  });
  // UPS as the carrier source and Track Alert (issue 21); the store alone when not configured.
  const carrier = carrierParts({ config, store, clock, logger });
  const bot = new CarrierAssistant({ store: carrier.assistantStore, parser, clock, desk });
  const notices = new CustomerNotices({ store, messenger });
  const tickets = new TicketDesk({ store, clock, deadlines: desk.deadlines, messenger, desk });
  // The customer hears of the moves an agent makes without writing to them (resolved, reopened …),
  // then, for a ticket resolved without a handoff, the satisfaction survey.
  tellCustomersOfTickets(tickets, notices);
  surveyAfterResolving(tickets, { store, clock, messenger });
  // AUTO_ASSIGN hands out the bot's tickets without a handoff too.
  desk.assigner?.takeTickets(ticketWork(tickets, store));
  let stopTicketSweep = () => {};
  // A parcel's status change is told to the conversations subscribed to it (README "Proactive alerts").
  const alerts = new ParcelAlerts({ store, notices, clock, logger: logger.child({ part: 'alerts' }), defaultTimeZone: config.defaultTimeZone });
  carrier.statusChanges.onShipmentStatusChange((change) => alerts.statusChanged(change));
  // Several instances on one PostgreSQL database: each one's feeds carry what the others record.
  const leaveBroadcast = store.broadcast ? joinOtherInstances(store, feed, desk) : () => {};
  store.broadcast?.useLogger(logger.child({ part: 'broadcast' }));
  const pipeline = createTurnPipeline({
    store,
    bot,
    feed,
    clock,
    logger,
    detectLanguage: messageLanguage,
    defaultTimeZone: config.defaultTimeZone,
    supportedLocales: SUPPORTED_LOCALES,
    handoffs: desk,
    metrics,
  });
  const inbox = new DurableInbox({ store, pipeline, outbox, clock, logger, owner, config: config.durability, metrics });
  // After a failed SQLite commit, the queues take their work again from what the file holds.
  const recovery = new LostWritesRecovery({ store, clock, logger, pollMs: config.durability.pollMs, retake: () => (inbox.kick(), outbox.kick()) });
  const retention = new QueueRetention({ store, clock, logger, config: config.durability });
  const readiness: Readiness = { accepting: true, starting: false, preparing: null };
  const mail = new MailDelivery({ store, clock, logger, transport: mailTransportFor(config.mail), from: config.mail.from });

  const app = express();
  app.disable('x-powered-by');
  // Only the configured proxies' X-Forwarded-For is believed (TRUST_PROXY; none by default).
  app.set('trust proxy', config.trustProxy);
  app.use(requestIds());
  // Each refusal is counted (rate_limited_total), and told to whoever built the app.
  const limits = routeLimits(config.rateLimits, {
    ...options.rateLimits,
    onRefused: (name, req) => {
      metrics.rateLimited(name);
      options.rateLimits?.onRefused?.(name, req);
    },
  });
  const router = express.Router();
  if (config.metrics.port === undefined) router.use(metricsRouter(metrics, config.metrics));
  mountHealth(router, store, readiness);
  router.use(startGate(readiness));
  mountDevMailbox(router, store, config);
  router.use(consoleRouter({ store, desk, tickets, feed, clock, config, logger, limits }));
  carrier.mount(router, limits, metrics.edge.rejectionCounter('ups_track_alert'));
  const context = { config, store, pipeline, feed, clock, logger, inbox, outbox, metrics, limits };
  for (const factory of options.adapters ?? []) {
    const adapter = factory(context);
    if (!adapter) continue;
    adapter.mount(router);
    adapters.push(adapter);
    logger.info({ channel: adapter.channelId }, 'channel on');
  }
  app.use(router);
  app.use(errorHandler(logger));

  const startWork = async () => {
    await inbox.start();
    await outbox.start();
    recovery.start();
    retention.start();
    mail.start();
    stopTicketSweep = desk.assigner?.sweep(TICKET_SWEEP_MS) ?? stopTicketSweep;
    alerts.start();
  };
  const listen = async (port = config.port, host = config.host): Promise<RunningServer> => {
    const server = createServer(app);
    for (const a of adapters) a.attach?.(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const metricsPort = config.metrics.port;
    const metricsServer = metricsPort === undefined ? null : await listenForMetrics(metrics, { ...config.metrics, port: metricsPort }, host);
    const address = server.address() as AddressInfo;
    const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    return {
      url: `http://${shownHost}:${address.port}`,
      server,
      ...(metricsServer ? { metricsUrl: metricsServer.url } : {}),
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }).then(() => metricsServer?.close()),
    };
  };

  return {
    app,
    config,
    store,
    clock,
    logger,
    feed,
    parser,
    pipeline,
    desk,
    tickets,
    notices,
    alerts,
    adapters,
    inbox,
    outbox,
    readiness,
    mail,
    metrics,
    onShipmentStatusChange: (listener) => carrier.statusChanges.onShipmentStatusChange(listener),
    subscribeTrackAlerts: (trackingNumbers) => carrier.subscribeTrackAlerts(trackingNumbers),
    async reportCarrierScans(update) {
      await applyCarrierUpdate({ store, changes: carrier.statusChanges, onListenerError: (err) => logger.error({ err }, 'a shipment status listener failed') }, update);
    },
    async start(port = config.port, host = config.host) {
      // Before listening: what was accepted before a crash is taken over first.
      await startWork();
      return listen(port, host);
    },
    listen,
    startWork,
    async close() {
      leaveBroadcast();
      desk.board.close();
      await alerts.close();
      await recovery.close();
      await inbox.close();
      for (const a of adapters) await a.close();
      await outbox.close();
      await retention.close();
      await mail.stop();
      stopTicketSweep();
      carrier.close();
      await store.close();
    },
  };
}

/** Joins the conversation feed and the desk feed to the other instances on the store's database. */
function joinOtherInstances(store: Store, feed: ConversationFeed, desk: HandoffDesk): () => void {
  const broadcast = store.broadcast!;
  const leaveFeed = feed.connect(broadcast, async (conversationId, seq) => (await store.activities.list(conversationId, seq - 1)).find((s) => s.seq === seq) ?? null);
  const leaveDesk = desk.feed.connect(broadcast, async (signal): Promise<DeskEvent | null> => {
    switch (signal.kind) {
      case 'handoff': {
        const handoff = await store.handoffs.get(signal.id);
        return handoff ? { kind: 'handoff', handoff } : null;
      }
      case 'note': {
        const note = (await store.ticketNotes.list(signal.ticketNumber)).find((n) => n.id === signal.noteId);
        return note ? { kind: 'note', handoffId: signal.handoffId, note } : null;
      }
      default:
        return signal;
    }
  });
  return () => {
    leaveFeed();
    leaveDesk();
  };
}
