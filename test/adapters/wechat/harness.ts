import { connect } from 'node:net';
/**
 * A carrier-assist server with only the WeChat channel, and a local HTTP server standing in for
 * WeChat's API (token, customer-service and template sends, media) that records every request it gets.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createWeChatAdapter } from '../../../adapters/wechat/index.ts';
import { WeChatMessageCrypto } from '../../../adapters/wechat/crypto.ts';
import { weChatSignature } from '../../../adapters/wechat/signature.ts';
import { buildApp, type App } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import { createParser } from '../../../src/nlu/index.ts';
import type { NluParser } from '../../../src/nlu/types.ts';
import { DEMO_NOW, DEMO_SEED, SteppingClock } from '../../support/webChatServer.ts';

export const TOKEN = 'carrierassist';
export const APP_ID = 'wx2c2769f8efd9abc2';
export const APP_SECRET = 'test-app-secret';
export const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
/** The official account's original id: WeChat's ToUserName on pushes. */
export const ACCOUNT = 'gh_10f6c3c3ac5a';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: string;
}

/** What the fake API answers; tests change it. */
export interface FakeBehaviour {
  tokens: string[];
  expiresIn: number;
  /** errcodes to answer the next custom/send calls with, in order (0 = ok). */
  sendErrcodes: number[];
}

export class FakeWeChatApi {
  readonly requests: RecordedRequest[] = [];
  readonly behaviour: FakeBehaviour = { tokens: ['ACCESS_TOKEN_1', 'ACCESS_TOKEN_2', 'ACCESS_TOKEN_3'], expiresIn: 7200, sendErrcodes: [] };
  private issued = 0;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        this.requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), body });
        const json = (value: unknown) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
        if (url.pathname === '/cgi-bin/token') {
          const token = this.behaviour.tokens[this.issued++] ?? `ACCESS_TOKEN_${this.issued}`;
          json({ access_token: token, expires_in: this.behaviour.expiresIn });
        } else if (url.pathname === '/cgi-bin/message/custom/send') {
          const errcode = this.behaviour.sendErrcodes.shift() ?? 0;
          json({ errcode, errmsg: errcode ? 'access_token expired' : 'ok' });
        } else if (url.pathname === '/cgi-bin/message/template/send') {
          json({ errcode: 0, errmsg: 'ok', msgid: 200228332 + this.requests.length });
        } else if (url.pathname === '/cgi-bin/media/get') {
          res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Disposition': 'attachment; filename="damage.jpg"' }).end(Buffer.from('JPEG-BYTES'));
        } else {
          res.writeHead(404).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  to(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The real parser, made slower by `delay()` ms per message: how tests outrun the reply budget. */
export function slowParser(delay: () => number): NluParser {
  const parser = createParser();
  return {
    parse: (text, ctx) => parser.parse(text, ctx),
    parseMany: (messages) => parser.parseMany(messages),
    parseAsync: async (text, ctx) => {
      const ms = delay();
      if (ms > 0) await new Promise((r) => setTimeout(r, ms));
      return parser.parseAsync(text, ctx);
    },
  };
}

export interface WeChatServer {
  app: App;
  url: string;
  clock: SteppingClock;
  api: FakeWeChatApi;
  crypto: WeChatMessageCrypto;
  /** Waits until turns, sends due now and the work after passive replies are done. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A server with the WeChat channel: plaintext mode by default; `safeMode` sets the EncodingAESKey, and
 * then pushes must be encrypted (plaintext ones are refused). `databaseUrl` lets two servers share a store.
 */
export async function startWeChatServer(
  options: { env?: Record<string, string>; parserDelayMs?: () => number; safeMode?: boolean; databaseUrl?: string; importData?: boolean } = {},
): Promise<WeChatServer> {
  const api = new FakeWeChatApi();
  await api.start();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl ?? 'sqlite::memory:',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    ...(options.safeMode ? { WECHAT_ENCODING_AES_KEY: AES_KEY } : {}),
    WECHAT_API_URL: api.url,
    ...options.env,
  });
  const clock = new SteppingClock(DEMO_NOW);
  const app = await buildApp({
    config,
    clock,
    logger: pino({ level: 'silent' }),
    parser: slowParser(options.parserDelayMs ?? (() => 0)),
    adapters: [createWeChatAdapter],
  });
  if (options.importData ?? true) await app.store.importDataset(generateDataset({ seed: DEMO_SEED, now: new Date(DEMO_NOW), scale: 'small' }));
  const running = await app.start(0, '127.0.0.1');
  return {
    app,
    url: running.url,
    clock,
    api,
    crypto: new WeChatMessageCrypto(AES_KEY, APP_ID),
    settle: () => (app.adapters.find((a) => a.channelId === 'wechat') as unknown as { idle(): Promise<void> }).idle(),
    async close() {
      await app.pipeline.drain(5_000);
      await app.close();
      await running.close();
      await api.close();
    },
  };
}

/** A text push as WeChat sends it. */
export function textPush(fields: { from: string; content: string; msgId: string; createTime: number }): string {
  return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${fields.from}]]></FromUserName><CreateTime>${fields.createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${fields.content}]]></Content><MsgId>${fields.msgId}</MsgId></xml>`;
}

export function eventPush(fields: { from: string; event: string; createTime: number; eventKey?: string }): string {
  const key = fields.eventKey !== undefined ? `<EventKey><![CDATA[${fields.eventKey}]]></EventKey>` : '';
  return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${fields.from}]]></FromUserName><CreateTime>${fields.createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${fields.event}]]></Event>${key}</xml>`;
}

