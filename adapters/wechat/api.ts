/**
 * WeChat's server API as the adapter uses it: an access token (fetched with the app id and secret,
 * cached until shortly before it expires, shared by concurrent callers), customer-service messages,
 * template messages and media downloads. The base URL is WECHAT_API_URL, a local server in tests.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../src/clock.ts';

/** Error codes meaning "this access token is no good": fetch a new one and try once more. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** Refresh this long before WeChat's stated expiry (tokens last 7200 s; clocks and queues drift). */
const REFRESH_MARGIN_SECONDS = 300;
const REQUEST_TIMEOUT_MS = 10_000;
/** The largest customer file we download (WeChat's own limits: images 10 MB, voice 2 MB, video 10 MB). */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;

/**
 * Error codes WeChat may take back later: -1 "system busy", 45009 the API's daily call quota, 45011
 * its per-minute quota ("mustslower retry next minute"). The
 * customer-service limits (45015: the customer wrote more than 48 hours ago, 45047: too many messages
 * since) and other refusals are final.
 */
const TRANSIENT_ERRORS = new Set([-1, 45009, 45011]);

export class WeChatApiError extends Error {
  constructor(
    readonly errcode: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'WeChatApiError';
  }

  /** Worth trying again later: WeChat was busy, or answered no errcode at all (an HTTP failure). */
  get transient(): boolean {
    return this.errcode === null || TRANSIENT_ERRORS.has(this.errcode);
  }
}

export interface WeChatApiOptions {
  apiUrl: string;
  appId: string;
  appSecret: string;
  clock: Clock;
  logger: Logger;
  fetch?: typeof fetch;
}

interface CachedToken {
  token: string;
  refreshAt: number;
}

export interface DownloadedMedia {
  data: Buffer;
  contentType: string;
  fileName: string | null;
}

export class WeChatApi {
  private cached: CachedToken | null = null;
  private pending: Promise<string> | null = null;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: WeChatApiOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  /** A valid access token: the cached one, or one fetched now (one request however many callers wait). */
  async accessToken(): Promise<string> {
    if (this.cached && this.options.clock.now().getTime() < this.cached.refreshAt) return this.cached.token;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Sends a customer-service message (`POST /cgi-bin/message/custom/send`). */
  async sendCustomMessage(message: object): Promise<void> {
    await this.post('message/custom/send', message);
  }

  /** Sends a template message (`POST /cgi-bin/message/template/send`); returns WeChat's msgid. */
  async sendTemplateMessage(message: object): Promise<string> {
    const body = await this.post('message/template/send', message);
    return String(body['msgid'] ?? '');
  }

  /** POSTs JSON to `/cgi-bin/<what>` with a token; the answer, once its errcode says success. */
  private post(what: string, message: object): Promise<Record<string, unknown>> {
    return this.withToken(async (token) => {
      const url = `${this.options.apiUrl}/cgi-bin/${what}?access_token=${encodeURIComponent(token)}`;
      const res = await this.fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const name = what.replace(/^message\//, '');
      return checkErrcode(await readJson(res, name), name);
    });
  }

  /** Downloads a customer's media (`GET /cgi-bin/media/get`); WeChat answers JSON only on errors. */
  async downloadMedia(mediaId: string, maxBytes: number = MAX_MEDIA_BYTES): Promise<DownloadedMedia> {
    return this.withToken(async (token) => {
      const url = `${this.options.apiUrl}/cgi-bin/media/get?access_token=${encodeURIComponent(token)}&media_id=${encodeURIComponent(mediaId)}`;
      const res = await this.fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const contentType = res.headers.get('content-type') ?? 'application/octet-stream';
      if (contentType.includes('json') || contentType.startsWith('text/plain')) {
        checkErrcode(await readJson(res, 'media/get'), 'media/get');
        throw new WeChatApiError(null, 'media/get: no file in the answer');
      }
      if (!res.ok) throw new WeChatApiError(null, `media/get: HTTP ${res.status}`);
      const disposition = res.headers.get('content-disposition') ?? '';
      const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? null;
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw tooLarge(mediaId, declared, maxBytes);
      }
      return { data: await readCapped(res, mediaId, maxBytes), contentType: contentType.split(';')[0]!.trim(), fileName };
    });
  }

  /** Runs `call` with a token; on a token error, forgets the token and runs it once more with a new one. */
  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (err) {
      if (!(err instanceof WeChatApiError) || err.errcode === null || !TOKEN_ERRORS.has(err.errcode)) throw err;
      this.options.logger.warn({ errcode: err.errcode }, 'wechat: the access token was refused; fetching a new one');
      if (this.cached?.token === token) this.cached = null;
      return call(await this.accessToken());
    }
  }

  private async fetchToken(): Promise<string> {
    const { apiUrl, appId, appSecret, clock } = this.options;
    const url = `${apiUrl}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`;
    const res = await this.fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = checkErrcode(await readJson(res, 'token'), 'token');
    const token = body['access_token'];
    const expiresIn = Number(body['expires_in']);
    if (typeof token !== 'string' || !token || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw new WeChatApiError(null, 'token: the answer has no access_token and expires_in');
    }
    const margin = Math.min(REFRESH_MARGIN_SECONDS, expiresIn / 2);
    this.cached = { token, refreshAt: clock.now().getTime() + (expiresIn - margin) * 1000 };
    return token;
  }
}

export class WeChatMediaTooLargeError extends WeChatApiError {
  constructor(
    readonly mediaId: string,
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(null, `media/get: ${mediaId} is ${bytes > maxBytes ? `over ${maxBytes}` : bytes} bytes (at most ${maxBytes} are downloaded); refused`);
    this.name = 'WeChatMediaTooLargeError';
  }
}

const tooLarge = (mediaId: string, bytes: number, maxBytes: number) => new WeChatMediaTooLargeError(mediaId, bytes, maxBytes);

/** The body, stopping (and refusing) as soon as it passes `maxBytes`: a missing or false Content-Length does not get past. */
async function readCapped(res: Response, mediaId: string, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(mediaId, total, maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readJson(res: Response, what: string): Promise<Record<string, unknown>> {
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new WeChatApiError(null, `${what}: HTTP ${res.status}, not JSON`);
  }
  if (typeof body !== 'object' || body === null) throw new WeChatApiError(null, `${what}: HTTP ${res.status}, not a JSON object`);
  return body as Record<string, unknown>;
}

/** WeChat answers 200 with `errcode` on failure; 0 (or none) is success. */
function checkErrcode(body: Record<string, unknown>, what: string): Record<string, unknown> {
  const errcode = body['errcode'];
  if (typeof errcode === 'number' && errcode !== 0) {
    throw new WeChatApiError(errcode, `${what}: errcode ${errcode} ${String(body['errmsg'] ?? '')}`.trim());
  }
  return body;
}
