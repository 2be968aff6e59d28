/**
 * The parts of the crash tests (crash.test.ts): `carrier-assist serve` as a real child process on a
 * SQLite file, a stand-in Graph API on 127.0.0.1 that records every send (and can fail a share of
 * them with 500), and Meta's side of the webhook: signed notifications at a steady rate, redelivered
 * while they are not answered 200 — as the Cloud API does, and never after a 200.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { signatureHeader } from '../../adapters/whatsapp/signature.ts';
import { mulberry32 } from '../../src/demo/prng.ts';
import { createTestDatabase, type TestDatabase } from '../store/postgresTestDatabase.ts';
import { APP_SECRET, ACCESS_TOKEN, GRAPH_VERSION, PHONE_NUMBER_ID, VERIFY_TOKEN, textMessage } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { APP_ID as WECHAT_APP_ID, APP_SECRET as WECHAT_APP_SECRET, TOKEN as WECHAT_TOKEN, plainQuery, textPush } from '../adapters/wechat/harness.ts';

const BIN = join(import.meta.dirname, '..', '..', 'src', 'bin.js');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A free port on 127.0.0.1, so both runs of the server listen where "Meta" posts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface GraphSend {
  to: string;
  /** biz_opaque_callback_data: the id of the outbound activity the send carries. */
  tracking: string | undefined;
  /** Whether the stand-in accepted it (200 with a wamid). */
  accepted: boolean;
}

/** Meta's throttling codes, sent with HTTP 400 (Graph API error codes reference). */
const THROTTLING_CODES = [130429, 131056, 80007] as const;

/** The Graph API's `POST /{phone-number-id}/messages`, answering after a short, seeded delay. */
export class GraphStandIn {
  readonly sends: GraphSend[] = [];
  /** While set, this share of sends is refused (an overloaded platform). */
  failShare = 0;
  /**
   * How a refused send is answered: `server`, HTTP 500 (Graph API code 1); `throttle`, Meta's
   * throttling, which comes with HTTP 400 and its code: 130429 (throughput), 131056 (pair rate) or
   * 80007 (business use case rate limit), in turn.
   */
  refusal: 'server' | 'throttle' = 'server';
  url = '';
  private server!: Server;
  private wamids = 0;
  /** The same failures and delays on every run. */
  private readonly random = mulberry32(7);

  constructor(private readonly maxDelayMs: number) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        if (req.method !== 'POST' || req.url !== `/${GRAPH_VERSION}/${PHONE_NUMBER_ID}/messages`) {
          return answer(404, { error: { message: 'Unsupported post request', code: 100 } });
        }
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { to: string; biz_opaque_callback_data?: string };
        const fail = this.random() < this.failShare;
        const delay = Math.floor(this.random() * this.maxDelayMs);
        setTimeout(() => {
          this.sends.push({ to: body.to, tracking: body.biz_opaque_callback_data, accepted: !fail });
          if (fail) return this.refuse(answer);
          const wamid = `wamid.OUT${++this.wamids}`;
          answer(200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: wamid }] });
        }, delay);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${GRAPH_VERSION}`;
  }

  private throttled = 0;

  private refuse(answer: (status: number, body: unknown) => void): void {
    if (this.refusal === 'server') return answer(500, { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } });
    const code = THROTTLING_CODES[this.throttled++ % THROTTLING_CODES.length];
    answer(400, { error: { message: `(#${code}) Rate limit hit`, type: 'OAuthException', code, fbtrace_id: `A${this.throttled}` } });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** What every crash-test server runs with: a store, a fixed port, quick polls and retries, no demo data. */
export function baseEnv(databaseUrl: string, port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
    QUEUE_POLL_MS: '100',
    OUTBOX_RETRY_BASE_MS: '50',
    OUTBOX_RETRY_MAX_MS: '800',
    OUTBOX_MAX_ATTEMPTS: '30',
    // Bot Framework as the Emulator speaks it (no app id, a loopback service URL), as these servers are local.
    BOT_ALLOW_UNAUTHENTICATED: 'true',
  };
}

