import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { textMessage } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { sampleValue, startMetricsServer, type MetricsServer } from './metricsServer.ts';

const METRICS_TOKEN = 'metrics-token-0123456789';

function useServer(env: Record<string, string> = {}): () => MetricsServer {
  let server: MetricsServer | undefined;
  beforeAll(async () => {
    server = await startMetricsServer(env);
  });
  afterAll(() => server?.server.close());
  return () => server!;
}

const settle = (s: MetricsServer) => s.server.settle();

describe('/metrics after a few turns', () => {
  const server = useServer();

  test('should count turns by channel and intent, time them, and count a bad signature by reason', async () => {
    const s = server();
    expect((await s.server.post(textMessage('hello', { id: 'wamid.M1', from: '447700900701' }))).status).toBe(200);
    await settle(s);
    const dl = new DirectLineSession(s.server.url);
    const conversation = await dl.start();
    expect((await dl.post(conversation.conversationId, conversation.token, userMessage(conversation.userId, 'hello'))).status).toBe(200);
    expect((await s.server.post(textMessage('hello', { id: 'wamid.M2' }), `sha256=${'0'.repeat(64)}`)).status).toBe(401);

    const scraped = await s.scrape();
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await scraped.text();
    expect(sampleValue(text, 'carrier_assist_turns_total', { channel: 'whatsapp', intent: 'greeting', status: 'processed' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_turns_total', { channel: 'webchat', intent: 'greeting', status: 'processed' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_turn_duration_seconds_count', { channel: 'whatsapp' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_turn_duration_seconds_count', { channel: 'webchat' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, 'carrier_assist_turn_duration_seconds_bucket', { channel: 'whatsapp', le: '+Inf' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_inbox_turn_latency_seconds_count', { channel: 'whatsapp' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_webhook_rejections_total', { channel: 'whatsapp', reason: 'Unauthorized' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_queue_depth', { queue: 'inbox' })).toBe(0);
    expect(sampleValue(text, 'carrier_assist_queue_depth', { queue: 'outbox' })).toBe(0);
    expect(sampleValue(text, 'carrier_assist_queue_oldest_age_seconds', { queue: 'outbox' })).toBe(0);
    expect(sampleValue(text, 'carrier_assist_agent_queue_depth', { queue: 'support' })).toBe(0);
    // Node's process metrics come with them.
    expect(sampleValue(text, 'carrier_assist_process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  test('should show a send the platform refused for now in the outbox gauges and the retries', async () => {
    const s = server();
    s.server.graph.sendAnswers.push({ status: 503, body: { error: { message: 'Service temporarily unavailable', code: 2 } } });
    expect((await s.server.post(textMessage('hello', { id: 'wamid.M3', from: '447700900702' }))).status).toBe(200);
    await settle(s);
    await vi.waitFor(async () => expect(sampleValue(await (await s.scrape()).text(), 'carrier_assist_outbox_retries_total', { channel: 'whatsapp' })).toBe(1));
    const text = await (await s.scrape()).text();
    expect(sampleValue(text, 'carrier_assist_queue_depth', { queue: 'outbox' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_turns_total', { channel: 'whatsapp', intent: 'greeting', status: 'processed' })).toBe(2);
    expect(sampleValue(text, 'carrier_assist_dead_letters_total', { queue: 'outbox', channel: 'whatsapp' })).toBeUndefined();
  });

  test('should count a send the platform refused outright as a dead letter', async () => {
    const s = server();
    s.server.graph.sendAnswers.push({ status: 400, body: { error: { message: '(#131026) Message undeliverable', code: 131026 } } });
    expect((await s.server.post(textMessage('hello', { id: 'wamid.M4', from: '447700900704' }))).status).toBe(200);
    await settle(s);
    await vi.waitFor(async () => expect(sampleValue(await (await s.scrape()).text(), 'carrier_assist_dead_letters_total', { queue: 'outbox', channel: 'whatsapp' })).toBe(1));
    expect(sampleValue(await (await s.scrape()).text(), 'carrier_assist_outbox_retries_total', { channel: 'whatsapp' })).toBe(1);
  });
});

describe('request ids', () => {
  const server = useServer();

  test.each([
    ['a sane X-Request-Id is kept', 'edge-7f3a.42', (id: string) => id === 'edge-7f3a.42'],
    ['an id with spaces is replaced', 'two words', (id: string) => /^[0-9a-f-]{36}$/.test(id)],
    ['an overlong id is replaced', 'x'.repeat(129), (id: string) => /^[0-9a-f-]{36}$/.test(id)],
  ])('should answer the request id in the header and the error body: %s', async (_case, sent, expected) => {
    const s = server();
    const res = await fetch(`${s.server.url}/v3/directline/conversations`, { method: 'POST', headers: { 'x-request-id': sent } });
    expect(res.status).toBe(401);
    const id = res.headers.get('x-request-id')!;
    expect(expected(id)).toBe(true);
    const body = (await res.json()) as { error: { code: string; message: string }; requestId: string };
    expect(body.error.code).toBe('Unauthorized');
    expect(body.requestId).toBe(id);
  });

  test('should put the request id on a WhatsApp rejection and on the log lines of that request', async () => {
    const s = server();
    const res = await s.server.post(textMessage('hi', { id: 'wamid.R1' }), `sha256=${'1'.repeat(64)}`, { 'x-request-id': 'req-bad-sig' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { requestId: string }).requestId).toBe('req-bad-sig');
    const lines = s.lines.filter((l) => l.requestId === 'req-bad-sig');
    expect(lines.map((l) => l.msg)).toEqual(['X-Hub-Signature-256 does not match the body']);
  });

  test("should carry the accepting request's id into the inbox turn's log lines, beside the platform message id", async () => {
    const s = server();
    expect((await s.server.post(textMessage('hello', { id: 'wamid.T7', from: '447700900703' }), undefined, { 'x-request-id': 'req-accept-7' })).status).toBe(200);
    await settle(s);
    const accepted = s.lines.find((l) => l.msg === 'inbox: accepted' && l.requestId === 'req-accept-7');
    expect(accepted).toMatchObject({ channel: 'whatsapp', messageIds: ['wamid.T7'] });
    // The turn runs after the request was answered, on this instance: its lines carry the accepting request's id.
    const turn = s.lines.filter((l) => l.messageId === 'wamid.T7' && l !== accepted);
    expect(turn.map((l) => l.msg)).toContain('inbox: turn');
    expect(turn.every((l) => l.requestId === 'req-accept-7' && l.channel === 'whatsapp')).toBe(true);
  });
});

describe('/metrics behind a token', () => {
  const server = useServer({ METRICS_TOKEN });

  test.each([
    ['no bearer', undefined, 401],
    ['a wrong bearer', 'metrics-token-wrong-000000', 401],
    ['a prefix of the token', METRICS_TOKEN.slice(0, 10), 401],
    ['the token', METRICS_TOKEN, 200],
  ])('should answer %s with %s', async (_case, bearer, status) => {
    const res = await server().scrape(bearer);
    expect(res.status).toBe(status);
    if (status === 401) expect(res.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    else expect(await res.text()).toContain('# TYPE carrier_assist_turns_total counter');
  });
});

describe('/metrics on a port of its own', () => {
  const server = useServer({ METRICS_PORT: '0' });

  test('should serve them there and not on the main port', async () => {
    const s = server();
    expect(s.server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(s.server.metricsUrl).not.toContain(s.server.url);
    expect((await s.scrape()).status).toBe(200);
    expect((await fetch(`${s.server.url}/metrics`)).status).toBe(404);
  });
});
