/**
 * The demo's console accounts: on a store with no agents, one agent (every queue) and one
 * supervisor, with random passwords shown once at that first start. Only their scrypt hashes are kept.
 */
import type { Clock } from '../clock.ts';
import { QUEUES } from '../escalation/serviceLevels.ts';
import type { NewAgent } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import { generatePassword, hashPassword } from './passwords.ts';

export const DEMO_AGENTS: readonly Omit<NewAgent, 'passwordHash'>[] = [
  { id: 'agent-ana', username: 'ana', displayName: 'Ana', role: 'agent', queues: [...QUEUES] },
  { id: 'agent-sam', username: 'sam', displayName: 'Sam', role: 'supervisor', queues: [...QUEUES] },
];

/** Creates the demo agents when there are none; returns their passwords (to print once), or null. */
export async function ensureDemoAgents(store: Store, clock: Clock): Promise<{ username: string; role: string; password: string }[] | null> {
  // Under the store's lock: instances starting together create them once (the others find them).
  return store.exclusively('demo agents', () => createIfNone(store, clock));
}

async function createIfNone(store: Store, clock: Clock): Promise<{ username: string; role: string; password: string }[] | null> {
  if ((await store.agents.list()).length) return null;
  const created = [];
  for (const agent of DEMO_AGENTS) {
    const password = generatePassword();
    await store.agents.create({ ...agent, passwordHash: await hashPassword(password) }, clock.now().toISOString());
    created.push({ username: agent.username, role: agent.role, password });
  }
  return created;
}
