/** The outbox's retry rules: which failures are tried again, and how long it waits (issue 16). */
import { describe, expect, test } from 'vitest';
import { GraphApiError } from '../../adapters/whatsapp/errors.ts';
import { WeChatApiError } from '../../adapters/wechat/api.ts';
import { backoffMs, isTransient } from '../../src/turn/durable/outbox.ts';

describe('outbox retries', () => {
  test.each([
    ['a Graph API 500', new GraphApiError(500, 1, 'An unknown error has occurred.'), true],
    ['a Graph API 503 (unreachable, time-out)', new GraphApiError(503, undefined, 'Graph API unreachable: fetch failed'), true],
    ['a Graph API 429', new GraphApiError(429, 130429, 'Rate limit hit'), true],
    ['a Graph API 400 refusal', new GraphApiError(400, 131030, 'Recipient phone number not in allowed list'), false],
    ['Graph API throughput reached, as HTTP 400 (130429)', new GraphApiError(400, 130429, '(#130429) Rate limit hit'), true],
    ['the pair rate limit, as HTTP 400 (131056)', new GraphApiError(400, 131056, '(#131056) (Business Account, Consumer Account) pair rate limit hit'), true],
    ["the business account's rate limit (80007)", new GraphApiError(400, 80007, 'Rate limit issues'), true],
    ["the app's API calls (4)", new GraphApiError(400, 4, 'Application request limit reached'), true],
    ['the spam rate limit (131048)', new GraphApiError(400, 131048, 'Spam rate limit hit'), true],
    ['Graph API downtime (2)', new GraphApiError(400, 2, 'Service temporarily unavailable'), true],
    ['outside the 24-hour window (131047)', new GraphApiError(400, 131047, 'Re-engagement message'), false],
    ['an expired access token (190)', new GraphApiError(401, 190, 'Error validating access token'), false],
    ['an undeliverable message (131026)', new GraphApiError(400, 131026, 'Message undeliverable'), false],
    ['WeChat busy (-1)', new WeChatApiError(-1, 'system error'), true],
    ['WeChat over its call quota (45009)', new WeChatApiError(45009, 'reach max api daily quota limit'), true],
    ['WeChat over its per-minute quota (45011)', new WeChatApiError(45011, 'api minute-quota reach limit mustslower retry next minute'), true],
    ['WeChat HTTP failure (no errcode)', new WeChatApiError(null, 'custom/send: HTTP 502, not JSON'), true],
    ['WeChat: the customer wrote more than 48 hours ago (45015)', new WeChatApiError(45015, 'response out of time limit'), false],
    ['WeChat: too many customer-service messages (45047)', new WeChatApiError(45047, 'out of response count limit'), false],
    ['a network error that says nothing', new TypeError('fetch failed'), true],
  ])('should take %s as %s to retry', (_what, error, transient) => {
    expect(isTransient(error)).toBe(transient);
  });

  test('should double the delay per attempt up to the cap, with a jitter between half and all of it', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 300_000, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 300_000, () => 0.999999))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30, 1000, 300_000, () => 0.999999)).toBe(300_000);
    expect(backoffMs(1000, 1000, 300_000, () => 0)).toBe(150_000);
  });
});
