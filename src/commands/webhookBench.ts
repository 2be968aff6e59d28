/**
 * WhatsApp turns end to end over HTTP, as Meta and customers see them: `carrier-assist serve` as its
 * own process (SQLite file, the full demo loaded, durable inbox and outbox on), signed webhook
 * notifications from this process, and a stand-in Graph API here on 127.0.0.1 that answers sends at
 * once. Reply latency is from the webhook POST to the reply's send reaching the stand-in. Flat out, a
 * turn is compared with a bare Express echo route (its own process) served to the same client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signatureHeader } from '../../adapters/whatsapp/index.ts';
import { mulberry32 } from '../demo/prng.ts';

export const BIN = fileURLToPath(new URL('../bin.js', import.meta.url));
export const APP_SECRET = 'bench-app-secret';
export const PHONE_NUMBER_ID = '106540352242922';
const PACED_CUSTOMERS = 50;
const PACED_SECONDS = 15;
const FLAT_OUT_CLIENTS = 32;
const FLAT_OUT_SECONDS = 8;
/** Turns flat out after the first ones, not measured: the paced and flat-out figures are a server that has run a while (its JIT settled), as a deployed one is nearly all of its life. */
const WARM_SECONDS = 6;
export const TEXTS = ['hello', 'help', 'where is my parcel', '1Z999AA10123456784', 'thanks'];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** The Graph API's send endpoint; wakes whoever waits for a reply to that number. */
export class GraphStandIn {
  private server!: Server;
  private readonly waiting = new Map<string, () => void>();
  private wamids = 0;
  url = '';

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      const { to } = JSON.parse(raw) as { to: string };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.BENCH${++this.wamids}` }] }));
      this.waiting.get(to)?.();
      this.waiting.delete(to);
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v21.0`;
  }

  /** Resolves at the first send to `to` after this call, or after `timeoutMs` (false). */
  replyTo(to: string, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(to);
        resolve(false);
      }, timeoutMs);
      this.waiting.set(to, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A signed notification with one text message, as the Cloud API sends it. */
export function notification(id: string, from: string, text: string): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ profile: { name: 'Bench Customer' }, wa_id: from }],
              messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
            },
          },
        ],
      },
    ],
  });
}

/** A process that prints `marker` once it listens. */
export async function startProcess(args: string[], env: Record<string, string>, marker: string, cwd?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...(cwd ? { cwd } : {}) });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes(marker)) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => reject(new Error(`exited (${code}) before listening:\n${output.slice(-2000)}`)));
  });
  return child;
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `carrier-assist serve` with WhatsApp on against the stand-in, on `databaseUrl`; resolves once it listens. */
export function startServer(port: number, databaseUrl: string, graph: GraphStandIn, extra: Record<string, string> = {}): Promise<ChildProcess> {
  return startProcess(
    [BIN, 'serve'],
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      WHATSAPP_VERIFY_TOKEN: 'bench',
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_ACCESS_TOKEN: 'bench-token',
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_GRAPH_URL: graph.url,
      // The bench sends from one address far past what one Meta address delivers: it measures turns, not the limits.
      RATE_LIMIT_WEBHOOK: 'off',
      RATE_LIMIT_WEBHOOK_SENDER: 'off',
      ...extra,
    },
    'Carrier Assist is running',
  );
}

/**
 * The bench's HTTP client: `node:http` over keep-alive connections. The figures are the server's, so
 * the client must cost little and pause little: with `fetch` (undici) this process's own scavenges
 * took 10–29 ms each, 170–210 ms in the 15 s of the paced load, and every reply that arrived during
 * one was measured that much late; with this client, 37 ms in all, the longest 6.6 ms.
 */
const CLIENT = new Agent({ keepAlive: true, maxSockets: 256 });

/** The same POST with `fetch` (undici), the client of sessions 8–13's figures: printed beside for comparison. */
export async function postWithFetch(port: number, path: string, body: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await res.arrayBuffer();
  return res.status;
}

export type Post = (port: number, path: string, body: string, headers?: Record<string, string>) => Promise<number>;

/** POSTs `body` (GETs without one) to 127.0.0.1:`port``path`; resolves to the response's status once its body is read. */
export function post(port: number, path: string, body: string | null, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = body === null ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    const req = request({ host: '127.0.0.1', port, path, method: body === null ? 'GET' : 'POST', agent: CLIENT, headers: { ...sent, ...headers } }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(body ?? undefined);
  });
}

/** Customers' turns as Meta delivers them: signed webhook POSTs, each waiting for its reply's send at the stand-in. */
export class CustomerTurns {
  private sent = 0;

