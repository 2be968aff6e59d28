/**
 * Console sessions: a random id in an HttpOnly cookie, only its SHA-256 in the store, with the
 * session's CSRF token (sent back by the page in X-CSRF-Token on every change). Twelve hours.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { AgentRecord, AgentSessionRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';

export const SESSION_COOKIE = 'ca_agent_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const digest = (id: string) => createHash('sha256').update(id).digest('hex');

export interface SignedIn {
  agent: AgentRecord;
  session: AgentSessionRecord;
}

export class AgentSessions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** Opens a session; returns the cookie value (never stored) and the CSRF token. */
  async open(agent: AgentRecord): Promise<{ cookie: string; csrfToken: string; expiresAt: Date }> {
    const now = this.clock.now();
    await this.store.agentSessions.deleteExpired(now.toISOString());
    const cookie = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.store.agentSessions.create({ idHash: digest(cookie), agentId: agent.id, csrfToken, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    return { cookie, csrfToken, expiresAt };
  }

  /** The agent behind a cookie, while the session lasts. */
  async find(cookie: string | undefined): Promise<SignedIn | null> {
    if (!cookie) return null;
    const session = await this.store.agentSessions.get(digest(cookie));
    if (!session || Date.parse(session.expiresAt) <= this.clock.now().getTime()) return null;
    const agent = await this.store.agents.get(session.agentId);
    return agent ? { agent, session } : null;
  }

  async close(cookie: string): Promise<void> {
    await this.store.agentSessions.delete(digest(cookie));
  }
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        // Not URL-encoded (a forged cookie): no session, not a server error.
        return undefined;
      }
    }
  }
  return undefined;
}
