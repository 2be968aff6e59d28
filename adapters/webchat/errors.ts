import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { sendError } from '../../src/server/errors.ts';

/**
 * An error a Direct Line endpoint answers with. The body has Direct Line's shape,
 * `{error: {code, message}}`, so the official clients can read it.
 */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DirectLineError';
  }
}

/** Every error the web chat channel answers with, in one place (the Fuse.js habit). */
export const WebChatErrors = {
  malformedJson: (detail: string) => new DirectLineError(400, 'BadSyntax', `The body is not valid JSON: ${detail}`),
  invalidBody: (what: string, error: ZodError) =>
    new DirectLineError(400, 'BadArgument', `Invalid ${what}: ${describeIssues(error)}`),
  invalidWatermark: (value: string) =>
    new DirectLineError(400, 'BadArgument', `watermark must be a non-negative integer, got "${value}"`),
  bodyTooLarge: () => new DirectLineError(413, 'MessageSizeTooBig', 'The body is larger than the channel accepts'),
  missingAuthorization: () =>
    new DirectLineError(401, 'Unauthorized', 'Authorization: Bearer <Direct Line token or secret> is required'),
  invalidToken: (reason: string) => new DirectLineError(401, 'TokenInvalid', `The Direct Line token is not valid: ${reason}`),
  tokenExpired: () => new DirectLineError(403, 'TokenExpired', 'The Direct Line token has expired; refresh it or ask for a new one'),
  secretRequired: () =>
    new DirectLineError(
      401,
      'Unauthorized',
      'In production a Direct Line token is issued only to a caller presenting the Direct Line secret as the bearer',
    ),
  wrongSecret: () => new DirectLineError(401, 'Unauthorized', 'The bearer is neither a valid token nor the Direct Line secret'),
  tokenNeeded: () => new DirectLineError(400, 'BadArgument', 'Only a token can be refreshed, not the secret'),
  userChoiceNeedsSecret: () =>
    new DirectLineError(403, 'Forbidden', 'Choosing the user id of a token needs the Direct Line secret as the bearer'),
  wrongConversation: () => new DirectLineError(403, 'Forbidden', 'The token is for another conversation'),
  userMismatch: (fromId: string) =>
    new DirectLineError(403, 'Forbidden', `from.id "${fromId}" is not the user the token was issued to`),
  conversationNotFound: (id: string) => new DirectLineError(404, 'NotFound', `No conversation "${id}"`),
  demoUserNotFound: (id: string) => new DirectLineError(404, 'NotFound', `No demo user "${id}"`),
} as const;

function describeIssues(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}

interface BodyParserError {
  type?: string;
  status?: number;
  message?: string;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && 'type' in err && typeof (err as BodyParserError).type === 'string';
}

/**
 * Answers errors raised in the web chat routes: Direct Line errors and body-parser failures with
 * their status and reason; anything else is a bug, logged and answered 500 (never a quiet 200).
 */
export function webChatErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    let known: DirectLineError | null = null;
    if (err instanceof DirectLineError) known = err;
    else if (isBodyParserError(err) && err.type === 'entity.parse.failed') known = WebChatErrors.malformedJson(err.message ?? 'unreadable');
    else if (isBodyParserError(err) && err.type === 'entity.too.large') known = WebChatErrors.bodyTooLarge();
    if (known) {
      logger.debug({ status: known.status, code: known.code, path: req.path }, known.message);
      sendError(res, known.status, { code: known.code, message: known.message });
      return;
    }
    logger.error({ err, path: req.path }, 'web chat request failed');
    sendError(res, 500, { code: 'ServiceError', message: 'The request failed on the server' });
  };
}
