/**
 * The UPS Tracking API client (Tracking.yaml, OAuthClientCredentials.yaml, UPSTrackAlert.yaml):
 * an OAuth client-credentials token (HTTP Basic, form body) kept until it expires; tracking details
 * by inquiry number; Track Alert subscriptions. Every call has a time-out, is retried with backoff
 * and jitter on 5xx and 429 (Retry-After respected), and goes through a circuit breaker; an answer
 * that is not the documented shape is refused with a CarrierResponseError naming what is wrong.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { Clock } from '../../clock.ts';
import { HttpTransportError, KeepAliveHttp, type HttpRequest, type HttpResponse } from '../../http/keepAliveHttp.ts';
import { CarrierResponseError, CarrierUnavailableError, type CarrierSource, type CarrierTracking } from '../../shipments/carrierSource.ts';
import { CircuitBreaker, type CircuitBreakerOptions } from '../circuitBreaker.ts';
import { backoffDelay, retryAfterMs, type RetryOptions } from '../retryDelay.ts';
import { readTrackResponse } from './trackResponse.ts';

export interface UpsClientOptions {
  /** The API host without a path: https://onlinetools.ups.com (production) or https://wwwcie.ups.com (CIE). */
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  /** The transactionSrc header: who is calling. */
  transactionSrc: string;
  /** Each exchange, connection to last byte. */
  timeoutMs: number;
  retry: RetryOptions;
  breaker: CircuitBreakerOptions;
  clock: Clock;
  /** Jitter's randomness (Math.random unless a test seeds one). */
  random?: () => number;
  /** Told of each retry and why (logs, metrics, tests). */
  onRetry?: (retry: { call: string; attempt: number; delayMs: number; cause: string }) => void;
}

/** OAuthClientCredentials.yaml, the token endpoint's 200. expires_in is a string of seconds. */
const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().int().positive(),
  status: z.string().optional(),
});

/** UPSTrackAlert.yaml, PackageSubscriptionSuccessResponse. */
const SubscriptionResponse = z.object({
  validTrackingNumbers: z.array(z.string()).default([]),
  invalidTrackingNumbers: z.array(z.string()).default([]),
});

/** The errors container every UPS API answers a refusal with. */
const ErrorResponse = z.object({ response: z.object({ errors: z.array(z.object({ code: z.string(), message: z.string() })).min(1) }) });

/** A token is renewed this long before UPS says it expires (clocks differ, a request takes time). */
const TOKEN_EARLY_MS = 60_000;
/** UPSTrackAlert.yaml: "You can subscribe to up to 100 tracking numbers in each submission". */
const SUBSCRIPTION_BATCH = 100;

export interface SubscriptionResult {
  valid: string[];
  invalid: string[];
}

export class UpsTrackingClient implements CarrierSource {
  private readonly http: KeepAliveHttp;
  readonly breaker: CircuitBreaker;
  private token: { value: string; renewAt: number } | null = null;
  private tokenRequest: Promise<string> | null = null;

  constructor(private readonly o: UpsClientOptions) {
    this.http = new KeepAliveHttp({ maxSockets: 8, timeoutMs: o.timeoutMs });
    this.breaker = new CircuitBreaker(o.breaker, o.clock);
  }

  /** GET /api/track/v1/details/{inquiryNumber}: null when UPS has no such parcel (404). */
  async track(trackingNumber: string): Promise<CarrierTracking | null> {
    const url = `${this.o.apiUrl}/api/track/v1/details/${encodeURIComponent(trackingNumber)}?locale=en_US&returnSignature=false&returnMilestones=false&returnPOD=false`;
    const res = await this.authorized('tracking details', (token) => ({ url, request: { method: 'GET', headers: this.apiHeaders(token) } }));
    if (res.status === 404) return null;
    if (res.status !== 200) throw this.refusal('tracking details', res);
    return readTrackResponse(jsonOf(res, 'tracking details'), trackingNumber);
  }

  /** POST /api/track/v2/subscription/standard/package, in batches of 100: which numbers UPS will push events for (14 days). */
  async subscribe(trackingNumbers: readonly string[]): Promise<SubscriptionResult> {
    const result: SubscriptionResult = { valid: [], invalid: [] };
    for (let i = 0; i < trackingNumbers.length; i += SUBSCRIPTION_BATCH) {
      const body = JSON.stringify({ locale: 'en_US', countryCode: 'US', trackingNumberList: trackingNumbers.slice(i, i + SUBSCRIPTION_BATCH) });
      const url = `${this.o.apiUrl}/api/track/v2/subscription/standard/package`;
      const res = await this.authorized('track alert subscription', (token) => ({
        url,
        request: { method: 'POST', headers: { ...this.apiHeaders(token), 'content-type': 'application/json' }, body },
      }));
      if (res.status !== 200) throw this.refusal('track alert subscription', res);
      const parsed = SubscriptionResponse.safeParse(jsonOf(res, 'track alert subscription'));
      if (!parsed.success) throw new CarrierResponseError(`UPS track alert subscription answer is malformed: ${describeIssue(parsed.error)}`);
      result.valid.push(...parsed.data.validTrackingNumbers);
      result.invalid.push(...parsed.data.invalidTrackingNumbers);
    }
    return result;
  }

