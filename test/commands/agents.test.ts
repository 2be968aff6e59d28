/**
 * `carrier-assist agent list | add | password` against a passed store, with fake standard streams:
 * a terminal (the password is generated and shown once) or a pipe (the password is read from it).
 */
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { AgentCommandError, runAgentCommand, type AgentCommand, type AgentCommandIo } from '../../src/commands/agents.ts';
import { verifyPassword } from '../../src/console/passwords.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';
import { startConsole, type Console } from '../console/consoleHarness.ts';

interface FakeIo extends AgentCommandIo {
  out(): string;
}

/** A terminal when `piped` is undefined, otherwise a pipe that carries `piped`. */
function fakeIo(piped?: string): FakeIo {
  const stdin: Readable & { isTTY?: boolean } = Readable.from(piped === undefined ? [] : [Buffer.from(piped)]);
  if (piped === undefined) stdin.isTTY = true;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stdin, stdout, stderr, out: () => text };
}

const add = (username: string, o: Partial<Extract<AgentCommand, { kind: 'add' }>> = {}): AgentCommand => ({
  kind: 'add',
  username,
  name: o.name ?? `Name of ${username}`,
  role: o.role ?? 'agent',
  queues: o.queues ?? ['support'],
});

describe('agent command', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
  });

  test('should add an agent with a generated password, shown once, that verifies', async () => {
    const io = fakeIo();
    expect(await runAgentCommand(add('ana', { name: 'Ana Silva', queues: ['support', 'customs'] }), io, store)).toBe(0);
    const printed = /; password: (\S+)\n$/.exec(io.out());
    expect(io.out()).toMatch(/^added ana \(agent; support, customs\); password: /);
    const password = printed![1]!;
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(io.out().split(password)).toHaveLength(2);
    const agent = (await store.agents.byUsername('ana'))!;
    expect(agent).toMatchObject({ username: 'ana', displayName: 'Ana Silva', role: 'agent', queues: ['support', 'customs'] });
    expect(agent.id).toMatch(/^agent-[0-9a-f-]{36}$/);
    expect(agent.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, agent.passwordHash)).toBe(true);
  });

  test('should read the password from a pipe and not print it', async () => {
    const io = fakeIo('piped in password 42\n');
    expect(await runAgentCommand(add('sam', { role: 'supervisor', queues: ['vip'] }), io, store)).toBe(0);
    expect(io.out()).toBe('added sam (supervisor; vip)\n');
    const agent = (await store.agents.byUsername('sam'))!;
    expect(agent.role).toBe('supervisor');
    expect(await verifyPassword('piped in password 42', agent.passwordHash)).toBe(true);
    expect(await verifyPassword('piped in password 42\n', agent.passwordHash)).toBe(false);
  });

  test('should generate a password when the pipe is empty', async () => {
    const io = fakeIo('');
    expect(await runAgentCommand(add('empty'), io, store)).toBe(0);
    const password = /; password: (\S+)\n$/.exec(io.out())![1]!;
    expect(await verifyPassword(password, (await store.agents.byUsername('empty'))!.passwordHash)).toBe(true);
  });

  test.each(['short\n', '11 chars ok\n', 'elevenchars'])('should refuse a piped password under 12 characters (%j) and add nobody', async (piped) => {
    await expect(runAgentCommand(add('weak'), fakeIo(piped), store)).rejects.toThrow(new AgentCommandError('a password must have at least 12 characters'));
    expect(await store.agents.byUsername('weak')).toBeNull();
  });

  test('should take a piped password of exactly 12 characters', async () => {
    expect(await runAgentCommand(add('twelve'), fakeIo('123456789012\n'), store)).toBe(0);
    expect(await verifyPassword('123456789012', (await store.agents.byUsername('twelve'))!.passwordHash)).toBe(true);
  });

  test('should refuse a username that exists, keeping the first agent', async () => {
    await runAgentCommand(add('ana', { name: 'First' }), fakeIo(), store);
    await expect(runAgentCommand(add('ana', { name: 'Second' }), fakeIo(), store)).rejects.toThrow('an agent "ana" exists already');
    expect((await store.agents.list()).map((a) => a.displayName)).toEqual(['First']);
  });

  test('should refuse an unknown queue, naming it and the real ones', async () => {
    const err = await runAgentCommand(add('lost', { queues: ['support', 'returns'] }), fakeIo(), store).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AgentCommandError);
    expect((err as Error).message).toBe('unknown queue returns (queues: support, customs, billing, vip)');
    expect(await store.agents.byUsername('lost')).toBeNull();
  });

  test('should refuse an unknown role', async () => {
    await expect(runAgentCommand(add('boss', { role: 'admin' as 'agent' }), fakeIo(), store)).rejects.toThrow('--role must be one of agent, supervisor');
  });

  test('should list agents with role and queues', async () => {
    await runAgentCommand(add('ana', { name: 'Ana Silva', queues: ['support', 'billing'] }), fakeIo(), store);
    await runAgentCommand(add('sam', { name: 'Sam Lee', role: 'supervisor', queues: ['vip'] }), fakeIo(), store);
    const io = fakeIo();
    expect(await runAgentCommand({ kind: 'list' }, io, store)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.split(/\s{2,}|\s(?=\S+$)/).map((x) => x.trim()))).toEqual(
      expect.arrayContaining([
        ['ana', 'Ana Silva', 'agent', 'support,billing'],
        ['sam', 'Sam Lee', 'supervisor', 'vip'],
      ]),
    );
    expect(io.out()).not.toMatch(/scrypt/);
  });

  test('should refuse a new password for an unknown agent', async () => {
    await expect(runAgentCommand({ kind: 'password', username: 'nobody' }, fakeIo(), store)).rejects.toThrow('no agent "nobody"');
  });
});

