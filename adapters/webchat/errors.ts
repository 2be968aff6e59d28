import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { bodyParserType, HttpError, httpErrorHandler, type ExpressError } from '../../src/server/errors.ts';

/** Every error the web chat channel answers with, in one place (the Fuse.js habit). */
export const WebChatErrors = {
  malformedJson: (detail: string) => new HttpError(400, 'BadSyntax', `The body is not valid JSON: ${detail}`),
  invalidBody: (what: string, error: ZodError) =>
    new HttpError(400, 'BadArgument', `Invalid ${what}: ${describeIssues(error)}`),
  invalidWatermark: (value: string) =>
    new HttpError(400, 'BadArgument', `watermark must be a non-negative integer, got "${value}"`),
  bodyTooLarge: () => new HttpError(413, 'MessageSizeTooBig', 'The body is larger than the channel accepts'),
  missingAuthorization: () =>
    new HttpError(401, 'Unauthorized', 'Authorization: Bearer <Direct Line token or secret> is required'),
  invalidToken: (reason: string) => new HttpError(401, 'TokenInvalid', `The Direct Line token is not valid: ${reason}`),
  tokenExpired: () => new HttpError(403, 'TokenExpired', 'The Direct Line token has expired; refresh it or ask for a new one'),
  secretRequired: () =>
    new HttpError(
      401,
      'Unauthorized',
      'In production a Direct Line token is issued only to a caller presenting the Direct Line secret as the bearer',
    ),
  wrongSecret: () => new HttpError(401, 'Unauthorized', 'The bearer is neither a valid token nor the Direct Line secret'),
  tokenNeeded: () => new HttpError(400, 'BadArgument', 'Only a token can be refreshed, not the secret'),
  userChoiceNeedsSecret: () =>
    new HttpError(403, 'Forbidden', 'Choosing the user id of a token needs the Direct Line secret as the bearer'),
  wrongConversation: () => new HttpError(403, 'Forbidden', 'The token is for another conversation'),
  userMismatch: (fromId: string) =>
    new HttpError(403, 'Forbidden', `from.id "${fromId}" is not the user the token was issued to`),
  conversationNotFound: (id: string) => new HttpError(404, 'NotFound', `No conversation "${id}"`),
  demoUserNotFound: (id: string) => new HttpError(404, 'NotFound', `No demo user "${id}"`),
  fileNotFound: () => new HttpError(404, 'NotFound', 'No such file'),
  notMultipart: (detail: string) => new HttpError(400, 'BadArgument', `An upload must be multipart/form-data: ${detail}`),
  malformedUpload: (detail: string) => new HttpError(400, 'BadArgument', `Malformed upload: ${detail}`),
  fileTooLarge: (maxBytes: number) => new HttpError(413, 'MessageSizeTooBig', `A file is larger than ${maxBytes / 1024 / 1024} MB`),
  tooManyFiles: (maxFiles: number) => new HttpError(413, 'MessageSizeTooBig', `At most ${maxFiles} files per upload`),
  noFilePart: () => new HttpError(400, 'BadArgument', 'An upload needs at least one file part'),
  activityPartNotJson: (detail: string) => new HttpError(400, 'BadSyntax', `The activity part is not valid JSON: ${detail}`),
} as const;

function describeIssues(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Answers errors raised in the web chat routes: HttpErrors and body-parser failures with their status
 * and reason, in Direct Line's shape `{error: {code, message}}` so the official clients can read it;
 * anything else is a bug, logged and answered 500 (never a quiet 200).
 */
export function webChatErrorHandler(logger: Logger): ErrorRequestHandler {
  return httpErrorHandler(logger, {
    name: 'web chat',
    refusedLevel: 'debug',
    translate: (err) => {
      const type = bodyParserType(err);
      if (type === 'entity.parse.failed') return WebChatErrors.malformedJson((err as ExpressError).message ?? 'unreadable');
      return type === 'entity.too.large' ? WebChatErrors.bodyTooLarge() : null;
    },
  });
}
