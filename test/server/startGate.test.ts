/**
 * Before a server takes messages (`readiness.preparing`: on a first start, while the demo data loads)
 * it answers reads (the page, the demo users, health) and refuses anything it would be handed, with
 * 503 and a Retry-After, on the real web chat routes.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { retryAfterSeconds } from '../../src/server/startGate.ts';
import { call } from '../support/httpClient.ts';
import { useWebChatServer } from '../support/webChatServer.ts';

describe('the start gate', () => {
  const t = useWebChatServer({ demoData: true });
  afterEach(() => {
    t.server.app.readiness.preparing = null;
  });

  test.each([
    ['GET', '/', 200],
    ['GET', '/healthz', 200],
    ['GET', '/demo/users', 200],
    ['POST', '/demo/token', 503],
    ['POST', '/v3/directline/conversations', 503],
  ])('should answer %s %s with %i while the demo data loads', async (method, path, status) => {
    t.server.app.readiness.preparing = { step: 'demo data', percent: 40, since: performance.now() };
    const res = await call(t.server.url, method, path, method === 'POST' ? { json: { userId: 'u-alice' } } : {});
    expect(res.status).toBe(status);
    if (status !== 503) return;
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatchObject({ error: { code: 'ServiceUnavailable', message: 'Getting the demo ready (40%): try again shortly.' } });
  });

  test('should say how far the load is on /readyz', async () => {
    t.server.app.readiness.preparing = { step: 'demo data', percent: 40, since: performance.now() };
    const res = await call(t.server.url, 'GET', '/readyz');
    expect([res.status, res.body]).toEqual([503, { status: 'preparing', step: 'demo data', percent: 40 }]);
  });

  test('should take the refused request once it is ready', async () => {
    t.server.app.readiness.preparing = { step: 'opening', percent: null, since: performance.now() };
    expect((await call(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } })).status).toBe(503);
    t.server.app.readiness.preparing = null;
    expect((await call(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } })).status).toBe(200);
  });
});

describe('Retry-After while preparing', () => {
  test.each([
    ['nothing known yet', null, 0, 5],
    ['no part loaded yet', 0, 3_000, 5],
    ['a quarter in after 3 s: 9 s left', 25, 3_000, 9],
    ['almost done: at least a second', 99, 10_000, 1],
    ['very slow: at most a minute', 1, 10_000, 60],
  ])('should ask for %s', (_case, percent, elapsedMs, seconds) => {
    expect(retryAfterSeconds({ step: 'demo data', percent, since: 1_000 }, 1_000 + elapsedMs)).toBe(seconds);
  });
});
