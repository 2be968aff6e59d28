import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'src', 'bin.js');

/** `carrier-assist serve` as an operator runs it: a real process on a free port with a SQLite file. */
describe('carrier-assist serve', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let url: string;
  let stdout = '';
  let stderr = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-serve-'));
    child = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(dir, 'ca.db')}`,
        DEMO_SCALE: 'small',
        LOG_LEVEL: 'info',
      },
    });
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        const m = /open (http:\/\/\S+) to chat/.exec(stdout);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
    });
  });
  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('should load the demo data into the empty database and say so in a structured log line', () => {
    const lines = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'demo data loaded')).toMatchObject({ level: 30, service: 'carrier-assist', accounts: 7 });
    // In development the Bot Framework channel is on without credentials, for the Emulator.
    expect(lines.find((l) => l.msg === 'carrier-assist listening')).toMatchObject({ store: 'sqlite', channels: ['webchat', 'botframework'] });
  });

  test('should answer liveness and readiness', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'sqlite' });
  });

  test('should serve the web chat page at /', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('webchat');
  });

  test('should stop cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('"msg":"shutting down: draining turns"');
    expect(stdout).toContain('"msg":"stopped"');
  });
});
