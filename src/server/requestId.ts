import type { RequestHandler } from 'express';
import { requestIdFrom, runWithLogContext } from '../requestContext.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Gives every request an id (the caller's X-Request-Id when sane, else a new one), answers it in the
 * X-Request-Id header, keeps it in `res.locals.requestId` for error bodies, and runs the rest of the
 * request in its log context: every log line of the request, and of a turn it runs, carries it.
 */
export function requestIds(): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.requestId = requestId;
    runWithLogContext({ requestId }, next);
  };
}
