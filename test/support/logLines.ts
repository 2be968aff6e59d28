import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/logger.ts';

/** The app's own logger (createLogger: same redaction) writing into `lines`, one parsed JSON object per line. */
export function capturedLogger(level: 'debug' | 'info' = 'debug'): { logger: Logger; lines: Record<string, unknown>[]; text: () => string } {
  const lines: Record<string, unknown>[] = [];
  let all = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      all += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ logLevel: level }, sink), lines, text: () => all };
}