/** `carrier-assist serve` with one platform channel on, on a store and a fixed port. */
export class ServerProcess {
  private child!: ChildProcessWithoutNullStreams;
  private exited!: Promise<number | null>;
  output = '';

  constructor(private readonly env: Record<string, string>) {}

  /** `databaseUrl`: `sqlite:<file>` or `postgres://…`. */
  static whatsApp(databaseUrl: string, port: number, graphUrl: string, extra: Record<string, string> = {}): ServerProcess {
    return new ServerProcess({
      ...baseEnv(databaseUrl, port),
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_GRAPH_URL: graphUrl,
      ...extra,
    });
  }

  /** The WeChat channel (plaintext mode) against `apiUrl`; replies no passive reply carried wait `WECHAT_PASSIVE_HOLD_MS`. */
  static weChat(databaseUrl: string, port: number, apiUrl: string, extra: Record<string, string> = {}): ServerProcess {
    return new ServerProcess({
      ...baseEnv(databaseUrl, port),
      WECHAT_TOKEN: WECHAT_TOKEN,
      WECHAT_APP_ID: WECHAT_APP_ID,
      WECHAT_APP_SECRET: WECHAT_APP_SECRET,
      WECHAT_API_URL: apiUrl,
      WECHAT_PASSIVE_HOLD_MS: '1500',
      ...extra,
    });
  }

  /** Starts and resolves once it listens. */
  async start(): Promise<void> {
    this.child = spawn(process.execPath, [BIN, 'serve'], { env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', ...this.env } });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stderr.on('data', (d: Buffer) => (this.output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      this.child.stdout.on('data', (d: Buffer) => {
        this.output += d.toString();
        if (this.output.includes('Carrier Assist is running')) resolve();
      });
      void this.exited.then((code) => reject(new Error(`serve exited (${code}) before listening:\n${this.output.slice(-3000)}`)));
    });
  }

  /** The server's process id (the write-failure test sets its limits). */
  get pid(): number {
    return this.child.pid!;
  }

  /** Still running (it did not exit on its own or by a signal). */
  alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGSTOP: frozen, as a stopped container or a paused VM is, until `resume`. */
  freeze(): void {
    this.child.kill('SIGSTOP');
  }

  /** SIGCONT: runs again from where it was frozen (nothing if it was not). */
  resume(): void {
    if (this.alive()) this.child.kill('SIGCONT');
  }

  /** kill -9: no shutdown, no draining, nothing flushed. */
  async crash(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM: the graceful stop; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    this.child.kill('SIGTERM');
    return this.exited;
  }
}

/** What a platform got back for one delivery. */
export interface PlatformAnswer {
  status: number;
  body: string;
}

/**
 * The platform's side: numbered customer messages posted to the webhook (`post`), which got a 200,
 * and redeliveries of those that did not — as Meta and WeChat do, never after a 200.
 */
export class PlatformDeliveries {
  readonly acknowledged = new Set<number>();
  /** The body of the 200 each message got. */
  readonly answers = new Map<number, string>();
  /** Webhook answers other than 200, and connection failures, by kind (the crash shows up here). */
  readonly refusals = new Map<string, number>();

  constructor(
    readonly count: number,
    private readonly post: (i: number) => Promise<PlatformAnswer>,
  ) {}

  /** Posts message i once; records a 200. */
  async deliver(i: number): Promise<void> {
    try {
      const answer = await this.post(i);
      if (answer.status !== 200) return this.refused(`HTTP ${answer.status}`);
      this.acknowledged.add(i);
      this.answers.set(i, answer.body);
    } catch (error) {
      this.refused(((error as Error).cause as { code?: string } | undefined)?.code ?? (error as Error).name);
    }
  }

