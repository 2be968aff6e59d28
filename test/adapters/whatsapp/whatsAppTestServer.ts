/**
 * A carrier-assist server with only the WhatsApp channel (in-memory store, small demo data, fixed
 * clock), and a local HTTP server standing in for the Graph API that records every request it gets.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createWhatsAppAdapter } from '../../../adapters/whatsapp/index.ts';
import type { WhatsAppInbox } from '../../../adapters/whatsapp/inbox.ts';
import type { WhatsAppSender } from '../../../adapters/whatsapp/sender.ts';
import { signatureHeader } from '../../../adapters/whatsapp/signature.ts';
import type { AdapterFactory, ChannelAdapter } from '../../../adapters/types.ts';
import type { Logger } from 'pino';
import { buildApp, type App } from '../../../src/app.ts';
import { FixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { generateDataset } from '../../../src/demo/index.ts';

export const DEMO_NOW = '2026-03-20T09:00:00.000Z';
export const PHONE_NUMBER_ID = '106540352242922';
export const DISPLAY_PHONE_NUMBER = '15550783881';
export const APP_SECRET = 'test-app-secret-3f9a';
export const VERIFY_TOKEN = 'test-verify-token';
export const ACCESS_TOKEN = 'EAAtest-access-token';
export const GRAPH_VERSION = 'v21.0';

export interface GraphRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** What the fake Graph API answers to `POST /{phone-number-id}/messages`, by default a new wamid. */
export type SendAnswer = { status: number; body: unknown };

export class FakeGraphApi {
  readonly requests: GraphRequest[] = [];
  /** Files served for `GET /{media-id}` and the URL it returns. */
  readonly media = new Map<string, { mimeType: string; data: Buffer }>();
  /** Overrides the next message sends (first in, first out). */
  readonly sendAnswers: SendAnswer[] = [];
  /** Runs before a send is answered with `wamid` (to let a status webhook overtake the answer). */
  beforeAnswer: ((wamid: string, to: string) => Promise<void>) | undefined;
  private server!: Server;
  private sent = 0;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = req.url ?? '';
        this.requests.push({ method: req.method ?? '', path, headers: req.headers, body: raw ? (JSON.parse(raw) as unknown) : undefined });
        const json = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(body));
        };
        const send = /^\/v21\.0\/(\d+)\/messages$/.exec(path);
        if (req.method === 'POST' && send) {
          const answer = this.sendAnswers.shift();
          if (answer) return json(answer.status, answer.body);
          const to = (JSON.parse(raw) as { to: string }).to;
          const wamid = `wamid.OUT${++this.sent}`;
          const answer200 = () => json(200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid }] });
          if (this.beforeAnswer) return void this.beforeAnswer(wamid, to).then(answer200);
          return answer200();
        }
        const file = /^\/files\/(\w+)$/.exec(path);
        if (req.method === 'GET' && file && this.media.has(file[1]!)) {
          const m = this.media.get(file[1]!)!;
          res.writeHead(200, { 'content-type': m.mimeType });
          return res.end(m.data);
        }
        const info = /^\/v21\.0\/(\w+)$/.exec(path);
        if (req.method === 'GET' && info && this.media.has(info[1]!)) {
          const m = this.media.get(info[1]!)!;
          return json(200, {
            messaging_product: 'whatsapp',
            url: `${this.url}/files/${info[1]}`,
            mime_type: m.mimeType,
            sha256: 'unused',
            file_size: m.data.length,
            id: info[1],
          });
        }
        json(404, { error: { message: 'Unsupported get request', type: 'GraphMethodException', code: 100 } });
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The bodies of the message sends, in order. */
  sends(): GraphRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
  }

  reset(): void {
    this.requests.length = 0;
    this.sendAnswers.length = 0;
    this.beforeAnswer = undefined;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Log lines the app wrote (pino JSON), for asserting warnings. */
export class LogCapture extends Writable {
  readonly lines: { level: number; msg: string; [key: string]: unknown }[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as LogCapture['lines'][number]);
    done();
  }
  warnings(): string[] {
    return this.lines.filter((l) => l.level === 40).map((l) => l.msg);
  }
}

