import { describe, expect, test } from 'vitest';
import { backoffDelay, retryAfterMs } from '../../src/carrier/retryDelay.ts';

const OPTIONS = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

describe('backoff with full jitter', () => {
  test.each([
    [1, 1, 100],
    [2, 1, 200],
    [3, 0.5, 200],
    [5, 1, 1_000],
    [1, 0, 0],
  ])('should wait at most base·2^(retry−1), capped: retry %i, random %f → %i ms', (retry, random, ms) => {
    expect(backoffDelay(retry, OPTIONS, () => random)).toBe(ms);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-03-10T09:00:00Z');
  test.each([
    ['3', 3_000],
    ['0', 0],
    ['Tue, 10 Mar 2026 09:00:30 GMT', 30_000],
    ['Tue, 10 Mar 2026 08:00:00 GMT', 0],
    ['soon', null],
    [undefined, null],
  ])('should read %s as %s ms', (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });
});
