import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { ZodError } from 'zod';
import { bodyParserType, HttpError, httpErrorHandler } from '../../src/server/errors.ts';

/**
 * Graph API error codes that mean "not now" whatever the HTTP status (Meta's error-code reference):
 * 2 API Service (temporary downtime or overload), 4 API Too Many Calls, 80007 the business account's
 * rate limit, 130429 Cloud API throughput reached, 131000 something went wrong, 131016 service
 * unavailable, 131048 spam rate limit, 131056 the (business, customer) pair rate limit, 133004 server
 * temporarily unavailable. Everything else (131047 outside the window, 131026 undeliverable, 100 a
 * bad parameter, 190 an expired token...) is a refusal.
 */
export const GRAPH_TRY_LATER_CODES: ReadonlySet<number> = new Set([2, 4, 80007, 130429, 131000, 131016, 131048, 131056, 133004]);

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

  /**
   * Meta may take it later: it was busy, throttling or unreachable (we count that as 503). Meta asks
   * for error handling by `code`, not by HTTP status: its throttling codes come with 400 as often as
   * with 429 (130429 throughput, 131056 the pair rate, 80007 the account's rate, 4 the app's calls).
   */
  get transient(): boolean {
    return this.status === 429 || this.status >= 500 || (this.code !== undefined && GRAPH_TRY_LATER_CODES.has(this.code));
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
