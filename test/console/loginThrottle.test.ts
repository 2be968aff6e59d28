/**
 * The console's sign-in throttle over HTTP (issue 18): a lock-out per user name whatever the address,
 * one per client address whatever the names, X-Forwarded-For believed only from the configured proxies
 * (TRUST_PROXY), lifted by `carrier-assist agent unlock`, and kept in the store across restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { runAgentCommand, type AgentCommand } from '../../src/commands/agents.ts';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USER } from '../../src/console/loginThrottle.ts';
import { openStore } from '../../src/store/openStore.ts';
import { PASSWORD, startConsole, type Console } from './consoleHarness.ts';

/** The store lock-outs on their own: the per-address request limit is tested apart (below). */
const NO_REQUEST_LIMIT = { RATE_LIMIT_SIGN_IN: 'off' };

const signIn = (c: Console, username: string, password: string, forwardedFor?: string) =>
  fetch(`${c.url}/agent/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ username, password }),
  });

/** Runs `carrier-assist agent <command>` on the console's store; returns what it printed. */
async function agentCommand(c: Console, command: AgentCommand): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  expect(await runAgentCommand(command, { stdin: Readable.from([]), stdout, stderr: new PassThrough() }, c.store, c.clock)).toBe(0);
  return out;
}
const unlock = (c: Console, username: string) => agentCommand(c, { kind: 'unlock', username });

describe('sign-in lock-outs', () => {
  let c: Console | undefined;
  afterEach(async () => {
    await c?.close();
    c = undefined;
  });

  test('should lock a name after its failures even when they come from a different address each (behind a trusted proxy)', async () => {
    c = await startConsole({ seed: false, env: { ...NO_REQUEST_LIMIT, TRUST_PROXY: 'loopback' } });
    await c.addAgent({ id: 'target' });
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++) expect((await signIn(c, 'target', `guess ${i}`, `198.51.100.${i + 1}`)).status).toBe(401);
    const locked = await signIn(c, 'Target', PASSWORD, '198.51.100.200');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(locked.headers.get('set-cookie')).toBeNull();
    // Other names are not locked from those addresses.
    await c.addAgent({ id: 'bystander' });
    expect((await signIn(c, 'bystander', PASSWORD, '198.51.100.1')).status).toBe(200);
  });

  test('should lock an address after its failures even when each tries another name', async () => {
    c = await startConsole({ seed: false, env: NO_REQUEST_LIMIT });
    await c.addAgent({ id: 'real' });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) expect((await signIn(c, `name-${i}`, 'guess')).status).toBe(401);
    expect((await signIn(c, 'real', PASSWORD)).status).toBe(429);
  });

  test('should ignore X-Forwarded-For by default: rotating it does not bypass the address lock-out', async () => {
    c = await startConsole({ seed: false, env: NO_REQUEST_LIMIT });
    await c.addAgent({ id: 'real' });
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) expect((await signIn(c, `name-${i}`, 'guess', `203.0.113.${i + 1}`)).status).toBe(401);
    expect((await signIn(c, 'real', PASSWORD, '192.0.2.77')).status).toBe(429);
  });

  test('should take only the address the trusted proxy saw (TRUST_PROXY=1), whatever the client put before it', async () => {
    c = await startConsole({ seed: false, env: { ...NO_REQUEST_LIMIT, TRUST_PROXY: '1' } });
    await c.addAgent({ id: 'real' });
    // The proxy appends the address it saw; what the client sent comes before it.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) expect((await signIn(c, `name-${i}`, 'guess', `10.9.${i}.1, 203.0.113.7`)).status).toBe(401);
    expect((await signIn(c, 'real', PASSWORD, '10.9.200.1, 203.0.113.7')).status).toBe(429);
    expect((await signIn(c, 'real', PASSWORD, '10.9.200.1, 203.0.113.8')).status).toBe(200);
  });

  test('should be lifted for a name by `agent unlock`', async () => {
    c = await startConsole({ seed: false, env: NO_REQUEST_LIMIT });
    await c.addAgent({ id: 'target' });
    expect(await unlock(c, 'target')).toBe('target: was not locked out; earlier failed sign-ins forgotten\n');
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++) await signIn(c, 'target', `guess ${i}`);
    expect((await signIn(c, 'target', PASSWORD)).status).toBe(429);
    expect(await agentCommand(c, { kind: 'list' })).toMatch(/^target .*\(sign-in locked out: agent unlock lifts it\)\n$/);
    expect(await unlock(c, 'target')).toBe('target: lock-out lifted; earlier failed sign-ins forgotten\n');
    expect(await agentCommand(c, { kind: 'list' })).not.toContain('locked');
    expect((await signIn(c, 'target', PASSWORD)).status).toBe(200);
  });
});

describe('a lock-out across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ca-lockout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('should still hold on a new server over the same database', async () => {
    const url = `sqlite:${join(dir, 'ca.db')}`;
    const first = await startConsole({ store: await openStore(url), seed: false, env: NO_REQUEST_LIMIT });
    await first.addAgent({ id: 'target' });
    for (let i = 0; i < MAX_FAILURES_PER_USER; i++) expect((await signIn(first, 'target', `guess ${i}`)).status).toBe(401);
    await first.close();
    const second = await startConsole({ store: await openStore(url), seed: false, env: NO_REQUEST_LIMIT });
    try {
      expect((await signIn(second, 'target', PASSWORD)).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});

describe('sign-in requests per address', () => {
  let c: Console | undefined;
  afterAll(() => c?.close());

  test('should answer 429 with Retry-After past RATE_LIMIT_SIGN_IN, before any password is checked', async () => {
    c = await startConsole({ seed: false, env: { RATE_LIMIT_SIGN_IN: '3/1m' } });
    await c.addAgent({ id: 'real' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await signIn(c, 'real', PASSWORD)).status);
    const refused = await signIn(c, 'real', PASSWORD);
    expect([...statuses, refused.status]).toEqual([200, 200, 200, 429]);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});
