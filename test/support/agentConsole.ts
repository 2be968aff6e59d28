/**
 * An agent in tests: created in the store with a real scrypt hash, signed in to the console over
 * HTTP like the page does (session cookie + CSRF header), calling the console API.
 */
import { QUEUES } from '../../src/escalation/serviceLevels.ts';
import { hashPassword } from '../../src/console/passwords.ts';
import type { AgentRole } from '../../src/store/handoffRecords.ts';
import type { Store } from '../../src/store/store.ts';

export async function createAgent(
  store: Store,
  o: { username: string; displayName?: string; role?: AgentRole; queues?: string[]; password?: string },
): Promise<{ id: string; username: string; password: string }> {
  const password = o.password ?? `pw-${o.username}-correct-horse`;
  const id = `agent-${o.username}`;
  await store.agents.create(
    { id, username: o.username, displayName: o.displayName ?? o.username, role: o.role ?? 'agent', queues: o.queues ?? [...QUEUES], passwordHash: await hashPassword(password) },
    new Date().toISOString(),
  );
  return { id, username: o.username, password };
}

export class ConsoleClient {
  private constructor(
    readonly base: string,
    private readonly cookie: string,
    readonly csrfToken: string,
  ) {}

  static async signIn(base: string, username: string, password: string): Promise<ConsoleClient> {
    const res = await fetch(`${base}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
    return new ConsoleClient(base, cookie, csrfToken);
  }

  async get<T = unknown>(path: string): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}/agent/api${path}`, { headers: { cookie: this.cookie } });
    return { status: res.status, body: (await res.json()) as T };
  }

  async post<T = unknown>(path: string, body: unknown = {}): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}/agent/api${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  /** The id of the live handoff with this ticket number, from the queue. */
  async handoffId(ticketNumber: string): Promise<number> {
    const { body } = await this.get<{ items: { id: number; ticketNumber: string }[] }>('/queue');
    const item = body.items.find((i) => i.ticketNumber === ticketNumber);
    if (!item) throw new Error(`${ticketNumber} is not in the queue`);
    return item.id;
  }
}
