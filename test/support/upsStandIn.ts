/**
 * A local UPS API on 127.0.0.1, built from the OpenAPI documents in shared/external/ups: the OAuth
 * token endpoint (OAuthClientCredentials.yaml: Basic auth, form body grant_type=client_credentials,
 * expires_in as a string of seconds), tracking details (Tracking.yaml: bearer token, transId and
 * transactionSrc headers, answered with the saved sample response for the asked number) and Track
 * Alert package subscriptions (UPSTrackAlert.yaml). Failures are scripted per request; every request
 * is recorded.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import type { Clock } from '../../src/clock.ts';
import { UpsTrackingClient, type UpsClientOptions } from '../../src/carrier/ups/upsClient.ts';

export const UPS_SAMPLE_RESPONSE_PATH = new URL('../fixtures/ups/ups_track_sample_response_from_java-api-examples_readme.json', import.meta.url);

/** How the stand-in answers one coming request of the details or subscription endpoints (or the token endpoint, with `token: true`). */
export type UpsScript =
  | { kind: 'status'; status: number; retryAfter?: string; token?: true }
  /** 200 with this body as is. */
  | { kind: 'raw'; body: string; token?: true }
  /** No answer until the server stops (the client's time-out). */
  | { kind: 'hang'; token?: true };

export interface UpsRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export class UpsStandIn {
  readonly clientId = 'stand-in-client';
  readonly clientSecret = 'stand-in-secret';
  /** The expires_in of the tokens it issues, in seconds. */
  tokenLifetimeSeconds = 14_399;
  readonly requests: UpsRequest[] = [];
  /** Tokens issued and still accepted (a test revokes one to play an early expiry). */
  readonly validTokens = new Set<string>();
  /** The day the sample's scans happened (YYYYMMDD); the sample itself says 20220126. */
  scanDay = '20220126';
  /** Tracking numbers UPS "knows": others get the documented 404. */
  readonly known = new Set<string>();
  private readonly scripts: UpsScript[] = [];
  private readonly held: Response[] = [];
  private issued = 0;
  private server: Server | undefined;

  /** The next requests (token requests only for scripts with `token: true`) are answered as scripted, in order. */
  script(...next: UpsScript[]): void {
    this.scripts.push(...next);
  }

  tokenRequests(): UpsRequest[] {
    return this.requests.filter((r) => r.path === '/security/v1/oauth/token');
  }

  detailRequests(): UpsRequest[] {
    return this.requests.filter((r) => r.path.startsWith('/api/track/v1/details/'));
  }

  async start(): Promise<string> {
    const app = express();
    app.use(express.urlencoded({ extended: false }), express.json());
    app.use((req, _res, next) => {
      this.requests.push({ method: req.method, path: req.path, headers: { ...req.headers }, body: req.body });
      next();
    });
    app.post('/security/v1/oauth/token', (req, res) => this.token(req, res));
    app.get('/api/track/v1/details/:inquiryNumber', (req, res) => this.details(req, res));
    app.post('/api/track/v2/subscription/standard/package', (req, res) => this.subscribe(req, res));
    this.server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => this.server!.once('listening', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The scripted answer, when one is due for this kind of request; true when it answered. */
  private scripted(res: Response, token: boolean): boolean {
    const next = this.scripts[0];
    if (!next || Boolean(next.token) !== token) return false;
    this.scripts.shift();
    if (next.kind === 'hang') this.held.push(res);
    else if (next.kind === 'raw') res.status(200).type('application/json').send(next.body);
    else {
      if (next.retryAfter !== undefined) res.setHeader('Retry-After', next.retryAfter);
      res.status(next.status).json(errors(String(next.status === 429 ? 429 : 10004), next.status === 429 ? 'Too many requests' : 'Something went wrong while processing your request, please try again later'));
    }
    return true;
  }

  private token(req: Request, res: Response): void {
    if (this.scripted(res, true)) return;
    const expected = `Basic ${Buffer.from(`${this.clientId}:${this.clientSecret}`).toString('base64')}`;
    if (req.headers.authorization !== expected) {
      res.status(401).json(errors('10401', 'ClientId is Invalid'));
      return;
    }
    if (!req.is('application/x-www-form-urlencoded') || (req.body as Record<string, unknown>).grant_type !== 'client_credentials') {
      res.status(400).json(errors('10400', 'Invalid/Missing grant_type'));
      return;
    }
    const accessToken = `token-${++this.issued}`;
    this.validTokens.add(accessToken);
    res.json({
      token_type: 'Bearer',
      issued_at: String(Date.now()),
      client_id: this.clientId,
      access_token: accessToken,
      scope: '',
      expires_in: String(this.tokenLifetimeSeconds),
      refresh_count: '0',
      status: 'approved',
    });
  }

  /** Refuses what the spec refuses (no token, an unknown token, a missing transId or transactionSrc); true when it did. */
  private refused(req: Request, res: Response): boolean {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !this.validTokens.has(token)) {
      res.status(401).json(errors('250002', 'Invalid Authentication Information.'));
      return true;
    }
    if (!req.headers.transid) {
      res.status(400).json(errors('VSS002', 'Missing transId'));
      return true;
    }
    if (!req.headers.transactionsrc) {
      res.status(400).json(errors('VSS004', 'Missing transactionSrc'));
      return true;
    }
    return false;
  }

  private details(req: Request, res: Response): void {
    if (this.refused(req, res) || this.scripted(res, false)) return;
    const inquiryNumber = String(req.params.inquiryNumber);
    if (!this.known.has(inquiryNumber)) {
      res.status(404).json(errors('TW0001', 'Tracking Information Not Found'));
      return;
    }
    const sample = readFileSync(UPS_SAMPLE_RESPONSE_PATH, 'utf8').replaceAll('<Inquiry Number>', inquiryNumber).replaceAll('<Tracking Number>', inquiryNumber).replaceAll('20220126', this.scanDay);
    res.type('application/json').send(sample);
  }

  private subscribe(req: Request, res: Response): void {
    if (this.refused(req, res) || this.scripted(res, false)) return;
    const list = (req.body as { trackingNumberList?: unknown }).trackingNumberList;
    if (!Array.isArray(list) || list.length === 0) {
      res.status(400).json({ invalidTrackingNumbers: [], ...errors('VSS200', 'Tracking Number List is required. The Subscription request has been rejected.') });
      return;
    }
    const pattern = /(^1Z[0-9A-Z]{16}$)|(^1R[0-9A-Z]{14}$)|(^1R[0-9A-Z]{26}$)/;
    res.json({ validTrackingNumbers: list.filter((n) => pattern.test(String(n))), invalidTrackingNumbers: list.filter((n) => !pattern.test(String(n))) });
  }
}

/** The real UPS client pointed at a stand-in: short time-outs and waits, as tests want them; `overrides` for the rest. */
export function clientOfStandIn(standIn: UpsStandIn, apiUrl: string, clock: Clock, overrides: Partial<UpsClientOptions> = {}): UpsTrackingClient {
  return new UpsTrackingClient({
    apiUrl,
    clientId: standIn.clientId,
    clientSecret: standIn.clientSecret,
    transactionSrc: 'carrier-assist-test',
    timeoutMs: 500,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 2_000 },
    breaker: { failureThreshold: 5, openMs: 30_000 },
    clock,
    ...overrides,
  });
}

/** UPS's errors container (ErrorMessage in UPSTrackAlert.yaml, Response in Tracking.yaml). */
function errors(code: string, message: string) {
  return { response: { errors: [{ code, message }] } };
}
