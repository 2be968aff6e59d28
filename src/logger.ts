import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

/** Structured JSON logs on stdout (pino). Secrets never reach a log line. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'carrier-assist' },
      redact: {
        paths: ['req.headers.authorization', '*.token', '*.secret', '*.password', 'config.directLine.secret', 'config.openai.apiKey'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