  /**
   * Sends every message once at `intervalMs` apart without waiting for answers (the platform holds
   * many connections); `at(i)` runs just after message i went out (the test crashes the server there).
   */
  async steady(intervalMs: number, at: (i: number) => void): Promise<void> {
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < this.count; i++) {
      inFlight.push(this.deliver(i));
      at(i);
      await sleep(intervalMs);
    }
    await Promise.all(inFlight);
  }

  /** The platform's retries: what has no 200 yet is posted again, a bounded number of rounds. */
  async redeliverUnacknowledged(rounds: number): Promise<void> {
    for (let round = 0; round < rounds && this.acknowledged.size < this.count; round++) {
      const missing = Array.from({ length: this.count }, (_, i) => i).filter((i) => !this.acknowledged.has(i));
      for (let k = 0; k < missing.length; k += 20) await Promise.all(missing.slice(k, k + 20).map((i) => this.deliver(i)));
      if (this.acknowledged.size < this.count) await sleep(500);
    }
  }

  private refused(kind: string): void {
    this.refusals.set(kind, (this.refusals.get(kind) ?? 0) + 1);
  }
}

/** Customer i's id among `customers`, as digits (a WhatsApp number, or the tail of a WeChat openid). */
export const customerOf = (i: number, customers: number) => `4477009${String(10_000 + (i % customers)).slice(1)}`;

/** Meta's deliveries: signed notifications, one text message each; `target` is the webhook URL for message i. */
export function whatsAppDeliveries(count: number, customers: number, target: (i: number) => string): PlatformDeliveries {
  return new PlatformDeliveries(count, async (i) => {
    const body = textMessage(i % 2 ? 'hello' : 'help', { id: whatsAppWamid(i), from: customerOf(i, customers), timestamp: Math.floor(Date.now() / 1000) });
    const res = await fetch(target(i), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureHeader(APP_SECRET, body) },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.text() };
  });
}

export const whatsAppWamid = (i: number) => `wamid.CRASH${String(i).padStart(5, '0')}`;

/** WeChat's deliveries: signed plaintext pushes, one text message each, answered by a passive reply or `success`. */
export function weChatPushes(count: number, customers: number, webhookUrl: string): PlatformDeliveries {
  return new PlatformDeliveries(count, async (i) => {
    const createTime = Math.floor(Date.now() / 1000);
    const body = textPush({ from: weChatOpenId(i, customers), content: i % 2 ? '你好' : '帮助', msgId: weChatMsgId(i), createTime });
    const res = await fetch(`${webhookUrl}?${plainQuery(createTime, String(100_000 + i))}`, {
      method: 'POST',
      headers: { 'content-type': 'text/xml' },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.text() };
  });
}

export const weChatOpenId = (i: number, customers: number) => `oCrash${customerOf(i, customers)}`;
export const weChatMsgId = (i: number) => String(25_000_000_000_000 + i);

/** WeChat's server API: access tokens, and customer-service sends recorded (they succeed). */
export class WeChatApiStandIn {
  readonly sends: { touser: string; content: string }[] = [];
  url = '';
  private server!: Server;

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (path === '/cgi-bin/token') return res.end(JSON.stringify({ access_token: 'CRASH_TOKEN', expires_in: 7200 }));
      if (path === '/cgi-bin/message/custom/send') {
        const message = JSON.parse(raw) as { touser: string; text: { content: string } };
        this.sends.push({ touser: message.touser, content: message.text.content });
        return res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
      }
      res.end(JSON.stringify({ errcode: 40001, errmsg: 'not served here' }));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface Ledger {
  /** Acknowledged messages without an answer the platform accepted. */
  unanswered: string[];
  /** Answers the platform accepted more than once (the crash window). */
  repeated: number;
  /** Accepted sends of no committed reply: a reply that was never in the outbox went out. */
  strays: number;
  /** Turns run again after the kill (their first run died with the process). */
  takenOver: number;
  answers: number;
}

export type Query = <T>(sql: string) => Promise<T[]>;

/** Reads the store the servers wrote, SQLite file or PostgreSQL database. */
export async function withDatabase<T>(databaseUrl: string, work: (query: Query) => Promise<T>): Promise<T> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Database(databaseUrl.slice('sqlite:'.length), { readonly: true });
    try {
      return await work(async <R>(sql: string) => db.prepare(sql).all() as R[]);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(async <R>(sql: string) => (await client.query(sql)).rows as R[]);
  } finally {
    await client.end();
  }
}

/** What the store and the stand-in platform say happened to each message. */
export async function ledger(query: Query, sends: readonly GraphSend[], acknowledged: ReadonlySet<number>): Promise<Ledger> {
  type InboxRow = { id: number; message_id: string; completed_at: string | null; attempts: number };
  const inbox = new Map((await query<InboxRow>("SELECT id, message_id, completed_at, attempts FROM inbox_messages WHERE channel_id = 'whatsapp'")).map((r) => [r.message_id, r]));
  const replies = await query<{ inbox_id: number; activity_id: string; status: string }>('SELECT inbox_id, activity_id, status FROM outbox_deliveries');
  const accepted = new Map<string, number>();
  for (const s of sends) if (s.accepted && s.tracking) accepted.set(s.tracking, (accepted.get(s.tracking) ?? 0) + 1);
  const unanswered: string[] = [];
  for (const i of acknowledged) {
    const wamid = whatsAppWamid(i);
    const row = inbox.get(wamid);
    const mine = row ? replies.filter((r) => Number(r.inbox_id) === Number(row.id)) : [];
    if (!row?.completed_at || !mine.length || mine.some((r) => r.status !== 'sent' || !accepted.get(r.activity_id))) unanswered.push(wamid);
  }
  const committed = new Set(replies.map((r) => r.activity_id));
  return {
    unanswered,
    repeated: [...accepted.values()].filter((n) => n > 1).length,
    strays: sends.filter((s) => s.accepted && (!s.tracking || !committed.has(s.tracking))).length,
    takenOver: [...inbox.values()].filter((r) => r.attempts > 1).length,
    answers: replies.length,
  };
}

/** Waits (bounded) until every message is in the inbox and completed and nothing waits in the outbox. */
export async function settled(databaseUrl: string, count: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const done = await withDatabase(databaseUrl, async (query) => {
      const [row] = await query<{ all: number; open: number; pending: number }>(
        `SELECT (SELECT count(*) FROM inbox_messages) AS "all",
                (SELECT count(*) FROM inbox_messages WHERE completed_at IS NULL) AS "open",
                (SELECT count(*) FROM outbox_deliveries WHERE status = 'pending') AS "pending"`,
      );
      return Number(row!.all) === count && Number(row!.open) === 0 && Number(row!.pending) === 0;
    });
    if (done) return;
    await sleep(200);
  }
}

