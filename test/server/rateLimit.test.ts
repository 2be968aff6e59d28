/**
 * The token-bucket limiter on its own (a stepped clock), then as middleware on a real Express server:
 * 429 with Retry-After, and the three ways of charging a request.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, test } from 'vitest';
import { rateLimit, TokenBuckets, type Charge } from '../../src/server/rateLimit.ts';

/** Milliseconds that move only when the test says. */
function steppedTime(): { now: () => number; advance(ms: number): void } {
  let t = 1_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('TokenBuckets', () => {
  test('should allow the burst, then refuse with the wait for one token', () => {
    const time = steppedTime();
    const buckets = new TokenBuckets({ limit: 3, windowMs: 3_000 }, time.now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1_000);
    time.advance(400);
    expect(buckets.take('a')).toBe(600);
    time.advance(600);
    expect(buckets.take('a')).toBe(0);
  });

  test('should keep one bucket per key', () => {
    const buckets = new TokenBuckets({ limit: 1, windowMs: 60_000 }, steppedTime().now);
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
    expect(buckets.take('b')).toBe(0);
  });

  test('should refill no further than the limit', () => {
    const time = steppedTime();
    const buckets = new TokenBuckets({ limit: 2, windowMs: 1_000 }, time.now);
    time.advance(3_600_000);
    expect([buckets.take('a'), buckets.take('a')]).toEqual([0, 0]);
    expect(buckets.take('a')).toBeGreaterThan(0);
  });

  test('should tell the wait without spending', () => {
    const buckets = new TokenBuckets({ limit: 1, windowMs: 10_000 }, steppedTime().now);
    expect(buckets.waitMs('a')).toBe(0);
    expect(buckets.waitMs('a')).toBe(0);
    buckets.take('a');
    expect(buckets.waitMs('a')).toBe(10_000);
  });
});

describe('rateLimit middleware', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  /** A server whose GET /:status answers that status, behind a limit of 2 per minute per `key` header. */
  async function serverWith(charge: Charge, refusals: string[] = []): Promise<(status: number, key?: string) => Promise<Response>> {
    const app = express();
    const key = (req: express.Request) => req.get('x-key') ?? null;
    app.get('/:status', rateLimit({ name: 'test limit', budget: { limit: 2, windowMs: 60_000 }, key, charge, onRefused: (name) => refusals.push(name) }), (req, res) => {
      res.status(Number(req.params['status'])).end();
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return (status, k = 'one') => fetch(`${url}/${status}`, { headers: k ? { 'x-key': k } : {} });
  }

  test('should answer 429 with Retry-After in whole seconds and tell onRefused', async () => {
    const refusals: string[] = [];
    const get = await serverWith('always', refusals);
    expect((await get(200)).status).toBe(200);
    expect((await get(200)).status).toBe(200);
    const refused = await get(200);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(await refused.json()).toMatchObject({ error: { code: 'TooManyRequests', message: expect.stringContaining('Too many requests (test limit)') } });
    expect(refusals).toEqual(['test limit']);
    expect((await get(200, 'two')).status).toBe(200);
  });

  test('should not limit a request without a key', async () => {
    const get = await serverWith('always');
    for (let i = 0; i < 5; i++) expect((await get(200, '')).status).toBe(200);
  });

  test.each([
    ['refused', 401, 200],
    ['accepted', 200, 401],
  ] as const)('should charge only %s requests', async (charge, charged, free) => {
    const get = await serverWith(charge);
    for (let i = 0; i < 5; i++) expect((await get(free)).status).toBe(free);
    expect((await get(charged)).status).toBe(charged);
    expect((await get(charged)).status).toBe(charged);
    expect((await get(free)).status).toBe(429);
  });

  test('should let everything through when the budget is off', async () => {
    const app = express();
    app.get('/', rateLimit({ name: 'off', budget: null, key: () => 'k' }), (_req, res) => res.end('ok'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    close = () => new Promise((resolve) => server.close(() => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    for (let i = 0; i < 5; i++) expect((await fetch(url)).status).toBe(200);
  });
});
