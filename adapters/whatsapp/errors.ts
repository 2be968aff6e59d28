import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { bodyParserType, HttpError, httpErrorHandler } from '../../src/server/errors.ts';

/** A Graph API call that failed: Meta's `{error: {message, type, code, error_subcode, fbtrace_id}}`. */
export class GraphApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    message: string,
    readonly details?: string,
  ) {
    super(message);
    this.name = 'GraphApiError';
  }

  /** Meta may take it later: it was busy, throttling (429) or unreachable (we count that as 503). */
  get transient(): boolean {
    return this.status === 429 || this.status >= 500;
  }

  /** "131047: Re-engagement message (details)" — what outbound_messages.error keeps. */
  describe(): string {
    return `${this.code ?? this.status}: ${this.message}${this.details ? ` (${this.details})` : ''}`;
  }
}

/** Every error the WhatsApp channel raises, in one place (the Fuse.js habit). */
export const WhatsAppErrors = {
  handshakeRefused: () => new HttpError(403, 'Forbidden', 'hub.mode must be subscribe and hub.verify_token must match'),
  missingSignature: () => new HttpError(401, 'Unauthorized', 'X-Hub-Signature-256: sha256=<hex> is required'),
  wrongSignature: () => new HttpError(401, 'Unauthorized', 'X-Hub-Signature-256 does not match the body'),
  bodyTooLarge: (limit: number) => new HttpError(413, 'PayloadTooLarge', `The body is larger than ${limit} bytes`),
  malformedJson: (detail: string) => new HttpError(400, 'BadSyntax', `The body is not valid JSON: ${detail}`),
  invalidPayload: (error: ZodError, at: PropertyKey[] = []) =>
    new HttpError(400, 'BadArgument', `Not a WhatsApp Business Account notification: ${describeIssues(error, at)}`),
  shuttingDown: () => new HttpError(503, 'ShuttingDown', 'The server is shutting down; deliver again later'),
  graph: (status: number, body: unknown) => {
    const e = (body as { error?: { message?: unknown; code?: unknown; error_data?: { details?: unknown } } } | null)?.error;
    const message = typeof e?.message === 'string' ? e.message : `HTTP ${status}`;
    const code = typeof e?.code === 'number' ? e.code : undefined;
    const details = typeof e?.error_data?.details === 'string' ? e.error_data.details : undefined;
    return new GraphApiError(status, code, message, details);
  },
  graphUnreadable: (what: string, detail: string) => new GraphApiError(502, undefined, `${what}: ${detail}`),
  mediaTooLarge: (bytes: number, limit: number) => new GraphApiError(413, undefined, `media of ${bytes} bytes is over the ${limit}-byte limit`),
} as const;

/** The first few problems, each with its path in the body (`at` prefixes them). */
export function describeIssues(error: ZodError, at: PropertyKey[] = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = [...at, ...issue.path].map(String);
      return `${path.length ? path.join('.') : '(body)'}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * Answers errors raised on the webhook route with their status and reason; body-parser's own errors
 * (too large) mapped to ours; anything else is a bug, logged and answered 500 (never a quiet 200).
 */
export function whatsAppErrorHandler(logger: Logger, limit: number): ErrorRequestHandler {
  return httpErrorHandler(logger, {
    name: 'WhatsApp webhook',
    refusedLevel: 'warn',
    translate: (err) => (bodyParserType(err) === 'entity.too.large' ? WhatsAppErrors.bodyTooLarge(limit) : null),
  });
}