/**
 * What every PostgreSQL fault test starts the same way, made before the suite's tests and taken down
 * after: a test database of its own, a Graph stand-in answering within `graphDelayMs`, and the servers
 * the test starts (continued first, in case a test left one stopped, then stopped).
 */
export function postgresFaultSuite(serverUrl: string, graphDelayMs: number): { db: () => TestDatabase; graph: () => GraphStandIn; servers: ServerProcess[] } {
  let db: TestDatabase | undefined;
  const graph = new GraphStandIn(graphDelayMs);
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    await graph.start();
  });
  afterAll(async () => {
    for (const s of servers) {
      s.resume();
      await s.stop().catch(() => null);
    }
    await graph.close();
    await db?.drop();
  });
  return { db: () => db!, graph: () => graph, servers };
}

/**
 * The end of a fault run: what was not acknowledged redelivered (`rounds` at most), every message
 * completed and sent, and the ledger of answers at the stand-in, printed under `label` for the log.
 */
export async function faultLedger(databaseUrl: string, graph: GraphStandIn, deliveries: PlatformDeliveries, count: number, rounds: number, label: string, settle = 0): Promise<Ledger> {
  await deliveries.redeliverUnacknowledged(rounds);
  await settled(databaseUrl, count);
  if (settle) await sleep(settle);
  const l = await withDatabase(databaseUrl, (query) => ledger(query, graph.sends, deliveries.acknowledged));
  console.info(`${label}:`, { acknowledged: deliveries.acknowledged.size, refusals: Object.fromEntries(deliveries.refusals), ...l, unanswered: l.unanswered.length, sends: graph.sends.length });
  return l;
}

/** How a crash run paces its deliveries: `count` messages `intervalMs` apart, the first server killed at `killAt`. */
export interface Pace {
  intervalMs: number;
  killAt: number;
  count: number;
}