  close(): void {
    this.http.close();
  }

  private apiHeaders(token: string): Record<string, string> {
    // transId: "An identifier unique to the request" (32 characters, UPS's limit).
    return { authorization: `Bearer ${token}`, transId: randomUUID().replaceAll('-', ''), transactionSrc: this.o.transactionSrc, accept: 'application/json' };
  }

  /** A call with a bearer token; a 401 (token revoked or expired early) gets a new token and one more try. */
  private async authorized(call: string, build: (token: string) => { url: string; request: HttpRequest }): Promise<HttpResponse> {
    const first = build(await this.accessToken());
    const res = await this.exchange(call, first.url, first.request);
    if (res.status !== 401) return res;
    this.token = null;
    const again = build(await this.accessToken());
    return this.exchange(call, again.url, again.request);
  }

  /** POST /security/v1/oauth/token, once for all callers at a time; kept until shortly before it expires. */
  private async accessToken(): Promise<string> {
    const now = this.o.clock.now().getTime();
    if (this.token && now < this.token.renewAt) return this.token.value;
    this.tokenRequest ??= this.requestToken().finally(() => {
      this.tokenRequest = null;
    });
    return this.tokenRequest;
  }

  private async requestToken(): Promise<string> {
    const basic = Buffer.from(`${this.o.clientId}:${this.o.clientSecret}`).toString('base64');
    const res = await this.exchange('oauth token', `${this.o.apiUrl}/security/v1/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: 'grant_type=client_credentials',
    });
    if (res.status !== 200) throw this.refusal('oauth token', res);
    const parsed = TokenResponse.safeParse(jsonOf(res, 'oauth token'));
    if (!parsed.success) throw new CarrierResponseError(`UPS oauth token answer is malformed: ${describeIssue(parsed.error)}`);
    const lifetimeMs = parsed.data.expires_in * 1000;
    const issuedAt = this.o.clock.now().getTime();
    this.token = { value: parsed.data.access_token, renewAt: issuedAt + Math.max(lifetimeMs / 2, lifetimeMs - TOKEN_EARLY_MS) };
    return this.token.value;
  }

  /** One call through the breaker, retried on 5xx, 429 and transport failures; any other status is the caller's to read. */
  private async exchange(call: string, url: string, request: HttpRequest): Promise<HttpResponse> {
    const { retry } = this.o;
    let last: CarrierUnavailableError | null = null;
    for (let attempt = 1; attempt <= retry.attempts; attempt++) {
      if (!this.breaker.tryAcquire()) throw new CarrierUnavailableError('breaker_open', `UPS ${call}: not asked, the circuit breaker is open after repeated failures`);
      let res: HttpResponse;
      try {
        res = await this.http.request(url, request);
      } catch (error) {
        if (!(error instanceof HttpTransportError)) throw error;
        this.breaker.failed();
        last = new CarrierUnavailableError(error.timedOut ? 'timeout' : 'transport', `UPS ${call}: ${error.message}`);
        await this.pause(call, attempt, null, last.reason);
        continue;
      }
      if (res.status < 500 && res.status !== 429) {
        if (res.status < 400) this.breaker.succeeded();
        else this.breaker.released();
        return res;
      }
      this.breaker.failed();
      const throttled = res.status === 429;
      last = new CarrierUnavailableError(throttled ? 'throttled' : 'server_error', `UPS ${call}: HTTP ${res.status}${errorCodes(res)}`);
      const wait = retryAfterMs(res.headers['retry-after'], this.o.clock.now());
      // Asked to wait longer than we would: answer from the copy now rather than hold the customer.
      if (wait !== null && wait > retry.maxDelayMs) throw last;
      await this.pause(call, attempt, wait, `HTTP ${res.status}`);
    }
    throw last!;
  }

  private async pause(call: string, attempt: number, retryAfter: number | null, cause: string): Promise<void> {
    if (attempt >= this.o.retry.attempts) return;
    const delayMs = Math.max(retryAfter ?? 0, backoffDelay(attempt, this.o.retry, this.o.random));
    this.o.onRetry?.({ call, attempt, delayMs, cause });
    await sleep(delayMs);
  }

  private refusal(call: string, res: HttpResponse): CarrierResponseError {
    return new CarrierResponseError(`UPS ${call} refused: HTTP ${res.status}${errorCodes(res)}`);
  }
}

function jsonOf(res: HttpResponse, call: string): unknown {
  try {
    return JSON.parse(res.body.toString('utf8'));
  } catch {
    throw new CarrierResponseError(`UPS ${call} answer is not JSON (HTTP ${res.status}, ${res.body.length} bytes)`);
  }
}

/** " (250002 Invalid Authentication Information)" from UPS's errors container, when the body has one. */
function errorCodes(res: HttpResponse): string {
  try {
    const parsed = ErrorResponse.safeParse(JSON.parse(res.body.toString('utf8')));
    return parsed.success ? ` (${parsed.data.response.errors.map((e) => `${e.code} ${e.message}`).join('; ')})` : '';
  } catch {
    return '';
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '(body)'}: ${issue.message}`;
}
