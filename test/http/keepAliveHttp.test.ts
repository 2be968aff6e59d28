/** The keep-alive pool a platform API client sends through (issue 16: one pool per platform API). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { HttpTransportError, KeepAliveHttp } from '../../src/http/keepAliveHttp.ts';

let server: Server;
let connections = 0;

async function serve(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<string> {
  connections = 0;
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    handler(req, body, res);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('KeepAliveHttp', () => {
  test('should send every request of a sequence on one connection, with its body and headers', async () => {
    const seen: string[] = [];
    const url = await serve((req, body, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers['authorization']} ${body}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const http = new KeepAliveHttp({ maxSockets: 4, timeoutMs: 5_000 });
    for (let i = 0; i < 5; i++) {
      const res = await http.request(`${url}/v21.0/messages`, { method: 'POST', headers: { authorization: 'Bearer t' }, body: `{"n":${i}}` });
      expect([res.status, res.body.toString()]).toEqual([200, '{"ok":true}']);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `POST /v21.0/messages Bearer t {"n":${i}}`));
    expect(connections).toBe(1);
    http.close();
  });

  test('should open no more connections than its limit for concurrent requests', async () => {
    const url = await serve((_req, _body, res) => setTimeout(() => res.end('x'), 20));
    const http = new KeepAliveHttp({ maxSockets: 2, timeoutMs: 5_000 });
    const statuses = await Promise.all(Array.from({ length: 8 }, () => http.request(url, { method: 'GET' }).then((r) => r.status)));
    expect(statuses).toEqual(Array(8).fill(200));
    expect(connections).toBe(2);
    http.close();
  });

  test('should resolve with an error status, for the caller to read', async () => {
    const url = await serve((_req, _body, res) => res.writeHead(500).end('{"error":{"message":"busy"}}'));
    const http = new KeepAliveHttp({ maxSockets: 1, timeoutMs: 5_000 });
    const res = await http.request(url, { method: 'GET' });
    expect([res.status, res.body.toString()]).toEqual([500, '{"error":{"message":"busy"}}']);
    http.close();
  });

  test.each([
    ['a server that never answers', (_req: IncomingMessage, _body: string, _res: ServerResponse) => {}, {}, /no answer within 200 ms/],
    ['a response over the size limit', (_req: IncomingMessage, _body: string, res: ServerResponse) => res.end('x'.repeat(100)), { maxBytes: 10 }, /larger than 10 bytes/],
    ['a connection dropped without an answer', (req: IncomingMessage) => req.socket.destroy(), {}, /socket hang up/],
  ])('should reject %s as a transport error', async (_what, handler, extra, message) => {
    const url = await serve(handler);
    const http = new KeepAliveHttp({ maxSockets: 1, timeoutMs: 200 });
    const failure = http.request(url, { method: 'GET', ...extra });
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toBeInstanceOf(HttpTransportError);
    http.close();
  });

  test('should still send after close, without keeping the connection', async () => {
    const url = await serve((_req, _body, res) => res.end('ok'));
    const http = new KeepAliveHttp({ maxSockets: 1, timeoutMs: 5_000 });
    await http.request(url, { method: 'GET' });
    http.close();
    expect((await http.request(url, { method: 'GET' })).status).toBe(200);
    expect((await http.request(url, { method: 'GET' })).status).toBe(200);
    expect(connections).toBe(3);
  });
});
