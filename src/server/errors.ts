import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/**
 * The one HTTP error of the house, thrown by every route and adapter (Hono's HTTPException pattern):
 * the status, the code and the reason the client is told, e.g. `new HttpError(401, 'Unauthorized', …)`.
 * Each channel keeps its errors in a catalogue of its own (WebChatErrors, WhatsAppErrors, WeChatErrors).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** How one set of routes answers errors that are not HttpErrors, and logs. */
export interface ErrorHandlerOptions {
  /** Names the routes in the log line of a failure ("web chat: request failed"); a refusal's line is its reason. */
  name: string;
  /**
   * These routes' own HttpError for another error (body-parser's `entity.parse.failed`,
   * `entity.too.large` …), or null: a bug, logged and answered 500.
   */
  translate?: (err: unknown) => HttpError | null;
  /** The level of the log line of a refused request (4xx); none by default. */
  refusedLevel?: 'debug' | 'warn';
  /** The message of a 500. */
  internalMessage?: string;
}

/**
 * The last handler of a router or of the app, the same for every adapter: an HttpError is answered
 * as it is; another error as `translate` makes it, or logged with its stack and answered 500 (never a
 * quiet 200). Every body is `{error: {code, message…}, requestId}` (sendError).
 */
export function httpErrorHandler(logger: Logger, options: ErrorHandlerOptions): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const thrown = err instanceof HttpError;
    const known = thrown ? err : (options.translate?.(err) ?? null);
    const where = { method: req.method, path: req.baseUrl + req.path };
    if (known && (thrown || known.status < 500)) {
      if (options.refusedLevel) logger[options.refusedLevel]({ status: known.status, code: known.code, ...where }, known.message);
    } else logger.error({ err, ...where }, `${options.name}: request failed`);
    const answer = known ?? new HttpError(500, 'ServiceError', options.internalMessage ?? 'The request failed on the server');
    sendError(res, answer.status, { code: answer.code, message: answer.message, ...(answer.details ? { details: answer.details } : {}) });
  };
}

/** body-parser's and express's errors carry a status and, for body-parser, a type such as entity.too.large. */
export interface ExpressError {
  status?: number;
  statusCode?: number;
  type?: string;
  message?: string;
  details?: unknown;
}

/** The type of a body-parser error (`entity.parse.failed` …), or undefined for anything else. */
export function bodyParserType(err: unknown): string | undefined {
  const type = typeof err === 'object' && err !== null ? (err as ExpressError).type : undefined;
  return typeof type === 'string' ? type : undefined;
}

/** The app's last handler: client errors get their reason, server errors a generic message and a log line. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return httpErrorHandler(logger, { name: 'http', translate: expressErrorOf, internalMessage: 'Internal error' });
}

/** An express or body-parser error as the HttpError the app answers with (its own status, our code). */
function expressErrorOf(err: unknown): HttpError | null {
  const e = (err ?? {}) as ExpressError;
  const status = e.status ?? e.statusCode;
  if (status === undefined) return null;
  if (status >= 500) return new HttpError(status, 'ServiceError', 'Internal error');
  const message =
    e.type === 'entity.parse.failed'
      ? `Malformed JSON body: ${e.message ?? 'parse error'}`
      : e.type === 'entity.too.large'
        ? 'Request body too large'
        : (e.message ?? 'Bad request');
  return new HttpError(status, codeFor(status), message, e.details);
}

function codeFor(status: number): string {
  switch (status) {
    case 400:
      return 'BadArgument';
    case 401:
      return 'Unauthorized';
    case 403:
      return 'Forbidden';
    case 404:
      return 'NotFound';
    case 413:
      return 'PayloadTooLarge';
    default:
      return 'BadRequest';
  }
}

/** What an error response's body says: its code and message, and details when there are some. */
export interface ErrorDetail {
  code: string;
  message: string;
  [more: string]: unknown;
}

/**
 * Answers an error as `{error: {code, message…}, requestId}` (the request id of src/server/requestId.ts,
 * so a caller can quote it) and keeps the code for the metrics (webhook rejections by reason).
 */
export function sendError(res: Response, status: number, error: ErrorDetail): void {
  res.locals.errorCode = error.code;
  const requestId = res.locals.requestId as string | undefined;
  res.status(status).json(requestId ? { error, requestId } : { error });
}
