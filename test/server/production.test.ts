/**
 * `carrier-assist serve` in production on an empty SQLite file (issue 18): no demo data, no demo
 * agents, no password printed; the operator is told how to create the first agent, the console's
 * sign-in page says it too, and `carrier-assist agent add` makes one that can sign in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/openStore.ts';
import { BIN, startServe, type ServeProcess } from '../support/serveProcess.ts';

const PASSWORD = 'a long enough first password';

describe('carrier-assist serve in production on an empty database', () => {
  let dir: string;
  let env: Record<string, string>;
  let serve: ServeProcess;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ca-production-'));
    env = {
      NODE_ENV: 'production',
      METRICS_TOKEN: 'metrics-token-for-tests',
      DIRECTLINE_SECRET: 'production-test-directline-secret',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'ca.db')}`,
      LOG_LEVEL: 'info',
    };
    serve = await startServe(env);
    url = serve.url;
  });
  afterAll(() => {
    if (serve.child.exitCode === null) serve.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('should load no demo data and create no demo agent, and print no password', () => {
    expect(serve.stdout()).not.toContain('demo data');
    // The demo's line is "Demo console sign-ins (…): ana / <password> (agent), …".
    expect(serve.stdout()).not.toMatch(/sign-ins|password:|\b(ana|sam) \/ /i);
    expect(serve.stdout()).toContain('No console agent exists yet: create the first with `carrier-assist agent add <username>');
  });

  test("should tell the console's sign-in page how the first agent is created", async () => {
    const res = await fetch(`${url}/agent/api/session`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ requestId: expect.any(String), error: 'Sign in first.', setup: expect.stringContaining('carrier-assist agent add <username>') });
  });

  test('should let the agent made by `carrier-assist agent add` sign in, and stop cleanly', async () => {
    const added = spawnSync(process.execPath, [BIN, 'agent', 'add', 'boss', '--name', 'The Boss', '--role', 'supervisor'], { env: { PATH: process.env['PATH'] ?? '', ...env }, input: `${PASSWORD}\n`, encoding: 'utf8' });
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('added boss (supervisor; support, customs, billing, vip)\n');
    const signIn = await fetch(`${url}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'boss', password: PASSWORD }) });
    expect(signIn.status).toBe(200);
    // With an agent, an unsigned visitor is no longer told anything about setting up.
    expect(await (await fetch(`${url}/agent/api/session`)).json()).toEqual({ requestId: expect.any(String), error: 'Sign in first.' });
    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    const store = await openStore(env['DATABASE_URL']!);
    try {
      expect(await store.isEmpty()).toBe(true);
      expect((await store.agents.list()).map((a) => a.username)).toEqual(['boss']);
    } finally {
      await store.close();
    }
  });
});
