/**
 * The rate limits at the routes, over real HTTP on loopback (issue 18): floods get 429 with
 * Retry-After after their budget, with the default settings; a platform's realistic burst never does.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { nowSeconds, plainQuery, startWeChatServer, textPush, type WeChatServer } from '../adapters/wechat/harness.ts';
import { textMessage, useWhatsAppServer } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { userMessage } from '../support/directLine.ts';
import { TEST_DIRECTLINE_SECRET, useWebChatServer } from '../support/webChatServer.ts';

const DEFAULTS = loadConfig({}).rateLimits;

/** `count` requests, `parallel` at a time; the statuses in order of sending, and the first 429's Retry-After. */
async function flood(count: number, parallel: number, send: (i: number) => Promise<Response>): Promise<{ statuses: number[]; retryAfter: string | null }> {
  const statuses: number[] = new Array(count);
  let retryAfter: string | null = null;
  for (let start = 0; start < count; start += parallel) {
    await Promise.all(
      Array.from({ length: Math.min(parallel, count - start) }, async (_, j) => {
        const res = await send(start + j);
        statuses[start + j] = res.status;
        if (res.status === 429) retryAfter ??= res.headers.get('retry-after');
        await res.arrayBuffer();
      }),
    );
  }
  return { statuses, retryAfter };
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe('Direct Line limits (development, no credentials)', () => {
  const started = useWebChatServer();
  const budget = DEFAULTS.directLineStartPerAddress!.limit;

  test('should refuse 3,000 token requests from one address with 429 after the budget', async () => {
    const { statuses, retryAfter } = await flood(3000, 50, () => fetch(`${started.server.url}/v3/directline/tokens/generate`, { method: 'POST' }));
    // The budget, and what refilled while the flood ran (a few seconds at budget per minute).
    expect(count(statuses, 200)).toBeGreaterThanOrEqual(budget);
    expect(count(statuses, 200)).toBeLessThan(budget + 200);
    expect(count(statuses, 429)).toBe(3000 - count(statuses, 200));
    expect(count(statuses, 429)).toBeGreaterThan(2500);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('Direct Line conversations started without credentials', () => {
  const started = useWebChatServer();
  const budget = DEFAULTS.directLineStartPerAddress!.limit;

  test('should create at most the budget from one address (a free token, then the conversation, as Web Chat does)', async () => {
    const url = `${started.server.url}/v3/directline`;
    const { statuses } = await flood(1000, 50, async () => {
      const generated = await fetch(`${url}/tokens/generate`, { method: 'POST' });
      if (generated.status !== 200) return generated;
      const { token } = (await generated.json()) as { token: string };
      return fetch(`${url}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    });
    // Token and conversation share the budget: half of it each.
    expect(count(statuses, 201)).toBeGreaterThanOrEqual(budget / 2 - 50);
    expect(count(statuses, 201)).toBeLessThan(budget / 2 + 100);
    expect(count(statuses, 429)).toBe(1000 - count(statuses, 201));
  });
});

describe('Direct Line limits (production, a site with the secret)', () => {
  const started = useWebChatServer({ env: { NODE_ENV: 'production', METRICS_TOKEN: 'metrics-token-for-tests', DIRECTLINE_SECRET: TEST_DIRECTLINE_SECRET, RATE_LIMIT_DIRECTLINE_START: '10/1m' } });

  test('should not limit the site presenting the secret, only callers without it', async () => {
    const bySecret = await flood(100, 20, () =>
      fetch(`${started.server.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { authorization: `Bearer ${TEST_DIRECTLINE_SECRET}` } }),
    );
    expect(count(bySecret.statuses, 200)).toBe(100);
    const without = await flood(30, 10, () => fetch(`${started.server.url}/v3/directline/tokens/generate`, { method: 'POST' }));
    expect(count(without.statuses, 403) + count(without.statuses, 401)).toBe(10);
    expect(count(without.statuses, 429)).toBe(20);
  });
});

describe('Direct Line posting, per conversation', () => {
  const started = useWebChatServer({ env: { RATE_LIMIT_DIRECTLINE_POST: '5/1m' } });

  test('should refuse a sixth message in the minute in one conversation, not in another', async () => {
    const one = await started.dl.start();
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await started.dl.post(one.conversationId, one.token, userMessage(one.userId, `hello ${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const other = await started.dl.start();
    expect((await started.dl.post(other.conversationId, other.token, userMessage(other.userId, 'hello'))).status).toBe(200);
  });
});

describe('WhatsApp webhook limits', () => {
  const whatsApp = useWhatsAppServer();

  test("should accept a platform's burst: 100 messages within a second from 30 senders", async () => {
    const bodies = Array.from({ length: 100 }, (_, i) => textMessage(`where is my parcel ${i}`, { id: `wamid.BURST${i}`, from: `44770090${String(i % 30).padStart(4, '0')}` }));
    const { statuses } = await flood(100, 100, (i) => whatsApp.server.post(bodies[i]!));
    expect(statuses).toEqual(new Array(100).fill(200));
    await whatsApp.server.settle();
  });

  test('should refuse 3,000 bad-signature webhooks from one address with 429 after the budget', async () => {
    const body = textMessage('forged', { id: 'wamid.FORGED' });
    const { statuses, retryAfter } = await flood(3000, 50, () => whatsApp.server.post(body, `sha256=${'0'.repeat(64)}`));
    const budget = DEFAULTS.webhookRefusedPerAddress!.limit;
    expect(count(statuses, 401)).toBeGreaterThanOrEqual(budget);
    // Concurrent requests are checked before the first refusals are counted, so a batch may overshoot.
    expect(count(statuses, 401)).toBeLessThan(budget + 100);
    expect(count(statuses, 429)).toBe(3000 - count(statuses, 401));
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('WhatsApp limits per sender', () => {
  const whatsApp = useWhatsAppServer({ RATE_LIMIT_WEBHOOK_SENDER: '3/1m' });

  test("should refuse a sender's fourth accepted message in the minute, not another sender's", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await whatsApp.server.post(textMessage(`hi ${i}`, { id: `wamid.S${i}`, from: '447700900001' }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await whatsApp.server.post(textMessage('hi', { id: 'wamid.OTHER', from: '447700900002' }))).status).toBe(200);
    await whatsApp.server.settle();
  });

  test("should not let forged notifications spend a real sender's budget", async () => {
    for (let i = 0; i < 10; i++) expect((await whatsApp.server.post(textMessage('forged', { id: `wamid.F${i}`, from: '447700900003' }), 'sha256=00')).status).toBe(401);
    expect((await whatsApp.server.post(textMessage('real', { id: 'wamid.REAL', from: '447700900003' }))).status).toBe(200);
    await whatsApp.server.settle();
  });
});


describe('WeChat webhook limits', () => {
  let server: WeChatServer;
  beforeAll(async () => {
    server = await startWeChatServer();
  });
  afterAll(() => server?.close());

  test('should refuse wrongly signed pushes from one address with 429 after the budget', async () => {
    const body = textPush({ from: 'oForger', content: 'forged', msgId: '1', createTime: nowSeconds(server.clock) });
    const query = plainQuery(nowSeconds(server.clock), '1320562132', 'wrongtoken');
    const { statuses } = await flood(500, 25, () => fetch(`${server.url}/webhooks/wechat?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body }));
    const budget = DEFAULTS.webhookRefusedPerAddress!.limit;
    expect(count(statuses, 401)).toBeGreaterThanOrEqual(budget);
    expect(count(statuses, 401)).toBeLessThan(budget + 50);
    expect(count(statuses, 429)).toBe(500 - count(statuses, 401));
  });
});
