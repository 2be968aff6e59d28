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
      // A fresh object per line: pino's merge writes into what the mixin returns.
      mixin: () => {
        const context = currentLogContext();
        return context ? { ...context } : {};
      },
    },
    destination ?? process.stdout,
  );
}
