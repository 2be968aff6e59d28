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
import { signatureHeader } from '../../adapters/whatsapp/signature.ts';
import { mulberry32 } from '../../src/demo/prng.ts';
import { APP_SECRET, ACCESS_TOKEN, GRAPH_VERSION, PHONE_NUMBER_ID, VERIFY_TOKEN, textMessage } from '../adapters/whatsapp/whatsAppTestServer.ts';

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

/** The Graph API's `POST /{phone-number-id}/messages`, answering after a short, seeded delay. */
export class GraphStandIn {
  readonly sends: GraphSend[] = [];
  /** While set, this share of sends is answered 500 (an overloaded platform). */
  failShare = 0;
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
          if (fail) return answer(500, { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } });
          const wamid = `wamid.OUT${++this.wamids}`;
          answer(200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id: wamid }] });
        }, delay);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/${GRAPH_VERSION}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** `carrier-assist serve`, WhatsApp on, on a SQLite file and a fixed port. */
export class ServerProcess {
  private child!: ChildProcessWithoutNullStreams;
  private exited!: Promise<number | null>;
  output = '';

  constructor(private readonly env: Record<string, string>) {}

  /** `databaseUrl`: `sqlite:<file>` or `postgres://…`. */
  static whatsApp(databaseUrl: string, port: number, graphUrl: string, extra: Record<string, string> = {}): ServerProcess {
    return new ServerProcess({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_GRAPH_URL: graphUrl,
      QUEUE_POLL_MS: '100',
      OUTBOX_RETRY_BASE_MS: '50',
      OUTBOX_RETRY_MAX_MS: '800',
      OUTBOX_MAX_ATTEMPTS: '30',
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

/** Meta's side: numbered customer messages, signed, posted to the webhook; which got a 200. */
export class WhatsAppDeliveries {
  readonly acknowledged = new Set<number>();
  /** Webhook answers other than 200, and connection failures, by kind (the crash shows up here). */
  readonly refusals = new Map<string, number>();

  /** Where Meta posts message i (a load balancer in front of several instances may change its mind). */
  target: (i: number) => string;

  constructor(
    webhookUrl: string,
    readonly count: number,
    private readonly customers: number,
  ) {
    this.target = () => webhookUrl;
  }

  static wamid(i: number): string {
    return `wamid.CRASH${String(i).padStart(5, '0')}`;
  }

  customerOf(i: number): string {
    return `4477009${String(10_000 + (i % this.customers)).slice(1)}`;
  }

  /** Posts message i once; records a 200. */
  async deliver(i: number): Promise<void> {
    const body = textMessage(i % 2 ? 'hello' : 'help', { id: WhatsAppDeliveries.wamid(i), from: this.customerOf(i), timestamp: Math.floor(Date.now() / 1000) });
    try {
      const res = await fetch(this.target(i), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureHeader(APP_SECRET, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      if (res.status === 200) this.acknowledged.add(i);
      else this.refused(`HTTP ${res.status}`);
    } catch (error) {
      this.refused(((error as Error).cause as { code?: string } | undefined)?.code ?? (error as Error).name);
    }
  }

  /**
   * Sends every message once at `intervalMs` apart without waiting for answers (Meta holds many
   * connections); `at(i)` runs just after message i went out (the test crashes the server there).
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

  /** Meta's retries: what has no 200 yet is posted again, a bounded number of rounds. */
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
