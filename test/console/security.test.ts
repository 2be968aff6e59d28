/**
 * The console's protection over HTTP (issue 8, Done when: Security): sessions, CSRF, sign-in
 * throttling and origin checks, the cookie's flags, queue-scoped access, and security headers.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SESSION_TTL_MS } from '../../src/console/agentSessions.ts';
import { openStream, PASSWORD, settle, startConsole, type Console, type Session } from './consoleHarness.ts';

/** Every API route but POST /session, with a body that would be valid. */
const ROUTES: readonly [method: string, path: string, body?: unknown][] = [
  ['GET', '/session'],
  ['DELETE', '/session'],
  ['GET', '/queue'],
  ['GET', '/stream'],
  ['GET', '/handoffs/1'],
  ['POST', '/handoffs/1/claim'],
  ['POST', '/handoffs/1/messages', { text: 'hello' }],
  ['POST', '/handoffs/1/notes', { text: 'a note' }],
  ['POST', '/handoffs/1/transfer', { agentId: 'bea' }],
  ['POST', '/handoffs/1/resolve', { reason: 'done' }],
  ['POST', '/handoffs/1/handback'],
  ['GET', '/agents'],
  ['GET', '/supervisor'],
  ['GET', '/no-such-route'],
];
const CHANGES = ROUTES.filter(([method]) => method === 'POST' || method === 'DELETE');

