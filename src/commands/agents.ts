/**
 * `carrier-assist agent list | add | password | unlock`: the people who sign in to the agent console. Passwords
 * are read from standard input when it is piped (never from the command line, where shell history
 * keeps them), otherwise generated and printed once.
 */
import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { LoginThrottle } from '../console/loginThrottle.ts';
import { generatePassword, hashPassword } from '../console/passwords.ts';
import { QUEUES } from '../escalation/serviceLevels.ts';
import { AGENT_ROLES, type AgentRole } from '../store/handoffRecords.ts';
import { openStore } from '../store/openStore.ts';
import type { Store } from '../store/store.ts';

export interface AgentCommandIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export type AgentCommand =
  | { kind: 'list' }
  | { kind: 'add'; username: string; name: string; role: AgentRole; queues: string[] }
  | { kind: 'password'; username: string }
  | { kind: 'unlock'; username: string };

export class AgentCommandError extends Error {}

async function newPassword(io: AgentCommandIo): Promise<{ password: string; generated: boolean }> {
  if (io.stdin.isTTY) return { password: generatePassword(), generated: true };
  let text = '';
  for await (const chunk of io.stdin) text += String(chunk);
  const password = text.replace(/\r?\n$/, '');
  if (!password) return { password: generatePassword(), generated: true };
  if (password.length < 12) throw new AgentCommandError('a password must have at least 12 characters');
  return { password, generated: false };
}

export async function runAgentCommand(command: AgentCommand, io: AgentCommandIo, store?: Store, clock: Clock = systemClock): Promise<number> {
  const own = store ? null : await openStore(loadConfig().databaseUrl);
  const s = store ?? own!;
  try {
    switch (command.kind) {
      case 'list': {
        const throttle = new LoginThrottle(s.signInFailures, clock);
        for (const a of await s.agents.list()) {
          const locked = (await throttle.isLocked(a.username)) ? '  (sign-in locked out: agent unlock lifts it)' : '';
          io.stdout.write(`${a.username.padEnd(16)} ${a.displayName.padEnd(20)} ${a.role.padEnd(10)} ${a.queues.join(',')}${locked}\n`);
        }
        return 0;
      }
      case 'add': {
        if (!AGENT_ROLES.includes(command.role)) throw new AgentCommandError(`--role must be one of ${AGENT_ROLES.join(', ')}`);
        const unknown = command.queues.filter((q) => !(QUEUES as readonly string[]).includes(q));
        if (unknown.length) throw new AgentCommandError(`unknown queue ${unknown.join(', ')} (queues: ${QUEUES.join(', ')})`);
        if (await s.agents.byUsername(command.username)) throw new AgentCommandError(`an agent "${command.username}" exists already`);
        const { password, generated } = await newPassword(io);
        await s.agents.create(
          { id: `agent-${randomUUID()}`, username: command.username, displayName: command.name, role: command.role, queues: command.queues, passwordHash: await hashPassword(password) },
          new Date().toISOString(),
        );
        io.stdout.write(`added ${command.username} (${command.role}; ${command.queues.join(', ')})${generated ? `; password: ${password}` : ''}\n`);
        return 0;
      }
      case 'password': {
        const agent = await s.agents.byUsername(command.username);
        if (!agent) throw new AgentCommandError(`no agent "${command.username}"`);
        const { password, generated } = await newPassword(io);
        await s.agents.setPassword(agent.id, await hashPassword(password));
        io.stdout.write(`new password for ${agent.username}${generated ? `: ${password}` : ' set'}; their open sessions are signed out\n`);
        return 0;
      }
      case 'unlock': {
        // Also for a name no agent has: a lock-out is kept per name tried, and lifting it is harmless.
        const throttle = new LoginThrottle(s.signInFailures, clock);
        const wasLocked = await throttle.isLocked(command.username);
        await throttle.unlock(command.username);
        io.stdout.write(`${command.username}: ${wasLocked ? 'lock-out lifted' : 'was not locked out'}; earlier failed sign-ins forgotten\n`);
        return 0;
      }
    }
    return 2;
  } finally {
    await own?.close();
  }
}
