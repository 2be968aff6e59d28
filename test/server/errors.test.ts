/** One HTTP error class and one handler for the app and every adapter (src/server/errors.ts). */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bodyParserType, errorHandler, HttpError, httpErrorHandler } from '../../src/server/errors.ts';
import { requestIds } from '../../src/server/requestId.ts';
import { capturedLogger } from '../support/logLines.ts';

const log = capturedLogger();
let server: Server;
let base: string;

/** Each route fails its own way; `/channel` routes answer with a channel's handler, the rest with the app's. */
const failures: Record<string, () => unknown> = {
  'http-error': () => new HttpError(403, 'TokenExpired', 'The token has expired'),
  'http-error-503': () => new HttpError(503, 'ShuttingDown', 'The server is shutting down'),
  'with-details': () => new HttpError(400, 'BadArgument', 'Bad field', { field: 'x' }),
  'too-large': () => Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 }),
  'bad-json': () => Object.assign(new Error('Unexpected token'), { type: 'entity.parse.failed', status: 400 }),
  'status-404': () => Object.assign(new Error('gone'), { status: 404 }),
  'status-502': () => Object.assign(new Error('upstream'), { status: 502 }),
  bug: () => new TypeError('undefined is not a function'),
};

beforeAll(async () => {
  const app = express();
  app.use(requestIds());
  const channel = express.Router();
  for (const [name, make] of Object.entries(failures)) {
    channel.get(`/${name}`, () => {
      throw make();
    });
  }
  channel.get('/after-headers', (_req, res) => {
    res.write('partial');
    throw new Error('late');
  });
  channel.use(
    httpErrorHandler(log.logger, {
      name: 'test channel',
      refusedLevel: 'warn',
      translate: (err) => (bodyParserType(err) === 'entity.too.large' ? new HttpError(413, 'MessageSizeTooBig', 'The body is larger than the channel accepts') : null),
    }),
  );
  app.use('/channel', channel);
  for (const [name, make] of Object.entries(failures)) {
    app.get(`/app/${name}`, () => {
      throw make();
    });
  }
  app.use(errorHandler(log.logger));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`, { headers: { 'x-request-id': 'req-1' } });
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('a channel’s handler (httpErrorHandler)', () => {
  test.each([
    ['an HttpError as it is', '/channel/http-error', 403, { code: 'TokenExpired', message: 'The token has expired' }],
    ['an HttpError of 5xx as it is (a deliberate answer)', '/channel/http-error-503', 503, { code: 'ShuttingDown', message: 'The server is shutting down' }],
    ['an HttpError with its details', '/channel/with-details', 400, { code: 'BadArgument', message: 'Bad field', details: { field: 'x' } }],
    ['a body-parser error as the channel translates it', '/channel/too-large', 413, { code: 'MessageSizeTooBig', message: 'The body is larger than the channel accepts' }],
    ['a body-parser error it does not translate as a 500', '/channel/bad-json', 500, { code: 'ServiceError', message: 'The request failed on the server' }],
    ['a bug as a 500', '/channel/bug', 500, { code: 'ServiceError', message: 'The request failed on the server' }],
  ])('should answer %s, with the request id', async (_what, path, status, error) => {
    expect(await get(path)).toEqual({ status, body: { error, requestId: 'req-1' } });
  });

  test('should log a refusal at its level and a bug with its stack', async () => {
    await get('/channel/http-error');
    await get('/channel/bug');
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 40, msg: 'The token has expired', status: 403, code: 'TokenExpired', path: '/channel/http-error' }));
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 50, msg: 'test channel: request failed', path: '/channel/bug', err: expect.objectContaining({ message: 'undefined is not a function' }) }));
  });

  test('should leave a response whose headers went out to express, answering and logging nothing', async () => {
    await fetch(`${base}/channel/after-headers`)
      .then((res) => res.text())
      .catch(() => 'cut off');
    expect(log.lines.filter((l) => l['path'] === '/channel/after-headers')).toEqual([]);
  });
});

describe('the app’s handler (errorHandler)', () => {
  test.each([
    ['an HttpError as it is', '/app/http-error', 403, { code: 'TokenExpired', message: 'The token has expired' }],
    ['a body too large', '/app/too-large', 413, { code: 'PayloadTooLarge', message: 'Request body too large' }],
    ['malformed JSON', '/app/bad-json', 400, { code: 'BadArgument', message: 'Malformed JSON body: Unexpected token' }],
    ['an error with a client status, its message and code', '/app/status-404', 404, { code: 'NotFound', message: 'gone' }],
    ['an error with a server status, generically', '/app/status-502', 502, { code: 'ServiceError', message: 'Internal error' }],
    ['a bug as a generic 500', '/app/bug', 500, { code: 'ServiceError', message: 'Internal error' }],
  ])('should answer %s', async (_what, path, status, error) => {
    expect(await get(path)).toEqual({ status, body: { error, requestId: 'req-1' } });
  });
});
