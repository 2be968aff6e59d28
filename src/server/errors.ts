import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/** An error with the HTTP status and the reason the client is told (Hono's HTTPException pattern). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The last express handler: client errors get their reason, server errors a generic message and a log line. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const e = err as { status?: number; statusCode?: number; type?: string; message?: string; details?: unknown };
    const status = err instanceof HttpError ? err.status : (e.status ?? e.statusCode ?? 500);
    if (status >= 500) {
      logger.error({ err, method: req.method, url: req.originalUrl }, 'request failed');
      sendError(res, status, { code: 'ServiceError', message: 'Internal error' });
      return;
    }
    // body-parser errors carry a type such as entity.parse.failed or entity.too.large.
    const message =
      e.type === 'entity.parse.failed'
        ? `Malformed JSON body: ${e.message ?? 'parse error'}`
        : e.type === 'entity.too.large'
          ? 'Request body too large'
          : (e.message ?? 'Bad request');
    sendError(res, status, { code: codeFor(status), message, ...(e.details ? { details: e.details } : {}) });
  };
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
