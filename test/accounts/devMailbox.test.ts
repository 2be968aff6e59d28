import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mountDevMailbox, renderMailbox } from '../../src/accounts/devMailbox.ts';
import { IdentityLinking } from '../../src/accounts/linking.ts';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { OutboxMessage } from '../../src/store/records.ts';
import { SqliteStore } from '../../src/store/sqlite/sqliteStore.ts';
import { tinyDataset } from '../store/storeContract.ts';

const NOW = '2026-03-20T09:00:00.000Z';
const PRODUCTION = { NODE_ENV: 'production', DIRECTLINE_SECRET: 'a-secret-of-16-chars-or-more', METRICS_TOKEN: 'metrics-token-of-16-chars' } as const;

let store: SqliteStore;
let server: Server | undefined;

beforeEach(async () => {
  store = SqliteStore.open(':memory:');
  await store.importDataset(tinyDataset());
});
afterEach(async () => {
  if (server) await new Promise((r) => server!.close(r));
  server = undefined;
  await store.close();
});

/** An express app with only the mailbox routes, listening on a free port. */
async function serveMailbox(config: Pick<Config, 'env'>): Promise<string> {
  const app = express();
  const router = express.Router();
  mountDevMailbox(router, store, config);
  app.use(router);
  server = createServer(app);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function queueCodes(): Promise<void> {
  const clock = new FixedClock(NOW);
  const codes = ['730154', '260813'];
  const linking = new IdentityLinking({ store, clock, options: { scryptCost: 2 ** 10 }, generateCode: () => codes.shift()! });
  await linking.requestCode({ channelId: 'webchat', externalId: 'dl_1' }, 'ann@example.com', 'en');
  clock.advance(60_000);
  await linking.requestCode({ channelId: 'wechat', externalId: 'o_1' }, 'li@example.cn', 'zh');
}

describe('dev mailbox', () => {
  test('should list the outbox newest first with the codes readable', async () => {
    await queueCodes();
    const base = await serveMailbox({ env: 'development' });
    const page = await fetch(`${base}/dev/mailbox`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<title>Dev mailbox</title>');
    expect(html).toContain('您的验证码是 260813。');
    expect(html).toContain('Your verification code is 730154.');
    expect(html.indexOf('260813')).toBeLessThan(html.indexOf('730154'));
    expect(html).toContain('<dt>To</dt><dd>li@example.cn</dd>');
    expect(html).toContain('<dd>pending</dd>');
  });

  test('should answer the same list as JSON, with a limit', async () => {
    await queueCodes();
    const base = await serveMailbox({ env: 'test' });
    const json = (await (await fetch(`${base}/dev/mailbox.json`)).json()) as { messages: OutboxMessage[] };
    expect(json.messages.map((m) => [m.toAddress, m.subject])).toEqual([
      ['li@example.cn', '您的 Carrier Assist 验证码：260813'],
      ['ann@example.com', 'Your Carrier Assist verification code: 730154'],
    ]);
    expect(json.messages).toEqual(await store.outbox.list(10));
    const one = (await (await fetch(`${base}/dev/mailbox.json?limit=1`)).json()) as { messages: OutboxMessage[] };
    expect(one.messages.map((m) => m.toAddress)).toEqual(['li@example.cn']);
    const junk = (await (await fetch(`${base}/dev/mailbox.json?limit=lots`)).json()) as { messages: OutboxMessage[] };
    expect(junk.messages).toHaveLength(2);
  });

  test('should say when the mailbox is empty', async () => {
    const base = await serveMailbox({ env: 'development' });
    expect(await (await fetch(`${base}/dev/mailbox`)).text()).toContain('No messages yet.');
    expect(await (await fetch(`${base}/dev/mailbox.json`)).json()).toEqual({ messages: [] });
  });

  test('should not be there in production', async () => {
    await queueCodes();
    const base = await serveMailbox({ env: 'production' });
    expect((await fetch(`${base}/dev/mailbox`)).status).toBe(404);
    expect((await fetch(`${base}/dev/mailbox.json`)).status).toBe(404);
  });

  test('should escape what the messages say and show their delivery', () => {
    const base: OutboxMessage = {
      id: 7, toAddress: 'a@example.com', subject: '<script>alert("x")</script>', bodyText: "Tom & Jerry's <b>code</b>",
      createdAt: NOW, sentAt: null, transport: null, error: null, attempts: 0, lastAttemptAt: null,
    };
    const html = renderMailbox([
      base,
      { ...base, id: 8, error: 'ECONNREFUSED <127.0.0.1>', attempts: 1 },
      { ...base, id: 9, sentAt: NOW, transport: 'smtp', attempts: 1 },
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Tom &amp; Jerry&#39;s &lt;b&gt;code&lt;/b&gt;');
    expect(html).toContain('pending after 1 failed attempt: ECONNREFUSED &lt;127.0.0.1&gt;');
    expect(html).toContain(`delivered ${NOW} via smtp`);
  });
});

describe('the app', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const build = async (env: Record<string, string>, own: SqliteStore) =>
    buildApp({ config: loadConfig(env), store: own, clock: new FixedClock(NOW), logger: pino({ level: 'silent' }) });

  test('should serve the mailbox in development and deliver the outbox to it while running', async () => {
    const own = SqliteStore.open(':memory:');
    await own.importDataset(tinyDataset());
    app = await build({}, own);
    const running = await app.start(0, '127.0.0.1');
    try {
      const linking = new IdentityLinking({ store: app.store, clock: app.clock, options: { scryptCost: 2 ** 10 }, generateCode: () => '512064' });
      await linking.requestCode({ channelId: 'webchat', externalId: 'dl_1' }, 'ann@example.com', 'en');
      await app.mail.flush();
      const json = (await (await fetch(`${running.url}/dev/mailbox.json`)).json()) as { messages: OutboxMessage[] };
      expect(json.messages).toEqual([expect.objectContaining({ toAddress: 'ann@example.com', transport: 'mailbox', sentAt: NOW })]);
      const html = await (await fetch(`${running.url}/dev/mailbox`)).text();
      expect(html).toContain('Your verification code is 512064.');
      expect(html).toContain(`delivered ${NOW} via mailbox`);
    } finally {
      await running.close();
    }
  });

  test('should answer 404 for the mailbox in production and stop mail delivery on close', async () => {
    const own = SqliteStore.open(':memory:');
    app = await build(PRODUCTION, own);
    const running = await app.start(0, '127.0.0.1');
    try {
      expect((await fetch(`${running.url}/dev/mailbox`)).status).toBe(404);
      expect((await fetch(`${running.url}/dev/mailbox.json`)).status).toBe(404);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    } finally {
      await running.close();
    }
    const stop = vi.spyOn(app.mail, 'stop');
    await app.close();
    app = undefined;
    expect(stop).toHaveBeenCalledOnce();
  });
});