export type WhatsAppAdapter = ChannelAdapter & { inbox: WhatsAppInbox; sender: WhatsAppSender; idle(): Promise<void> };

export interface WhatsAppServer {
  app: App;
  url: string;
  clock: FixedClock;
  graph: FakeGraphApi;
  logs: LogCapture;
  adapter: WhatsAppAdapter;
  /** Where /metrics is served when METRICS_PORT gives it a port of its own. */
  metricsUrl: string | undefined;
  /** POSTs a body to the webhook, signed with the app secret unless `signature` says otherwise. */
  post(body: string | Buffer, signature?: string | null, headers?: Record<string, string>): Promise<Response>;
  /** Waits until every acknowledged notification has been processed. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** `more`: other channels beside WhatsApp, and a logger of the test's own (LogCapture stays empty then). */
export async function startWhatsAppServer(env: Record<string, string> = {}, more: { adapters?: AdapterFactory[]; logger?: Logger } = {}): Promise<WhatsAppServer> {
  const graph = new FakeGraphApi();
  await graph.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'sqlite::memory:',
    DEMO_DATA: 'off',
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_GRAPH_URL: `${graph.url}/${GRAPH_VERSION}`,
    ...env,
  });
  const clock = new FixedClock(DEMO_NOW);
  const logs = new LogCapture();
  const app = await buildApp({ config, clock, logger: more.logger ?? pino({ level: 'debug' }, logs), adapters: [createWhatsAppAdapter, ...(more.adapters ?? [])] });
  await app.store.importDataset(generateDataset({ seed: 42, now: new Date(DEMO_NOW), scale: 'small' }));
  const running = await app.start(0, '127.0.0.1');
  const adapter = app.adapters.find((a) => a.channelId === 'whatsapp') as WhatsAppAdapter;
  return {
    app,
    url: running.url,
    metricsUrl: running.metricsUrl,
    clock,
    graph,
    logs,
    adapter,
    post(body, signature, headers = {}) {
      const sig = signature === undefined ? signatureHeader(APP_SECRET, body) : signature;
      return fetch(`${running.url}/webhooks/whatsapp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(sig === null ? {} : { 'x-hub-signature-256': sig }), ...headers },
        body,
      });
    },
    settle: () => adapter.idle(),
    async close() {
      await app.close();
      await running.close();
      await graph.close();
    },
  };
}

/** Starts a server before the enclosing describe's tests and closes it after them. */
export function useWhatsAppServer(env: Record<string, string> = {}): { readonly server: WhatsAppServer } {
  let server: WhatsAppServer | undefined;
  beforeAll(async () => {
    server = await startWhatsAppServer(env);
  });
  afterAll(() => server?.close());
  return {
    get server() {
      if (!server) throw new Error('useWhatsAppServer: read inside tests and hooks only');
      return server;
    },
  };
}

export interface InboundOptions {
  id: string;
  from?: string;
  name?: string;
  /** Unix seconds; defaults to DEMO_NOW. */
  timestamp?: number;
  phoneNumberId?: string;
}

/** A signed-body envelope around one `messages` change value, as the Cloud API sends it. */
function envelopeOf(value: Record<string, unknown>, phoneNumberId = PHONE_NUMBER_ID): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            value: { messaging_product: 'whatsapp', metadata: { display_phone_number: DISPLAY_PHONE_NUMBER, phone_number_id: phoneNumberId }, ...value },
            field: 'messages',
          },
        ],
      },
    ],
  });
}

/** A notification carrying one customer message. */
export function notification(message: Record<string, unknown>, o: InboundOptions): string {
  const from = o.from ?? '447700900123';
  return envelopeOf(
    {
      contacts: [{ profile: { name: o.name ?? 'Ann Lee' }, wa_id: from }],
      messages: [{ from, id: o.id, timestamp: String(o.timestamp ?? Date.parse(DEMO_NOW) / 1000), ...message }],
    },
    o.phoneNumberId,
  );
}

export const textMessage = (body: string, o: InboundOptions) => notification({ type: 'text', text: { body } }, o);

/** A notification carrying statuses of messages we sent. */
export function statusNotification(statuses: Record<string, unknown>[]): string {
  return envelopeOf({ statuses });
}
