/** `carrier-assist serve` as an operator runs it: a real process, started and read as it prints. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', '..', 'src', 'bin.js');

export interface ServeProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Where it said it listens. */
  readonly url: string;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code. */
  readonly exited: Promise<number | null>;
}

/**
 * Starts `serve` with exactly `env` (and PATH) and resolves once its banner, blank line included, is
 * out: by default the one it prints when ready, or with `until: 'listening'` the first, printed as soon
 * as it listens (before the demo data is loaded).
 */
export async function startServe(env: Record<string, string>, until: 'ready' | 'listening' = 'ready'): Promise<ServeProcess> {
  const banner = until === 'ready' ? /open (http:\/\/\S+) to chat[\s\S]*\n\n/ : /starting at (http:\/\/\S+) [^\n]*\n\n/;
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { PATH: process.env['PATH'] ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = banner.exec(stdout);
      if (m) resolve(m[1]!);
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited };
}
