/**
 * One keep-alive connection pool per platform API (Graph API, …): requests on node:http(s) agents
 * that keep their sockets open between sends. A send is then one write on an open socket, without
 * the connection set-up and the web-streams machinery of `fetch` (a third of a turn's CPU when the
 * Graph API client used `fetch`, measured with `node --cpu-prof` under `npm run bench`).
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface KeepAliveHttpOptions {
  /** Sockets open at once per host at most (further requests wait for one). */
  maxSockets: number;
  /** The whole exchange, connection to last byte, in milliseconds. */
  timeoutMs: number;
}

export interface HttpRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** A response body larger than this fails the request (a file to download, say). */
  maxBytes?: number;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The request failed before a whole response came: refused, reset, timed out, too large. */
export class HttpTransportError extends Error {
  constructor(
    message: string,
    /** No whole answer within the time-out (rather than refused, reset or too large). */
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'HttpTransportError';
  }
}

export class KeepAliveHttp {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;
  private closed = false;

  constructor(private readonly o: KeepAliveHttpOptions) {
    const agent = { keepAlive: true, maxSockets: o.maxSockets, scheduling: 'lifo' as const };
    this.http = new HttpAgent(agent);
    this.https = new HttpsAgent(agent);
    // Once closed, a socket whose exchange is done is not kept (a send the outbox finished during shutdown).
    for (const a of [this.http, this.https]) a.on('free', (socket: { destroy(): void }) => this.closed && socket.destroy());
  }

  /** One exchange; any HTTP status resolves (the caller reads it), a transport failure rejects. */
  request(url: string, r: HttpRequest): Promise<HttpResponse> {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const body = r.body === undefined ? undefined : Buffer.from(r.body);
    const headers = { ...r.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    return new Promise((resolve, reject) => {
      const fail = (message: string, timedOut = false) => {
        req.destroy();
        reject(new HttpTransportError(message, timedOut));
      };
      const timer = setTimeout(() => fail(`no answer within ${this.o.timeoutMs} ms`, true), this.o.timeoutMs);
      const req = (secure ? httpsRequest : httpRequest)(target, { method: r.method, headers, agent: secure ? this.https : this.http }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (r.maxBytes !== undefined && size > r.maxBytes) {
            clearTimeout(timer);
            fail(`the response is larger than ${r.maxBytes} bytes`);
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks) });
        });
        res.on('error', (error) => {
          clearTimeout(timer);
          reject(new HttpTransportError(error.message));
        });
      });
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(new HttpTransportError(error.message));
      });
      req.end(body);
    });
  }

  /**
   * Closes the idle pooled sockets, and each busy one once its exchange is done (requests in flight
   * finish; later ones still work, on sockets that are not kept).
   */
  close(): void {
    this.closed = true;
    for (const agent of [this.http, this.https]) for (const sockets of Object.values(agent.freeSockets)) for (const socket of sockets ?? []) socket.destroy();
  }
}