export interface RunPlan {
  databaseUrl: string;
  /** The server on a port (the same store every time). */
  server: (port: number) => ServerProcess;
  webhookPath: string;
  /** The platform's deliveries, posting message i to `target(i)`. */
  deliveries: (target: (i: number) => string) => PlatformDeliveries;
  /** A second instance runs alongside the first from the start (PostgreSQL); otherwise the first is restarted. */
  alongside: boolean;
  pace: Pace;
  /** Runs once the first instance listens, before the deliveries (a client opening its conversations). */
  before?: (baseUrl: string) => Promise<void>;
  /** How many messages the inbox holds when all is done, when more than the deliveries (conversation starts). */
  inboxMessages?: number;
  /** Runs once everything is answered, before the instance left is stopped (a client reading its conversations). */
  after?: (baseUrl: string) => Promise<void>;
}

/**
 * One run: steady deliveries to the first instance (alternating with the second when it runs
 * alongside), kill -9 of the first at `pace.killAt`, the second started on the same store if it was
 * not running, the platform's redeliveries to it; resolves when everything is answered (`settled`)
 * and the second stopped, with the platform's deliveries.
 */
export async function crashRun(plan: RunPlan, servers: ServerProcess[], recover: () => void): Promise<PlatformDeliveries> {
  const [port1, port2] = [await freePort(), await freePort()];
  const first = plan.server(port1);
  // On one SQLite file the second process is the first one restarted (same port); on PostgreSQL another instance.
  const second = plan.server(plan.alongside ? port2 : port1);
  servers.push(first, second);
  await first.start();
  if (plan.alongside) await second.start();
  await plan.before?.(`http://127.0.0.1:${port1}`);
  const urlOf = (port: number) => `http://127.0.0.1:${port}${plan.webhookPath}`;
  // A load balancer in front of two instances: alternate, then only the one left.
  let killed = false;
  const deliveries = plan.deliveries((i) => urlOf(plan.alongside && (killed || i % 2 === 1) ? port2 : port1));
  let restarted: Promise<void> | undefined;
  await deliveries.steady(plan.pace.intervalMs, (i) => {
    if (i !== plan.pace.killAt) return;
    killed = true;
    restarted = first.crash().then(() => (plan.alongside ? undefined : second.start()));
  });
  await restarted;
  await deliveries.redeliverUnacknowledged(10);
  // The platform recovers: whatever still fails now goes out on a retry.
  await sleep(500);
  recover();
  await settled(plan.databaseUrl, plan.inboxMessages ?? plan.pace.count);
  await plan.after?.(`http://127.0.0.1:${plan.alongside ? port2 : port1}`);
  const code = await second.stop();
  if (code !== 0) throw new Error(`the server left running exited with ${code}:\n${second.output.slice(-3000)}`);
  return deliveries;
}

/** One activity the stand-in Bot Connector was sent. */
export interface ConnectorPost {
  conversationId: string;
  /** The activity it answers: the path's activity id, or the body's replyToId when posted to the conversation. */
  replyTo: string | undefined;
  type: string;
  text: string | undefined;
}

/**
 * The Bot Connector service at the activities' serviceUrl (Bot Framework REST API v3): replies
 * (`POST /v3/conversations/{conversationId}/activities/{activityId}`) and messages to the
 * conversation (`POST /v3/conversations/{conversationId}/activities`), each answered 200 with a new
 * id after a short seeded delay (a connector under load), and recorded.
 */
export class BotConnectorStandIn {
  readonly posts: ConnectorPost[] = [];
  url = '';
  private server!: Server;
  private ids = 0;
  private readonly random = mulberry32(11);

  constructor(private readonly maxDelayMs: number) {}

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      const route = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (req.method !== 'POST' || !route) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound', message: 'not served here' } }));
        return;
      }
      const body = JSON.parse(raw) as { type: string; replyToId?: string; text?: string };
      setTimeout(() => {
        const replyTo = route[2] === undefined ? body.replyToId : decodeURIComponent(route[2]);
        this.posts.push({ conversationId: decodeURIComponent(route[1]!), replyTo, type: body.type, text: body.text });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `connector-${++this.ids}` }));
      }, Math.floor(this.random() * this.maxDelayMs));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export const botFrameworkConversationOf = (i: number, customers: number) => `crash-conv-${i % customers}`;
