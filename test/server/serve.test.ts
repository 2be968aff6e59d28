import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServe, type ServeProcess } from '../support/serveProcess.ts';

/** `carrier-assist serve` as an operator runs it: a real process on a free port with a SQLite file. */
describe('carrier-assist serve', () => {
  let dir: string;
  let serve: ServeProcess;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-serve-'));
    serve = await startServe({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'ca.db')}`,
      DEMO_SCALE: 'small',
      LOG_LEVEL: 'info',
    });
    url = serve.url;
  });
  afterAll(() => {
    if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('should load the demo data into the empty database and say so in a structured log line', () => {
    const lines = serve.stdout().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'demo data loaded')).toMatchObject({ level: 30, service: 'carrier-assist', accounts: 7 });
    // In development the Bot Framework channel is on without credentials, for the Emulator.
    expect(lines.find((l) => l.msg === 'carrier-assist listening')).toMatchObject({ store: 'sqlite', channels: ['webchat', 'botframework'] });
  });

  test('should listen before it loads the demo data, and log the load at every tenth of it', () => {
    const lines = serve.stdout().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; percent?: number });
    const at = (msg: string) => lines.findIndex((l) => l.msg === msg);
    const progress = lines.filter((l) => l.msg === 'loading the demo data');
    expect(at('listening: getting ready')).toBeGreaterThan(-1);
    expect(at('listening: getting ready')).toBeLessThan(at('empty database: loading the demo data (first start only)'));
    expect(at('empty database: loading the demo data (first start only)')).toBeLessThan(lines.indexOf(progress[0]!));
    expect(lines.indexOf(progress.at(-1)!)).toBeLessThan(at('demo data loaded'));
    expect(at('demo data loaded')).toBeLessThan(at('carrier-assist listening'));
    // One line in each tenth, the last at 100%.
    expect(progress.map((l) => Math.floor(l.percent! / 10))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(serve.stdout()).toMatch(/Carrier Assist is starting at http:\/\/127\.0\.0\.1:\d+ /);
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
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.stdout()).toContain('"msg":"shutting down: draining turns"');
    expect(serve.stdout()).toContain('"msg":"stopped"');
  });
});
