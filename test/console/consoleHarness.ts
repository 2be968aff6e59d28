/**
 * The agent console over real HTTP: the whole app on the demo data and a fixed clock, agents with
 * scrypt-hashed passwords, sign-in through the API, and customers whose turns go through the
 * pipeline (so escalations, owners and the conversation log are the real ones).
 */
import { pino } from 'pino';
import type { Activity } from '../../src/activity.ts';
import { buildApp, type App, type RunningServer } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { hashPassword } from '../../src/console/passwords.ts';
import { generateDataset } from '../../src/demo/index.ts';
import { QUEUES } from '../../src/escalation/serviceLevels.ts';
import type { AgentRecord, AgentRole } from '../../src/store/handoffRecords.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { Store } from '../../src/store/store.ts';

/** A Friday morning, inside the default business hours (Mon-Fri 09:00-18:00). */
export const NOW = '2026-03-20T09:00:00.000Z';
export const PASSWORD = 'correct horse battery staple';

let passwordHash: Promise<string> | undefined;
/** One scrypt hash of PASSWORD shared by every test agent (hashing is deliberately slow). */
const sharedHash = () => (passwordHash ??= hashPassword(PASSWORD));

export interface Session {
  agent: AgentRecord;
  cookie: string;
  csrfToken: string;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export interface Console {
  app: App;
  server: RunningServer;
  url: string;
  clock: FixedClock;
  store: Store;
  addAgent(a: { id: string; role?: AgentRole; queues?: string[]; displayName?: string }): Promise<AgentRecord>;
  signIn(username: string, password?: string): Promise<Session>;
  /** A JSON request to /agent/api<path> as `session` (null: none), with its CSRF token unless `csrf` overrides it. */
  api(session: Session | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
  /** One customer turn on the `test` channel; returns the messages the bot (or desk) said in that turn. */
  say(conversationId: string, user: string, text: string): Promise<Activity[]>;
  /** A new conversation in which `user` asks for a person; returns it and its queued handoff's id. */
  escalate(user: string, text?: string): Promise<{ conversationId: string; handoffId: number }>;
  close(): Promise<void>;
}

let conversations = 0;
let turns = 0;

/** Starts the app on `store` (default: a fresh in-memory SQLite store with the demo data). */
export async function startConsole(o: { store?: Store; publicUrl?: string; seed?: boolean; env?: Record<string, string> } = {}): Promise<Console> {
  const store = o.store ?? (await openStore('sqlite::memory:'));
  if (o.seed !== false) {
    await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
    for (const user of ['u-alice', 'u-li', 'u-carol', 'u-zhang']) {
      await store.identities.link({ channelId: 'test', externalId: user, userId: user, linkedAt: NOW });
    }
  }
  const clock = new FixedClock(NOW);
  const config = loadConfig({ ...(o.publicUrl ? { PUBLIC_URL: o.publicUrl } : {}), ...o.env });
  const app = await buildApp({ config, store, clock, logger: pino({ level: 'silent' }) });
  const server = await app.start(0, '127.0.0.1');
  const url = server.url;

  const api: Console['api'] = async (session, method, path, body, headers = {}) => {
    const h: Record<string, string> = {};
    if (body !== undefined) h['content-type'] = 'application/json';
    if (session) {
      h['cookie'] = `ca_agent_session=${session.cookie}`;
      // An empty token in the session stands for a page that sends none.
      if (method !== 'GET' && session.csrfToken) h['x-csrf-token'] = session.csrfToken;
    }
    const res = await fetch(`${url}/agent/api${path}`, { method, headers: { ...h, ...headers }, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: the raw text is the body.
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };

  const say: Console['say'] = async (conversationId, user, text) => {
    const outcome = await app.pipeline.process(
      { type: 'message', id: `turn-${++turns}`, channelId: 'test', from: { id: user }, conversation: { id: conversationId }, text },
      async () => {},
    );
    return outcome.replies.filter((a) => a.type === 'message');
  };

  return {
    app,
    server,
    url,
    clock,
    store,
    addAgent: async (a) =>
      store.agents.create(
        { id: a.id, username: a.id, displayName: a.displayName ?? a.id.toUpperCase(), role: a.role ?? 'agent', queues: a.queues ?? [...QUEUES], passwordHash: await sharedHash() },
        NOW,
      ),
    async signIn(username, password = PASSWORD) {
      const res = await fetch(`${url}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      const body = (await res.json()) as { csrfToken: string; error?: string };
      if (res.status !== 200) throw new Error(`sign-in of ${username}: ${res.status} ${body.error}`);
      const cookie = /ca_agent_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
      return { agent: (await store.agents.byUsername(username))!, cookie, csrfToken: body.csrfToken };
    },
    api,
    say,
    async escalate(user, text = 'I want to talk to a person') {
      const conversationId = `conv-${++conversations}-${user}`;
      await say(conversationId, user, text);
      // Outside opening hours a customer who is not signed in is asked how to reach them first (issue 20).
      if (!(await store.handoffs.latestForConversation(conversationId))) await say(conversationId, user, `${user}@example.com`);
      const handoff = await store.handoffs.latestForConversation(conversationId);
      if (handoff?.state !== 'queued') throw new Error(`"${text}" did not queue a handoff (${handoff?.state ?? 'none'})`);
      return { conversationId, handoffId: handoff.id };
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}

export interface StreamEvent {
  event: string;
  data: any;
}

export interface EventStream {
  status: number;
  contentType: string | null;
  /** Every event so far, in order. */
  readonly events: StreamEvent[];
  /** True once the server ended the body. */
  readonly done: () => boolean;
  /** Everything received so far, comments included. */
  readonly raw: () => string;
  /** The first event from index `from` on that satisfies `match`; rejects after `ms`. */
  next(match: (e: StreamEvent) => boolean, o?: { ms?: number; from?: number }): Promise<StreamEvent>;
  close(): void;
}

/** Opens GET /agent/api/stream and reads the text/event-stream body as it arrives. */
export async function openStream(c: Console, session: Session): Promise<EventStream> {
  const abort = new AbortController();
  const res = await fetch(`${c.url}/agent/api/stream`, { headers: { cookie: `ca_agent_session=${session.cookie}`, accept: 'text/event-stream' }, signal: abort.signal });
  const events: StreamEvent[] = [];
  let raw = '';
  let buffer = '';
  let done = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        const text = decoder.decode(chunk, { stream: true });
        raw += text;
        buffer += text;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (event) events.push({ event, data: JSON.parse(data) });
        }
        wake();
      }
      done = true;
    } catch {
      // Aborted by close().
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    events,
    raw: () => raw,
    done: () => done,
    next(match, o = {}) {
      const { ms = 1000, from = 0 } = o;
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(match);
          if (!found) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${ms} ms; got: ${events.map((e) => e.event).join(', ')}`));
        }, ms);
        if (!check()) waiters.add(check);
      });
    },
    close: () => abort.abort(),
  };
}

/** Lets in-flight stream writes arrive (for asserting that something did NOT arrive). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