export const botFrameworkActivityId = (i: number) => `crash-activity-${String(i).padStart(5, '0')}`;

/**
 * The channel's deliveries to `/api/messages`: one message activity each, from 30 conversations,
 * with the connector's serviceUrl (a channel retries an activity that got no 2xx, with its id).
 */
export function botFrameworkActivities(count: number, customers: number, serviceUrl: string, target: (i: number) => string): PlatformDeliveries {
  return new PlatformDeliveries(count, async (i) => {
    const conversation = botFrameworkConversationOf(i, customers);
    const res = await fetch(target(i), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: botFrameworkActivityId(i),
        channelId: 'directline',
        serviceUrl,
        timestamp: new Date().toISOString(),
        from: { id: `user-${conversation}`, name: 'Customer', role: 'user' },
        recipient: { id: 'carrier-assist-bot', name: 'Carrier Assist', role: 'bot' },
        conversation: { id: conversation },
        text: i % 2 ? 'hello' : 'help',
        locale: 'en-US',
      }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.text() };
  });
}

/** One web chat conversation as its client holds it: the id and the token (`POST /v3/directline/tokens/generate`). */
export interface DirectLineConversation {
  conversationId: string;
  token: string;
}

const directLineHeaders = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/**
 * Opens a web chat conversation as a site without sign-in does outside production: a token from
 * `POST /v3/directline/tokens/generate` (no secret needed there), then `POST /v3/directline/conversations`
 * with it (the user joins and is greeted).
 */
export async function openDirectLineConversation(baseUrl: string): Promise<DirectLineConversation> {
  const generated = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}: ${await generated.text()}`);
  const { conversationId, token } = (await generated.json()) as DirectLineConversation;
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: directLineHeaders(token), body: '{}' });
  if (started.status !== 201) throw new Error(`conversations answered ${started.status}: ${await started.text()}`);
  return { conversationId, token };
}

/** Web Chat's client-side id of message i (`channelData.clientActivityID`): the same on every post of it. */
export const directLineClientActivityId = (i: number) => `crash-client-${String(i).padStart(5, '0')}`;

/**
 * The web chat clients' posts: message i to conversation i mod the conversations'
 * (`POST {base}/conversations/{id}/activities`), posted again with the same client-side id while it
 * has no 2xx, as Web Chat does; `base(i)` is the Direct Line base URL for message i.
 */
export function directLinePosts(count: number, conversations: () => readonly DirectLineConversation[], base: (i: number) => string): PlatformDeliveries {
  return new PlatformDeliveries(count, async (i) => {
    const all = conversations();
    const { conversationId, token } = all[i % all.length]!;
    const res = await fetch(`${base(i)}/conversations/${encodeURIComponent(conversationId)}/activities`, {
      method: 'POST',
      headers: directLineHeaders(token),
      body: JSON.stringify({ type: 'message', text: i % 2 ? 'hello' : 'help', locale: 'en-US', channelData: { clientActivityID: directLineClientActivityId(i) } }),
      signal: AbortSignal.timeout(10_000),
    });
    return { status: res.status, body: await res.text() };
  });
}

/** A conversation's activities as a Direct Line client reads them: `GET …/activities?watermark=` until nothing new comes. */
export async function readDirectLineActivities(baseUrl: string, { conversationId, token }: DirectLineConversation): Promise<DirectLineActivity[]> {
  const activities: DirectLineActivity[] = [];
  let watermark = '';
  for (;;) {
    const res = await fetch(`${baseUrl}/v3/directline/conversations/${encodeURIComponent(conversationId)}/activities?watermark=${watermark}`, { headers: directLineHeaders(token) });
    if (res.status !== 200) throw new Error(`GET activities answered ${res.status}: ${await res.text()}`);
    const set = (await res.json()) as { activities: DirectLineActivity[]; watermark?: string };
    if (!set.activities.length || set.watermark === undefined || set.watermark === watermark) return activities;
    activities.push(...set.activities);
    watermark = set.watermark;
  }
}

export interface DirectLineActivity {
  id: string;
  type: string;
  from: { id: string; role?: string };
  replyToId?: string;
  text?: string;
}
