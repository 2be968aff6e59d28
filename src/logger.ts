import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';
import { currentLogContext } from './requestContext.ts';

/**
 * Structured JSON logs on stdout (pino). Secrets never reach a log line. Every line written while a
 * request or a turn runs carries its `requestId` (and an inbox turn's `channel` and `messageId`).
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'carrier-assist' },
      redact: {
        paths: ['req.headers.authorization', '*.token', '*.secret', '*.password', 'config.directLine.secret', 'config.openai.apiKey'],
        censor: '[redacted]',
      },
      mixin: requestFields,
    },
    destination ?? process.stdout,
  );
}

/**
 * The request id (and an inbox turn's channel and message id) for a log line: a fresh literal per
 * line, since pino's merge writes into what the mixin returns (a spread costs twice as much).
 */
function requestFields(): Record<string, string | undefined> {
  const c = currentLogContext();
  if (!c) return {};
  return c.messageId === undefined ? { requestId: c.requestId } : { requestId: c.requestId, channel: c.channel, messageId: c.messageId };
}
