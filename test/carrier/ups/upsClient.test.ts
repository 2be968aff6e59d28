import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { UpsClientOptions, UpsTrackingClient } from '../../../src/carrier/ups/upsClient.ts';
import { FixedClock } from '../../../src/clock.ts';
import { CarrierResponseError, CarrierUnavailableError } from '../../../src/shipments/carrierSource.ts';
import { clientOfStandIn, UpsStandIn } from '../../support/upsStandIn.ts';

const NUMBER = '1Z5R89390357567127';
const OTHER = '1Z879E930346834440';

let ups: UpsStandIn;
let url: string;
let clock: FixedClock;
let client: UpsTrackingClient | undefined;
let retries: { attempt: number; delayMs: number; cause: string }[];

beforeEach(async () => {
  ups = new UpsStandIn();
  ups.known.add(NUMBER).add(OTHER);
  url = await ups.start();
  clock = new FixedClock('2026-03-10T09:00:00Z');
  retries = [];
});

afterEach(async () => {
  client?.close();
  client = undefined;
  await ups.stop();
});

function upsClient(overrides: Partial<UpsClientOptions> = {}): UpsTrackingClient {
  client = clientOfStandIn(ups, url, clock, {
    random: () => 0.5,
    onRetry: (r) => retries.push({ attempt: r.attempt, delayMs: r.delayMs, cause: r.cause }),
    ...overrides,
  });
  return client;
}