describe('agent password reset', () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole({ seed: false });
  });
  afterAll(async () => {
    await c?.close();
  });

  const signIn = (username: string, password: string) =>
    fetch(`${c.url}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  test("should end the agent's sessions and take only the new password", async () => {
    await runAgentCommand(add('ana'), fakeIo('the old password!\n'), c.store);
    await runAgentCommand(add('ben'), fakeIo('bens own password\n'), c.store);
    const [first, second] = await Promise.all([c.signIn('ana', 'the old password!'), c.signIn('ana', 'the old password!')]);
    const ben = await c.signIn('ben', 'bens own password');
    for (const s of [first, second, ben]) expect((await c.api(s, 'GET', '/session')).status).toBe(200);

    const io = fakeIo('a brand new password\n');
    expect(await runAgentCommand({ kind: 'password', username: 'ana' }, io, c.store)).toBe(0);
    expect(io.out()).toBe('new password for ana set; their open sessions are signed out\n');

    expect((await c.api(first, 'GET', '/session')).status).toBe(401);
    expect((await c.api(second, 'GET', '/queue')).status).toBe(401);
    expect((await c.api(ben, 'GET', '/session')).status).toBe(200);
    expect((await signIn('ana', 'the old password!')).status).toBe(401);
    expect((await signIn('ana', 'a brand new password')).status).toBe(200);
  });

  test('should show a generated new password once', async () => {
    await runAgentCommand(add('cleo'), fakeIo('cleos first password\n'), c.store);
    const io = fakeIo();
    await runAgentCommand({ kind: 'password', username: 'cleo' }, io, c.store);
    const password = /^new password for cleo: (\S+); their open sessions are signed out\n$/.exec(io.out())![1]!;
    expect((await signIn('cleo', password)).status).toBe(200);
  });

  test('should refuse a short new password and keep the old one and the sessions', async () => {
    await runAgentCommand(add('dora'), fakeIo('doras first password\n'), c.store);
    const s = await c.signIn('dora', 'doras first password');
    await expect(runAgentCommand({ kind: 'password', username: 'dora' }, fakeIo('tooshort\n'), c.store)).rejects.toThrow(AgentCommandError);
    expect((await c.api(s, 'GET', '/session')).status).toBe(200);
    expect((await signIn('dora', 'doras first password')).status).toBe(200);
  });
});