export function imagePush(fields: { from: string; mediaId: string; msgId: string; createTime: number }): string {
  return `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${fields.from}]]></FromUserName><CreateTime>${fields.createTime}</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz.qpic.cn/x]]></PicUrl><MediaId><![CDATA[${fields.mediaId}]]></MediaId><MsgId>${fields.msgId}</MsgId></xml>`;
}

/** Seconds since 1970 on the server's clock. */
export function nowSeconds(clock: SteppingClock): number {
  return Math.floor(clock.now().getTime() / 1000);
}

let nonces = 1320562132;
/** A nonce not used before in this test run: WeChat's are random, and a nonce seen twice is a replay. */
export function freshNonce(): string {
  return String(++nonces);
}

/** The query WeChat puts on a plaintext push (or the GET check). */
export function plainQuery(timestamp: number, nonce = freshNonce(), token = TOKEN): URLSearchParams {
  const ts = String(timestamp);
  return new URLSearchParams({ signature: weChatSignature(token, ts, nonce), timestamp: ts, nonce, openid: 'o' });
}

/** A safe-mode push: the envelope and its query (msg_signature over the Encrypt field). */
export function encryptedPush(crypto: WeChatMessageCrypto, xml: string, timestamp: number, nonce = freshNonce()): { query: URLSearchParams; body: string } {
  const encrypt = crypto.encrypt(xml);
  const ts = String(timestamp);
  const query = new URLSearchParams({
    signature: weChatSignature(TOKEN, ts, nonce),
    timestamp: ts,
    nonce,
    openid: 'o',
    encrypt_type: 'aes',
    msg_signature: weChatSignature(TOKEN, ts, nonce, encrypt),
  });
  return { query, body: `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>` };
}

export async function post(server: WeChatServer, query: URLSearchParams, body: string | Buffer): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(`${server.url}/webhooks/wechat?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/**
 * A push whose connection drops before the answer: the whole request is written on a raw socket,
 * which is closed once the server has read it (as when WeChat gives up after five seconds).
 */
export async function dropAfterSending(server: WeChatServer, query: URLSearchParams, body: string): Promise<void> {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const bytes = Buffer.from(body);
  socket.write(`POST /webhooks/wechat?${query} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: text/xml\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`);
  await new Promise<void>((resolve) => socket.write(bytes, () => resolve()));
  // Long enough for the server to read the body (loopback), far shorter than any turn's answer.
  await new Promise((r) => setTimeout(r, 20));
  socket.destroy();
}

/** Polls until `check` passes (for what happens after the webhook has answered). */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