describe('UPS tracking details', () => {
  test('should ask with a client-credentials token and the required headers, and map the sample response to our statuses and events', async () => {
    const tracking = await upsClient().track(NUMBER);

    const [token] = ups.tokenRequests();
    expect(token!.headers.authorization).toBe(`Basic ${Buffer.from('stand-in-client:stand-in-secret').toString('base64')}`);
    expect(token!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(token!.body).toEqual({ grant_type: 'client_credentials' });
    const [details] = ups.detailRequests();
    expect(details!.path).toBe(`/api/track/v1/details/${NUMBER}`);
    expect(details!.headers.authorization).toBe('Bearer token-1');
    expect(details!.headers.transid).toMatch(/^[0-9a-f]{32}$/);
    expect(details!.headers.transactionsrc).toBe('carrier-assist-test');

    expect(tracking).toEqual({
      trackingNumber: NUMBER,
      serviceName: null,
      status: 'delivered',
      deliveredAt: '2022-01-26T16:30:00.000Z',
      estimatedDelivery: null,
      events: [
        {
          key: '2022-01-26T15:16:41.000Z|M|MP|',
          at: '2022-01-26T15:16:41.000Z',
          status: 'label_created',
          type: 'M',
          activityCode: 'MP',
          statusCode: '003',
          description: 'Shipper created a label, UPS has not received the package yet.',
          city: '',
          country: 'US',
        },
        {
          key: '2022-01-26T16:30:00.000Z|D|F4|PARAMUS',
          at: '2022-01-26T16:30:00.000Z',
          status: 'delivered',
          type: 'D',
          activityCode: 'F4',
          statusCode: '011',
          description: 'DELIVERED',
          city: 'PARAMUS',
          country: 'US',
        },
      ],
    });
  });

  test('should answer null for a number UPS does not know (404)', async () => {
    expect(await upsClient().track('1Z410E7W0392751591')).toBeNull();
  });

  test('should keep the token until it expires, then ask for a new one', async () => {
    ups.tokenLifetimeSeconds = 3_600;
    const c = upsClient();
    await c.track(NUMBER);
    await c.track(OTHER);
    expect(ups.tokenRequests()).toHaveLength(1);

    clock.advance(3_600_000);
    await c.track(NUMBER);
    expect(ups.tokenRequests()).toHaveLength(2);
    expect(ups.detailRequests().map((r) => r.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  test('should get a new token and try once more when UPS refuses the cached one (401)', async () => {
    const c = upsClient();
    await c.track(NUMBER);
    ups.validTokens.clear();

    expect((await c.track(NUMBER))?.status).toBe('delivered');
    expect(ups.tokenRequests()).toHaveLength(2);
  });

  test('should refuse wrong client credentials with a clear error', async () => {
    await expect(upsClient({ clientSecret: 'wrong' }).track(NUMBER)).rejects.toThrow(new CarrierResponseError('UPS oauth token refused: HTTP 401 (10401 ClientId is Invalid)'));
  });
});

describe('UPS retries', () => {
  test('should wait as long as Retry-After says after a 429, then try again', async () => {
    ups.script({ kind: 'status', status: 429, retryAfter: '1' });

    expect((await upsClient().track(NUMBER))?.status).toBe('delivered');
    expect(retries).toEqual([{ attempt: 1, delayMs: 1_000, cause: 'HTTP 429' }]);
    expect(ups.detailRequests()).toHaveLength(2);
  });

  test('should back off with jitter on 5xx, each wait at most twice the one before', async () => {
    ups.script({ kind: 'status', status: 503 }, { kind: 'status', status: 500 });

    expect((await upsClient().track(NUMBER))?.status).toBe('delivered');
    // random() = 0.5: half of 5 ms, then half of 10 ms.
    expect(retries).toEqual([
      { attempt: 1, delayMs: 3, cause: 'HTTP 503' },
      { attempt: 2, delayMs: 5, cause: 'HTTP 500' },
    ]);
  });

  test('should retry a token request that failed with a 5xx', async () => {
    ups.script({ kind: 'status', status: 502, token: true });

    expect((await upsClient().track(NUMBER))?.status).toBe('delivered');
    expect(ups.tokenRequests()).toHaveLength(2);
  });

  test('should give up after the last try with the carrier unavailable', async () => {
    ups.script({ kind: 'status', status: 500 }, { kind: 'status', status: 503 }, { kind: 'status', status: 500 });

    const error = await upsClient().track(NUMBER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CarrierUnavailableError);
    expect(error).toMatchObject({ reason: 'server_error', message: 'UPS tracking details: HTTP 500 (10004 Something went wrong while processing your request, please try again later)' });
    expect(ups.detailRequests()).toHaveLength(3);
  });

  test('should not wait when Retry-After asks for longer than the longest wait', async () => {
    ups.script({ kind: 'status', status: 429, retryAfter: '120' });

    await expect(upsClient().track(NUMBER)).rejects.toMatchObject({ name: 'CarrierUnavailableError', reason: 'throttled' });
    expect(ups.detailRequests()).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  test('should time a call out that gets no answer', async () => {
    ups.script({ kind: 'hang' });

    expect((await upsClient({ retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 10 } }).track(NUMBER))?.status).toBe('delivered');
    expect(retries[0]?.cause).toBe('timeout');

    ups.script({ kind: 'hang' }, { kind: 'hang' });
    await expect(client!.track(NUMBER)).rejects.toMatchObject({ name: 'CarrierUnavailableError', reason: 'timeout', message: 'UPS tracking details: no answer within 500 ms' });
  });
});

describe('UPS malformed answers', () => {
  test.each([
    ['an activity without its status', JSON.stringify({ trackResponse: { shipment: [{ package: [{ trackingNumber: NUMBER, activity: [{ date: '20220126' }] }] }] } }), `UPS tracking answer for ${NUMBER} is malformed: trackResponse.shipment.0.package.0.activity.0.status: Invalid input: expected object, received undefined`],
    ['a date that is no date', JSON.stringify({ trackResponse: { shipment: [{ package: [{ trackingNumber: NUMBER, activity: [{ date: 'yesterday', status: { type: 'I' } }] }] }] } }), `UPS tracking answer for ${NUMBER} is malformed: trackResponse.shipment.0.package.0.activity.0.date: must be YYYYMMDD`],
    ['no shipment at all', JSON.stringify({ trackResponse: { shipment: [] } }), `UPS tracking answer for ${NUMBER} is malformed: trackResponse.shipment: Too small: expected array to have >=1 items`],
    ['HTML instead of JSON', '<html>maintenance</html>', 'UPS tracking details answer is not JSON (HTTP 200, 24 bytes)'],
  ])('should refuse %s with a clear error', async (_what, body, message) => {
    ups.script({ kind: 'raw', body });

    await expect(upsClient().track(NUMBER)).rejects.toThrow(new CarrierResponseError(message));
  });

  test('should refuse a token answer without an access token', async () => {
    ups.script({ kind: 'raw', body: JSON.stringify({ token_type: 'Bearer', expires_in: '14399' }), token: true });

    await expect(upsClient().track(NUMBER)).rejects.toThrow(new CarrierResponseError('UPS oauth token answer is malformed: access_token: Invalid input: expected string, received undefined'));
  });
});

describe('UPS circuit breaker', () => {
  test('should open after repeated failures, refuse calls without asking, and close after a successful trial', async () => {
    const c = upsClient({ retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 10 }, breaker: { failureThreshold: 2, openMs: 30_000 } });
    await c.track(NUMBER); // the token, once
    ups.script({ kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    await expect(c.track(NUMBER)).rejects.toMatchObject({ reason: 'server_error' });
    await expect(c.track(NUMBER)).rejects.toMatchObject({ reason: 'server_error' });
    expect(c.breaker.state).toBe('open');

    const asked = ups.detailRequests().length;
    await expect(c.track(NUMBER)).rejects.toMatchObject({ reason: 'breaker_open' });
    expect(ups.detailRequests()).toHaveLength(asked);

    clock.advance(30_000);
    expect(c.breaker.state).toBe('half_open');
    expect((await c.track(NUMBER))?.status).toBe('delivered');
    expect(c.breaker.state).toBe('closed');
  });

  test('should open again when the trial call fails', async () => {
    const c = upsClient({ retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 10 }, breaker: { failureThreshold: 1, openMs: 10_000 } });
    await c.track(NUMBER);
    ups.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    await expect(c.track(NUMBER)).rejects.toMatchObject({ reason: 'server_error' });
    clock.advance(10_000);

    await expect(c.track(NUMBER)).rejects.toMatchObject({ reason: 'server_error' });
    expect(c.breaker.state).toBe('open');
  });
});

describe('Track Alert subscriptions', () => {
  test('should subscribe tracking numbers and say which UPS refused', async () => {
    const result = await upsClient().subscribe([NUMBER, '1Z1234567$8']);

    expect(result).toEqual({ valid: [NUMBER], invalid: ['1Z1234567$8'] });
    const request = ups.requests.find((r) => r.path === '/api/track/v2/subscription/standard/package')!;
    expect(request.body).toEqual({ locale: 'en_US', countryCode: 'US', trackingNumberList: [NUMBER, '1Z1234567$8'] });
    expect(request.headers.transactionsrc).toBe('carrier-assist-test');
  });
});
