/** The Bot Framework channel in tests: a stand-in Bot Connector, a server with the adapter, Emulator-shaped activities. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createBotFrameworkAdapter } from '../../../adapters/botframework/index.ts';
import { buildApp, type App } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import { DEMO_NOW, DEMO_SEED, SteppingClock } from '../../support/webChatServer.ts';

export const BOT = { id: '92e19130-c37f-11e9-aaf4-234c3b063205', name: 'Bot', role: 'bot' };
export const USER = { id: '57efe82e-483f-4ce5-aff3-09ac73c46472', name: 'User', role: 'user' };

export interface ConnectorRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/** A local server standing in for the Bot Connector service at the activity's serviceUrl. */
export class FakeConnector {
  readonly requests: ConnectorRequest[] = [];
  private server!: Server;
  url = '';
  private next = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `sent-${++this.next}` }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  since(n: number): ConnectorRequest[] {
    return this.requests.slice(n);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** The development setting the Emulator needs without MicrosoftAppId (README "Security at the edges"). */
export const EMULATOR_ENV = { BOT_ALLOW_UNAUTHENTICATED: 'true' } as const;

export async function startServer(env: Record<string, string> = {}, host = '127.0.0.1'): Promise<{ app: App; url: string; close(): Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent', DEMO_DATA: 'off', ...env });
  const app = await buildApp({ config, clock: new SteppingClock(DEMO_NOW), logger: pino({ level: 'silent' }), adapters: [createBotFrameworkAdapter] });
  await app.store.importDataset(generateDataset({ seed: DEMO_SEED, now: new Date(DEMO_NOW), scale: 'small' }));
  const running = await app.start(0, host);
  return {
    app,
    url: running.url,
    async close() {
      await app.close();
      await running.close();
    },
  };
}

export function emulatorMessage(serviceUrl: string, fields: { id: string; text: string; conversation?: string; channelId?: string }): Record<string, unknown> {
  return {
    type: 'message',
    id: fields.id,
    text: fields.text,
    textFormat: 'plain',
    channelId: fields.channelId ?? 'emulator',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: fields.conversation ?? 'conv-1|livechat' },
    locale: 'en-US',
    timestamp: '2019-08-20T20:37:10.476Z',
  };
}

export async function postActivity(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}