describe('agent console security', () => {
  let c: Console;
  let ana: Session;
  let bea: Session;
  let sue: Session;
  let handoffId: number;
  let conversationId: string;

  beforeAll(async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana', queues: ['support'] });
    await c.addAgent({ id: 'bea', queues: ['billing', 'customs'] });
    await c.addAgent({ id: 'sue', role: 'supervisor', queues: [] });
    for (let i = 0; i < 6; i++) await c.addAgent({ id: `throttled-${i}` });
    [ana, bea, sue] = await Promise.all([c.signIn('ana'), c.signIn('bea'), c.signIn('sue')]);
    ({ handoffId, conversationId } = await c.escalate('anon-security'));
  });
  afterAll(async () => {
    await c?.close();
  });

  describe('without a session', () => {
    test.each(ROUTES)('should answer %s %s with 401', async (method, path, body) => {
      const res = await c.api(null, method, path, body);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ requestId: expect.any(String), error: 'Sign in first.' });
    });

    test('should name the request in the refusal, as the log does (X-Request-Id)', async () => {
      const res = await c.api(null, 'GET', '/queue', undefined, { 'x-request-id': 'support-ticket-4711' });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ requestId: 'support-ticket-4711', error: 'Sign in first.' });
    });

    test.each(ROUTES)('should answer %s %s with 401 for a forged session cookie', async (method, path, body) => {
      const forged: Session = { ...ana, cookie: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
      expect((await c.api(forged, method, path, body)).status).toBe(401);
    });

    test.each(['%E0%A4%A', '%', 'a%zz'])('should answer 401, not an error, for a cookie that is not URL-encoded (%s)', async (cookie) => {
      const res = await c.api({ ...ana, cookie }, 'GET', '/queue');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ requestId: expect.any(String), error: 'Sign in first.' });
    });

    test('should answer 401 for a cookie one character off a real one', async () => {
      const last = ana.cookie.at(-1) === 'A' ? 'B' : 'A';
      expect((await c.api({ ...ana, cookie: ana.cookie.slice(0, -1) + last }, 'GET', '/queue')).status).toBe(401);
      expect((await c.api(ana, 'GET', '/queue')).status).toBe(200);
    });

    test('should answer 401 once a session is twelve hours old', async () => {
      await c.addAgent({ id: 'expiring' });
      const s = await c.signIn('expiring');
      try {
        c.clock.advance(SESSION_TTL_MS - 1000);
        expect((await c.api(s, 'GET', '/session')).status).toBe(200);
        c.clock.advance(1000);
        expect((await c.api(s, 'GET', '/session')).status).toBe(401);
        expect((await c.api(s, 'POST', `/handoffs/${handoffId}/notes`, { text: 'late' })).status).toBe(401);
      } finally {
        c.clock.advance(-SESSION_TTL_MS);
      }
    });
  });

  describe('CSRF', () => {
    test.each(CHANGES)('should answer %s %s with 403 without an X-CSRF-Token', async (method, path, body) => {
      const res = await c.api({ ...ana, csrfToken: '' }, method, path, body);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ requestId: expect.any(String), error: 'The CSRF token is missing or wrong: reload the page.' });
    });

    test.each(CHANGES)('should answer %s %s with 403 for an empty X-CSRF-Token', async (method, path, body) => {
      expect((await c.api(ana, method, path, body, { 'x-csrf-token': '' })).status).toBe(403);
    });

    test.each(CHANGES)('should answer %s %s with 403 for a wrong X-CSRF-Token', async (method, path, body) => {
      const res = await c.api(ana, method, path, body, { 'x-csrf-token': ana.csrfToken.slice(0, -1) + (ana.csrfToken.endsWith('x') ? 'y' : 'x') });
      expect(res.status).toBe(403);
    });

    test("should answer 403 for another session's token", async () => {
      expect((await c.api(ana, 'POST', `/handoffs/${handoffId}/notes`, { text: 'x' }, { 'x-csrf-token': bea.csrfToken })).status).toBe(403);
    });

    test('should have changed nothing on a refused change', async () => {
      expect(await c.store.ticketNotes.list((await c.store.handoffs.get(handoffId))!.ticketNumber)).toEqual([]);
      expect((await c.store.handoffs.get(handoffId))!.state).toBe('queued');
      expect((await c.api(ana, 'GET', '/session')).status).toBe(200);
    });

    test('should give each session its own token and cookie', async () => {
      const again = await c.signIn('ana');
      expect(again.csrfToken).not.toBe(ana.csrfToken);
      expect(again.cookie).not.toBe(ana.cookie);
      expect((await c.api(again, 'GET', '/session')).body.csrfToken).toBe(again.csrfToken);
    });
  });

  describe('signing in', () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${c.url}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    test('should give a wrong password and an unknown user the same 401 answer', async () => {
      const wrong = await post({ username: 'throttled-0', password: 'not the password' });
      const unknown = await post({ username: 'nobody-here', password: 'not the password' });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      // The same answer but for the request's own id: nothing tells a known name from an unknown one.
      const [a, b] = [(await wrong.json()) as Record<string, unknown>, (await unknown.json()) as Record<string, unknown>];
      expect({ ...a, requestId: null }).toEqual({ ...b, requestId: null });
      expect(a).toEqual({ requestId: expect.any(String), error: 'Wrong username or password.' });
      expect(wrong.headers.get('set-cookie')).toBeNull();
    });

    test('should answer 429 after five failures, even to the right password, for that name only', async () => {
      for (let i = 0; i < 5; i++) expect((await post({ username: 'throttled-1', password: `guess ${i}` })).status).toBe(401);
      const blocked = await post({ username: 'throttled-1', password: PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.headers.get('set-cookie')).toBeNull();
      expect((await post({ username: 'throttled-2', password: PASSWORD })).status).toBe(200);
      c.clock.advance(15 * 60_000 + 1);
      try {
        expect((await post({ username: 'throttled-1', password: PASSWORD })).status).toBe(200);
      } finally {
        c.clock.advance(-(15 * 60_000 + 1));
      }
    });

    test('should throttle unknown usernames as well', async () => {
      for (let i = 0; i < 5; i++) expect((await post({ username: 'ghost', password: `guess ${i}` })).status).toBe(401);
      expect((await post({ username: 'ghost', password: 'guess 6' })).status).toBe(429);
    });

    test('should forget earlier failures after a success', async () => {
      for (let i = 0; i < 4; i++) expect((await post({ username: 'throttled-3', password: `guess ${i}` })).status).toBe(401);
      expect((await post({ username: 'throttled-3', password: PASSWORD })).status).toBe(200);
      for (let i = 0; i < 4; i++) expect((await post({ username: 'throttled-3', password: `guess ${i}` })).status).toBe(401);
      expect((await post({ username: 'throttled-3', password: PASSWORD })).status).toBe(200);
    });

    test('should refuse a sign-in from another origin with 403, and take its own', async () => {
      const foreign = await post({ username: 'throttled-4', password: PASSWORD }, { origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.headers.get('set-cookie')).toBeNull();
      expect((await post({ username: 'throttled-4', password: PASSWORD }, { origin: c.url })).status).toBe(200);
    });

    test('should answer 400 with a reason for a sign-in without a password', async () => {
      const res = await post({ username: 'throttled-5' });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/password/);
    });

    test('should set an HttpOnly, SameSite=Strict cookie on /agent, not Secure over plain http', async () => {
      const res = await post({ username: 'throttled-5', password: PASSWORD });
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^ca_agent_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; SameSite=Strict/i);
      expect(cookie).toMatch(/; Path=\/agent(;|$)/);
      expect(cookie).toMatch(/; Max-Age=43200/);
      expect(cookie).not.toMatch(/; Secure/i);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body['agent']).toEqual({ id: 'throttled-5', username: 'throttled-5', displayName: 'THROTTLED-5', role: 'agent', queues: ['support', 'customs', 'billing', 'vip'] });
      expect(JSON.stringify(body)).not.toMatch(/scrypt|passwordHash/);
    });

    test('should keep only a hash of the session id in the store', async () => {
      const s = await c.signIn('throttled-5');
      expect(await c.store.agentSessions.get(s.cookie)).toBeNull();
      const stored = await c.store.agentSessions.get(createHash('sha256').update(s.cookie).digest('hex'));
      expect(stored).toMatchObject({ agentId: 'throttled-5', csrfToken: s.csrfToken });
      expect(JSON.stringify(stored)).not.toContain(s.cookie);
    });
  });

  test('should end the session on sign-out', async () => {
    await c.addAgent({ id: 'leaving' });
    const s = await c.signIn('leaving');
    const out = await c.api(s, 'DELETE', '/session');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^ca_agent_session=;.*Path=\/agent.*Expires=Thu, 01 Jan 1970/);
    expect((await c.api(s, 'GET', '/session')).status).toBe(401);
    expect((await c.api(s, 'GET', '/queue')).status).toBe(401);
  });

  describe('an open stream', () => {
    /** Resolves when the server ends the stream (its body is done), or after `ms`. */
    const ended = async (c: Console, s: Session, act: () => Promise<void>, ms = 3000) => {
      const stream = await openStream(c, s);
      try {
        await stream.next((e) => e.event === 'queue');
        const from = stream.events.length;
        await act();
        const { handoffId } = await c.escalate(`anon-after-${Math.random().toString(36).slice(2)}`);
        const deadline = Date.now() + ms;
        while (!stream.done() && Date.now() < deadline) await settle(50);
        return { done: stream.done(), leaked: stream.events.slice(from).some((e) => e.event === 'queue' && e.data.items.some((i: { id: number }) => i.id === handoffId)) };
      } finally {
        stream.close();
      }
    };

    test('should end when the agent signs out', async () => {
      await c.addAgent({ id: 'streaming-out' });
      const s = await c.signIn('streaming-out');
      const outcome = await ended(c, s, async () => {
        expect((await c.api(s, 'DELETE', '/session')).status).toBe(204);
      });
      expect(outcome).toEqual({ done: true, leaked: false });
    });

    test("should end when the agent's password is reset", async () => {
      await c.addAgent({ id: 'streaming-reset' });
      const s = await c.signIn('streaming-reset');
      const outcome = await ended(c, s, async () => {
        await c.store.agents.setPassword(s.agent.id, s.agent.passwordHash);
      });
      expect(outcome.done).toBe(true);
    });

    test('should end when the session expires', async () => {
      await c.addAgent({ id: 'streaming-expiry' });
      const s = await c.signIn('streaming-expiry');
      try {
        const outcome = await ended(c, s, async () => c.clock.advance(SESSION_TTL_MS));
        expect(outcome.done).toBe(true);
      } finally {
        c.clock.advance(-SESSION_TTL_MS);
      }
    });

    test('should stay open while the session lasts', async () => {
      await c.addAgent({ id: 'streaming-on' });
      const s = await c.signIn('streaming-on');
      const outcome = await ended(c, s, async () => {}, 2500);
      expect(outcome).toEqual({ done: false, leaked: true });
    });
  });

  describe('queues', () => {
    const actions: readonly [string, string, unknown?][] = [
      ['GET', ''],
      ['POST', '/claim'],
      ['POST', '/messages', { text: 'hello' }],
      ['POST', '/notes', { text: 'peek' }],
      ['POST', '/transfer', { agentId: 'bea' }],
      ['POST', '/resolve', { reason: 'done' }],
      ['POST', '/handback'],
    ];

    test.each(actions)('should answer %s /handoffs/:id%s with 403 outside the agent\'s queues', async (method, suffix, body) => {
      const res = await c.api(bea, method, `/handoffs/${handoffId}${suffix}`, body);
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('The support queue is not one of yours.');
      expect(JSON.stringify(res.body)).not.toContain(conversationId);
    });

    test('should have let none of the refused actions through', async () => {
      const h = (await c.store.handoffs.get(handoffId))!;
      expect(h).toMatchObject({ state: 'queued', assignee: null });
      expect(await c.store.ticketNotes.list(h.ticketNumber)).toEqual([]);
    });

    test('should list it in the queue of its queue\'s agents and supervisors only', async () => {
      const ids = async (s: Session) => ((await c.api(s, 'GET', '/queue')).body.items as { id: number }[]).map((i) => i.id);
      expect(await ids(ana)).toContain(handoffId);
      expect(await ids(sue)).toContain(handoffId);
      expect(await ids(bea)).not.toContain(handoffId);
    });

    test('should let a supervisor outside every queue read it', async () => {
      const res = await c.api(sue, 'GET', `/handoffs/${handoffId}`);
      expect(res.status).toBe(200);
      expect(res.body.item.id).toBe(handoffId);
    });

    test('should answer 404 for an unknown handoff and for an id that is not one', async () => {
      expect((await c.api(ana, 'GET', '/handoffs/999999')).status).toBe(404);
      expect((await c.api(ana, 'GET', '/handoffs/abc')).status).toBe(404);
      expect((await c.api(ana, 'POST', '/handoffs/999999/claim')).status).toBe(404);
    });

    test('should never stream a handoff outside the agent\'s queues, while its agents and supervisors get it', async () => {
      const [own, other, boss] = await Promise.all([openStream(c, ana), openStream(c, bea), openStream(c, sue)]);
      try {
        for (const s of [own, other, boss]) await s.next((e) => e.event === 'queue');
        const { handoffId: id, conversationId: conv } = await c.escalate('anon-stream-scope');
        await own.next((e) => e.event === 'queue' && e.data.items.some((i: { id: number }) => i.id === id));
        await boss.next((e) => e.event === 'queue' && e.data.items.some((i: { id: number }) => i.id === id));
        expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
        await c.say(conv, 'anon-stream-scope', 'are you there?');
        expect((await c.api(ana, 'POST', `/handoffs/${id}/messages`, { text: 'Yes, I am here.' })).status).toBe(201);
        expect((await c.api(ana, 'POST', `/handoffs/${id}/notes`, { text: 'secret note' })).status).toBe(201);
        for (const s of [own, boss]) {
          await s.next((e) => e.event === 'activity' && e.data.handoffId === id && e.data.entry.text === 'are you there?');
          await s.next((e) => e.event === 'note' && e.data.handoffId === id);
          await s.next((e) => e.event === 'handoff' && e.data.id === id);
        }
        await settle();
        expect(other.events.length).toBeGreaterThan(0);
        const seen = other.raw();
        expect(seen).not.toContain(conv);
        expect(seen).not.toContain('are you there?');
        expect(seen).not.toContain('secret note');
        expect(seen).not.toContain('Yes, I am here.');
        expect(other.events.filter((e) => e.event !== 'queue')).toEqual([]);
        for (const e of other.events) expect(e.data.items.map((i: { id: number }) => i.id)).not.toContain(id);
      } finally {
        for (const s of [own, other, boss]) s.close();
      }
    });
  });

  test('should answer 403 on /supervisor to an agent and 200 to a supervisor', async () => {
    const refused = await c.api(ana, 'GET', '/supervisor');
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ requestId: expect.any(String), error: 'Supervisors only.' });
    const ok = await c.api(sue, 'GET', '/supervisor');
    expect(ok.status).toBe(200);
    expect(ok.body.queues.map((q: { queue: string }) => q.queue)).toEqual(['support', 'customs', 'billing', 'vip']);
    expect(ok.body.queues.find((q: { queue: string }) => q.queue === 'support').waiting).toBeGreaterThanOrEqual(1);
  });

  test.each([
    ['the page', '/agent'],
    ['the API', '/agent/api/queue'],
    ['a refused API call', '/agent/api/supervisor'],
  ])('should send security headers on %s', async (_what, path) => {
    const res = await fetch(`${c.url}${path}`, { headers: { cookie: `ca_agent_session=${ana.cookie}` } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('agent console behind an https PUBLIC_URL', () => {
  let c: Console;
  beforeAll(async () => {
    c = await startConsole({ publicUrl: 'https://assist.example.com', seed: false });
    await c.addAgent({ id: 'ana' });
  });
  afterAll(async () => {
    await c?.close();
  });

  test('should mark the session cookie Secure', async () => {
    const res = await fetch(`${c.url}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://assist.example.com' }, body: JSON.stringify({ username: 'ana', password: PASSWORD }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
  });

  test('should still refuse a sign-in from another origin', async () => {
    const res = await fetch(`${c.url}/agent/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://assist.example.com.evil.example' }, body: JSON.stringify({ username: 'ana', password: PASSWORD }) });
    expect(res.status).toBe(403);
  });
});
