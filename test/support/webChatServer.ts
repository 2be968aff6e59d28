/**
 * A running carrier-assist server with only the web chat channel, on a free port, with an in-memory
 * store (optionally filled with the small demo data set) and a deterministic clock.
 */
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createWebChatAdapter } from '../../adapters/webchat/index.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { buildApp, type App } from '../../src/app.ts';
import { generateDataset } from '../../src/demo/index.ts';
import { DirectLineSession } from './directLine.ts';

/** The demo's "now": the demo data are generated relative to it and the clock starts there. */
export const DEMO_NOW = '2026-03-20T09:00:00.000Z';
export const DEMO_SEED = 42;
/** Long enough to be valid for tests; DIRECTLINE_SECRET must be at least 16 characters. */
export const TEST_DIRECTLINE_SECRET = 'test-directline-secret-0123456789';

/**
 * A fixed clock that moves one millisecond each time it is read: deterministic, yet every timestamp
 * is distinct and increasing, as on a real clock (Web Chat orders activities by timestamp).
 */
export class SteppingClock extends FixedClock {
  override now(): Date {
    const now = super.now();
    this.advance(1);
    return now;
  }
}

export interface WebChatServer {
  readonly app: App;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly clock: SteppingClock;
  close(): Promise<void>;
}

export interface WebChatServerOptions {
  /** Environment variables on top of NODE_ENV=test, an in-memory store and silent logs. */
  env?: Record<string, string>;
  /** Load the small demo data set (users, accounts, story shipments). */
  demoData?: boolean;
  /** Where the clock starts, and the demo data's "now" (default DEMO_NOW, a Friday morning). */
  now?: string;
}

export async function startWebChatServer(options: WebChatServerOptions = {}): Promise<WebChatServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    ...options.env,
  });
  const now = options.now ?? DEMO_NOW;
  const clock = new SteppingClock(now);
  const app = await buildApp({ config, clock, logger: pino({ level: 'silent' }), adapters: [createWebChatAdapter] });
  if (options.demoData) {
    await app.store.importDataset(generateDataset({ seed: DEMO_SEED, now: new Date(now), scale: 'small' }));
  }
  const running = await app.start(0, '127.0.0.1');
  return {
    app,
    url: running.url,
    clock,
    async close() {
      await app.close();
      await running.close();
    },
  };
}

/**
 * Starts a server before the enclosing describe's tests and closes it after them. Read `server`
 * inside tests and hooks only (it is set in beforeAll).
 */
export function useWebChatServer(options: WebChatServerOptions = {}): { readonly server: WebChatServer; readonly dl: DirectLineSession } {
  let started: { server: WebChatServer; dl: DirectLineSession } | undefined;
  beforeAll(async () => {
    const server = await startWebChatServer(options);
    started = { server, dl: new DirectLineSession(server.url) };
  });
  afterAll(() => started?.server.close());
  const get = () => {
    if (!started) throw new Error('useWebChatServer: read inside tests and hooks only (the server starts in beforeAll)');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get dl() {
      return get().dl;
    },
  };
}