  /** `tag` keeps the wamids of one run apart from another's on the same database. */
  constructor(
    private readonly graph: GraphStandIn,
    private readonly tag: string,
    private readonly send: Post = post,
  ) {}

  /** One customer turn on the server at `port`: milliseconds from the POST to the reply's send, or null without a reply in 10 s. */
  async turn(port: number, customer: string, text: string): Promise<number | null> {
    const body = notification(`wamid.${this.tag}.${++this.sent}`, customer, text);
    const replied = this.graph.replyTo(customer, 10_000);
    const started = performance.now();
    const status = await this.send(port, '/webhooks/whatsapp', body, { 'x-hub-signature-256': signatureHeader(APP_SECRET, body) });
    if (status !== 200 || !(await replied)) return null;
    return performance.now() - started;
  }
}

export async function runWebhookBench(out: NodeJS.WritableStream): Promise<void> {
  const line = (s = '') => out.write(`${s}\n`);
  const graph = new GraphStandIn();
  await graph.start();
  const dir = mkdtempSync(join(tmpdir(), 'ca-bench-'));
  const port = await freePort();
  const children: ChildProcess[] = [];
  try {
    let t = performance.now();
    const server = await startServer(port, `sqlite:${join(dir, 'bench.db')}`, graph, { DEMO_SCALE: 'full' });
    children.push(server);
    const ready = memoryOf(server.pid!);
    line(`- server: \`carrier-assist serve\` on a SQLite file with the full demo (104,000 shipments), ready in ${((performance.now() - t) / 1000).toFixed(1)} s; RSS when ready ${ready.rss} MB`);

    const turns = new CustomerTurns(graph, 'BENCH');
    const turn = (customer: string, text: string) => turns.turn(port, customer, text);
    const customer = (i: number) => `4479${String(10_000_000 + i).slice(1)}`;

    // The bench's own client and Graph stand-in are warmed first (the process's first fetches, its
    // connections): the first turns then measure the server's turns, not this process waking up.
    await Promise.all(
      Array.from({ length: PACED_CUSTOMERS }, async () => {
        await post(port, '/readyz', null);
        const stand = new URL(graph.url);
        await post(Number(stand.port), `${stand.pathname}/${PHONE_NUMBER_ID}/messages`, JSON.stringify({ to: 'bench-warm-up' }));
      }),
    );
    // Every paced customer's first turn (the server's first turns), then the paced load.
    const firsts = (await Promise.all(Array.from({ length: PACED_CUSTOMERS }, (_, i) => turn(customer(i), 'hello')))).filter((x): x is number => x !== null).sort((a, b) => a - b);
    // A server that has run a while: the optimising compiler has taken the request path's hot
    // functions (the start's own warm-up runs turns on a throwaway pipeline, not through HTTP, the
    // inbox and the outbox). The first turns after the start are reported on their own line below.
    let warmTurns = 0;
    const warmEnd = performance.now() + WARM_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: FLAT_OUT_CLIENTS }, async (_, c) => {
        for (let k = 0; performance.now() < warmEnd && k < 1_000_000; k++) if ((await turn(customer(2000 + c), TEXTS[(c + k) % TEXTS.length]!)) !== null) warmTurns++;
      }),
    );
    const random = mulberry32(16);
    const latencies: number[] = [];
    let missing = 0;
    const until = performance.now() + PACED_SECONDS * 1000;
    await Promise.all(
      Array.from({ length: PACED_CUSTOMERS }, async (_, i) => {
        for (let k = 0; performance.now() < until && k < 1000; k++) {
          await sleep(200 + random() * 400);
          const ms = await turn(customer(i), TEXTS[k % TEXTS.length]!);
          if (ms === null) missing++;
          else latencies.push(ms);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    // A new customer once the server is warm, one at a time: their conversation does not exist yet.
    const newcomers: number[] = [];
    for (let i = 0; i < 20; i++) {
      const ms = await turn(customer(500 + i), 'hello');
      if (ms !== null) newcomers.push(ms);
    }
    newcomers.sort((a, b) => a - b);
    // The same burst as the first turns after the start, now that the server is warm: what "as fast as the others" compares with.
    const warmBurst = (await Promise.all(Array.from({ length: PACED_CUSTOMERS }, (_, i) => turn(customer(700 + i), 'hello')))).filter((x): x is number => x !== null).sort((a, b) => a - b);
    line(`- the first turns after the start (${firsts.length} new customers at once): p50 ${quantile(firsts, 0.5).toFixed(1)} ms, p99 ${quantile(firsts, 0.99).toFixed(1)} ms; the same burst of new customers on the warm server: p50 ${quantile(warmBurst, 0.5).toFixed(1)} ms, p99 ${quantile(warmBurst, 0.99).toFixed(1)} ms`);
    line(`- then ${warmTurns} turns flat out for ${WARM_SECONDS} s, not measured (the server settles: the optimising compiler takes the request path), before the figures below`);
    line(`- a new customer's first turn on a warm server (${newcomers.length}, one at a time): p50 ${quantile(newcomers, 0.5).toFixed(1)} ms, max ${(newcomers.at(-1) ?? NaN).toFixed(1)} ms`);
    line(
      `- reply latency, ${PACED_CUSTOMERS} customers each writing 0.2–0.6 s after the last reply for ${PACED_SECONDS} s (${latencies.length} turns, ${(latencies.length / PACED_SECONDS).toFixed(0)}/s${missing ? `, ${missing} without a reply in 10 s` : ''}): p50 ${quantile(latencies, 0.5).toFixed(1)} ms, p90 ${quantile(latencies, 0.9).toFixed(1)} ms, p99 ${quantile(latencies, 0.99).toFixed(1)} ms`,
    );

    // Flat out: as many turns as the server completes, then the same client against an echo route.
    const flatOut = async (one: (client: number) => Promise<boolean>) => {
      let done = 0;
      const end = performance.now() + FLAT_OUT_SECONDS * 1000;
      await Promise.all(
        Array.from({ length: FLAT_OUT_CLIENTS }, async (_, c) => {
          for (let k = 0; performance.now() < end && k < 1_000_000; k++) if (await one(c)) done++;
        }),
      );
      return done / FLAT_OUT_SECONDS;
    };
    // Flat out with each client: the server's turns, then a bare Express echo route, served to the same client.
    const echoPort = await freePort();
    const echo = await startProcess(
      ['--input-type=module', '-e', `import express from 'express'; const app = express(); app.post('/echo', express.raw({ type: () => true }), (req, res) => res.sendStatus(200)); app.listen(${echoPort}, '127.0.0.1', () => console.log('echo listening'));`],
      {},
      'echo listening',
      fileURLToPath(new URL('../..', import.meta.url)),
    );
    children.push(echo);
    const echoBody = notification('wamid.ECHO', customer(0), 'hello');
    const flatOutPair = async (send: Post, base: number) => {
      const clientTurns = new CustomerTurns(graph, `BENCH${base}`, send);
      let cpu = cpuMsOf(server.pid!);
      let completed = 0;
      const turnsPerSecond = await flatOut(async (c) => {
        const ok = (await clientTurns.turn(port, customer(base + c), TEXTS[c % TEXTS.length]!)) !== null;
        if (ok) completed++;
        return ok;
      });
      const serverCpuPerTurn = (cpuMsOf(server.pid!) - cpu) / completed;
      cpu = cpuMsOf(echo.pid!);
      let echoed = 0;
      const echoPerSecond = await flatOut(async () => {
        echoed++;
        return (await send(echoPort, '/echo', echoBody, { 'x-hub-signature-256': signatureHeader(APP_SECRET, echoBody) })) === 200;
      });
      return { turnsPerSecond, serverCpuPerTurn, echoPerSecond, echoCpuPerRequest: (cpuMsOf(echo.pid!) - cpu) / echoed };
    };
    const lean = await flatOutPair(post, 1000);
    const undici = await flatOutPair(postWithFetch, 1100);
    const peak = memoryOf(server.pid!);
    line(
      `- flat out, ${FLAT_OUT_CLIENTS} clients for ${FLAT_OUT_SECONDS} s (node:http client): ${lean.turnsPerSecond.toFixed(0)} completed turns/s (webhook to reply sent); a bare Express echo route, same client: ${lean.echoPerSecond.toFixed(0)} requests/s; turns are ${((100 * lean.turnsPerSecond) / lean.echoPerSecond).toFixed(1)}% of it`,
    );
    line(`- CPU time of the server process per completed turn, flat out: ${lean.serverCpuPerTurn.toFixed(2)} ms (the echo process: ${lean.echoCpuPerRequest.toFixed(2)} ms per request); load average of the machine at the end ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
    line(
      `- the same flat out with fetch (undici) as the client, heavier on this machine's shared cores: ${undici.turnsPerSecond.toFixed(0)} turns/s, echo route ${undici.echoPerSecond.toFixed(0)} requests/s, ${((100 * undici.turnsPerSecond) / undici.echoPerSecond).toFixed(1)}% (server ${undici.serverCpuPerTurn.toFixed(2)} ms a turn)`,
    );
    line(`- server RSS: ${ready.rss} MB when ready, ${peak.rss} MB after the load, peak ${peak.peak} MB`);
  } finally {
    for (const c of children) c.kill('SIGKILL');
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
