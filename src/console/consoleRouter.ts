/**
 * The agent console at /agent: the page, sign-in with a session cookie, CSRF protection on every
 * change, and the JSON API the page uses (src/console/API.md). Agents see only their queues.
 */
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import { clientAddress } from '../server/rateLimit.ts';
import type { RouteLimits } from '../server/routeLimits.ts';
import { DeskError, type HandoffDesk } from '../escalation/handoffDesk.ts';
import { packetShipment, type PacketShipment } from '../escalation/contextPacket.ts';
import { noticesFor } from '../escalation/handoffNotices.ts';
import type { AgentRecord, HandoffEventRecord, HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import type { ConversationFeed } from '../turn/feed.ts';
import { AgentSessions, SESSION_COOKIE, SESSION_TTL_MS, cookieValue, csrfMatches, type SignedIn } from './agentSessions.ts';
import { agentView, auditView, deliveriesOf, historyEntry, historyOf, noteView, queueItem } from './consoleViews.ts';
import { openConsoleStream } from './consoleStream.ts';
import { LoginThrottle } from './loginThrottle.ts';
import { verifyPassword } from './passwords.ts';
import { supervisorSummary } from './supervisorView.ts';
import { TicketDeskError, type TicketDesk } from '../tickets/ticketDesk.ts';
import { mountTicketRoutes } from './ticketRoutes.ts';
import { AVAILABILITY_STATUSES } from '../store/availabilityRecords.ts';
import { availabilityViews } from './availabilityView.ts';
import { supervisorCharts } from '../metrics/supervisorCharts.ts';

export interface ConsoleDeps {
  store: Store;
  desk: HandoffDesk;
  tickets: TicketDesk;
  feed: ConversationFeed;
  clock: Clock;
  config: Config;
  logger: Logger;
  limits: RouteLimits;
}

const UI_DIR = fileURLToPath(new URL('./ui/', import.meta.url));

/** Headers for the console's page and API: no framing, no sniffing, nothing cached, scripts only from here. */
function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  next();
}

const Login = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(1000) });
const Text = z.object({ text: z.string().trim().min(1, 'text is empty').max(4000) });
const Resolve = z.object({ reason: z.string().trim().min(1, 'a reason is needed').max(500) });
const Transfer = z.object({ agentId: z.string().trim().min(1).max(100) });
const Availability = z.object({ status: z.enum(AVAILABILITY_STATUSES) });
const Capacity = z.object({ capacity: z.number().int().min(0).max(50).nullable() });
/** An agent's console actions refresh their last action at most this often (one write a minute). */
const ACTIVITY_QUIET_MS = 60_000;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw new ApiError(400, result.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return result.data;
}

const signedIn = (res: Response): SignedIn => res.locals['signedIn'] as SignedIn;
const idParam = (req: Request): number => {
  const id = Number(req.params['id']);
  if (!Number.isSafeInteger(id) || id <= 0) throw new ApiError(404, `No handoff ${String(req.params['id'])}.`);
  return id;
};

export function consoleRouter(deps: ConsoleDeps): Router {
  const { store, desk, clock, config } = deps;
  const sessions = new AgentSessions(store, clock);
  const throttle = new LoginThrottle(store.signInFailures, clock);
  const secure = config.publicUrl?.startsWith('https:') ?? false;
  const router = express.Router();
  router.use('/agent', securityHeaders);
  router.get('/agent', (_req, res) => res.sendFile('index.html', { root: UI_DIR }));
  router.use('/agent/ui', express.static(UI_DIR, { index: false, fallthrough: false }));

  const api = express.Router();
  api.use(express.json({ limit: '32kb' }));

  /** A browser's request from another site (its Origin differs) may not sign in. */
  const sameOrigin = (req: Request, _res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    const own = [`${req.protocol}://${req.get('host')}`, ...(config.publicUrl ? [new URL(config.publicUrl).origin] : [])];
    if (origin && !own.includes(origin)) return next(new ApiError(403, 'Sign-in from another site is not allowed.'));
    next();
  };

  api.post('/session', deps.limits.signIn, sameOrigin, async (req, res) => {
    const { username, password } = parse(Login, req.body);
    const address = clientAddress(req);
    const lockedOut = await throttle.lockedOut(username, address);
    if (lockedOut) {
      deps.logger.warn({ lockedOut, address }, 'sign-in refused: too many failures');
      res.set('Retry-After', String(LOCK_OUT_RETRY_SECONDS));
      throw new ApiError(429, 'Too many failed sign-ins: wait a few minutes and try again, or ask an administrator to unlock the account.');
    }
    const agent = await store.agents.byUsername(username);
    // A missing agent costs the same hash work as a wrong password, so timing tells nothing.
    const ok = await verifyPassword(password, agent?.passwordHash ?? DUMMY_HASH);
    if (!agent || !ok) {
      await throttle.failed(username, address);
      throw new ApiError(401, 'Wrong username or password.');
    }
    await throttle.succeeded(username);
    const opened = await sessions.open(agent);
    res.cookie(SESSION_COOKIE, opened.cookie, { httpOnly: true, sameSite: 'strict', secure, path: '/agent', maxAge: SESSION_TTL_MS });
    deps.logger.info({ agent: agent.id }, 'agent signed in');
    res.json({ agent: agentView(agent), csrfToken: opened.csrfToken });
  });

  // Everything below needs a session; changes also the session's CSRF token.
  api.use(async (req, res, next) => {
    const found = await sessions.find(cookieValue(req.get('cookie'), SESSION_COOKIE));
    // A console with no agent at all (a new production database) says how the first one is made.
    if (!found && req.method === 'GET' && req.path === '/session' && !(await store.agents.list()).length) {
      return next(new ApiError(401, 'Sign in first.', { setup: NO_AGENTS_YET }));
    }
    if (!found) return next(new ApiError(401, 'Sign in first.'));
    res.locals['signedIn'] = found;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !csrfMatches(req.get('x-csrf-token'), found.session.csrfToken)) {
      return next(new ApiError(403, 'The CSRF token is missing or wrong: reload the page.'));
    }
    // What the agent does (not the page's own polling) keeps them from going idle.
    if (req.method !== 'GET' || req.path.startsWith('/handoffs/')) {
      const now = clock.now().getTime();
      const iso = (ms: number) => new Date(ms).toISOString();
      await store.agentAvailability.touch(found.agent.id, iso(now), iso(now - config.agents.idleMs), iso(now - ACTIVITY_QUIET_MS));
    }
    next();
  });

  api.get('/session', (_req, res) => {
    const { agent, session } = signedIn(res);
    res.json({ agent: agentView(agent), csrfToken: session.csrfToken });
  });

  /** Open streams per session, ended when it signs out. */
  const streams = new Map<string, Set<() => void>>();

  api.delete('/session', async (req, res) => {
    const { session } = signedIn(res);
    await sessions.close(cookieValue(req.get('cookie'), SESSION_COOKIE)!);
    // Signing out is going away: nothing more is assigned to them.
    await setAvailability(signedIn(res).agent.id, 'away');
    for (const end of streams.get(session.idHash) ?? []) end();
    res.clearCookie(SESSION_COOKIE, { path: '/agent' });
    res.status(204).end();
  });

  const names = async () => new Map((await store.agents.list()).map((a) => [a.id, a.displayName]));
  const items = async (viewer: AgentRecord) => {
    const [live, agentNames] = await Promise.all([desk.board.live(viewer), names()]);
    const now = clock.now();
    return live.map((h) => queueItem(h, now, viewer, agentNames));
  };
  /** One handoff as a queue item, with its place when it is waiting. */
  const itemOf = async (h: HandoffRecord, viewer: AgentRecord, agentNames?: ReadonlyMap<string, string>) => {
    const standing = await desk.board.standing(h);
    return queueItem({ ...h, position: standing?.position ?? 0 }, clock.now(), viewer, agentNames ?? (await names()));
  };

  const availabilityOfAll = async () => availabilityViews(store, await desk.board.live(null), clock.now(), config.agents);
  const setAvailability = async (agentId: string, status: (typeof AVAILABILITY_STATUSES)[number]) => {
    await store.agentAvailability.setStatus(agentId, status, clock.now().toISOString());
    // The automatic assignment (and the supervisor's view) hear of it.
    desk.feed.publish({ kind: 'presence' });
  };

  api.get('/availability', async (_req, res) => {
    res.json({ availability: (await availabilityOfAll()).get(signedIn(res).agent.id) });
  });

  api.post('/availability', async (req, res) => {
    const { agent } = signedIn(res);
    await setAvailability(agent.id, parse(Availability, req.body).status);
    res.json({ availability: (await availabilityOfAll()).get(agent.id) });
  });

  api.post('/agents/:id/capacity', async (req, res) => {
    if (signedIn(res).agent.role !== 'supervisor') throw new ApiError(403, 'Supervisors only.');
    const target = await store.agents.get(String(req.params['id']));
    if (!target) throw new ApiError(404, `No agent ${String(req.params['id'])}.`);
    await store.agentAvailability.setCapacity(target.id, parse(Capacity, req.body).capacity, clock.now().toISOString());
    desk.feed.publish({ kind: 'presence' });
    res.json({ availability: (await availabilityOfAll()).get(target.id) });
  });

  api.get('/queue', async (_req, res) => {
    res.json({ items: await items(signedIn(res).agent) });
  });

  api.get('/stream', (req, res) => {
    const { agent, session } = signedIn(res);
    const cookie = cookieValue(req.get('cookie'), SESSION_COOKIE);
    const stillSignedIn = async () => (await sessions.find(cookie))?.session.idHash === session.idHash;
    const end = openConsoleStream(req, res, { ...deps, agent, items, stillSignedIn });
    const open = streams.get(session.idHash) ?? new Set();
    streams.set(session.idHash, open.add(end));
    res.on('close', () => {
      open.delete(end);
      if (!open.size) streams.delete(session.idHash);
    });
  });

  api.get('/handoffs/:id', async (req, res) => {
    const { agent } = signedIn(res);
    const h = await desk.visible(idParam(req), agent);
    const packet = h.context as { who?: { name?: string | null } };
    const [stored, notes, audit, agentNames, outbound] = await Promise.all([
      store.activities.list(h.conversationId),
      store.ticketNotes.list(h.ticketNumber),
      store.handoffs.events(h.id),
      names(),
      store.outboundMessages.listForConversation(h.conversationId),
    ]);
    const deliveries = deliveriesOf(outbound);
    const end = historyEnd(audit);
    res.json({
      item: await itemOf(h, agent, agentNames),
      context: h.context,
      history: historyOf(
        stored.filter((s) => s.seq < end),
        packet.who?.name ?? null,
        deliveries,
      ),
      notes: notes.map((n) => noteView(n, agentNames)),
      audit: audit.map(auditView),
      canned: noticesFor(h.language).canned,
      shipments: await customerShipments(store, h),
    });
  });

  api.post('/handoffs/:id/claim', async (req, res) => {
    const { agent } = signedIn(res);
    res.json({ item: await itemOf(await desk.claim(idParam(req), agent), agent) });
  });

  api.post('/handoffs/:id/messages', async (req, res) => {
    const { agent } = signedIn(res);
    const { text } = parse(Text, req.body);
    const sent = await desk.reply(idParam(req), agent, text);
    const stored = (await store.activities.list(sent.conversation.id)).reverse().find((s) => s.activity.id === sent.id);
    // WhatsApp may hold the message (its 24-hour window closed): the agent sees that at once.
    const deliveries = deliveriesOf(await store.outboundMessages.listForConversation(sent.conversation.id));
    res.status(201).json({ entry: stored ? historyEntry(stored, null, deliveries) : null });
  });

  api.post('/handoffs/:id/notes', async (req, res) => {
    const { agent } = signedIn(res);
    const { text } = parse(Text, req.body);
    res.status(201).json({ note: noteView(await desk.note(idParam(req), agent, text), await names()) });
  });

  api.post('/handoffs/:id/transfer', async (req, res) => {
    const { agent } = signedIn(res);
    const { agentId } = parse(Transfer, req.body);
    res.json({ item: await itemOf(await desk.transfer(idParam(req), agent, agentId), agent) });
  });

  api.post('/handoffs/:id/resolve', async (req, res) => {
    const { agent } = signedIn(res);
    const { reason } = parse(Resolve, req.body);
    res.json({ item: await itemOf(await desk.resolve(idParam(req), agent, reason), agent) });
  });

  api.post('/handoffs/:id/release', async (req, res) => {
    const { agent } = signedIn(res);
    res.json({ item: await itemOf(await desk.release(idParam(req), agent), agent) });
  });

  api.post('/handoffs/:id/handback', async (req, res) => {
    const { agent } = signedIn(res);
    res.json({ item: await itemOf(await desk.handBack(idParam(req), agent), agent) });
  });

  api.get('/agents', async (_req, res) => {
    const [live, agents, online, availability] = await Promise.all([desk.board.live(null), store.agents.list(), desk.board.online(), availabilityOfAll()]);
    res.json({
      agents: agents.map((a) => ({
        ...agentView(a),
        online: online.has(a.id),
        load: live.filter((h) => h.assignee === a.id).length,
        availability: availability.get(a.id),
      })),
    });
  });

  api.get('/supervisor', async (_req, res) => {
    const { agent } = signedIn(res);
    if (agent.role !== 'supervisor') throw new ApiError(403, 'Supervisors only.');
    res.json(await supervisorSummary({ store, desk, now: clock.now(), viewer: agent, items: await items(agent), availability: await availabilityOfAll() }));
  });

  api.get('/supervisor/charts', async (_req, res) => {
    if (signedIn(res).agent.role !== 'supervisor') throw new ApiError(403, 'Supervisors only.');
    res.json(await supervisorCharts(store, clock.now(), config.businessHours.timeZone));
  });

  mountTicketRoutes(api, { store, tickets: deps.tickets });

  api.use((_req, _res, next) => next(new ApiError(404, 'No such console route.')));
  api.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { status?: number; type?: string; message?: string };
    // The console's shape ({ error: text, …detail }) with the request id that ties it to the log.
    const fail = (status: number, body: Record<string, unknown>) => void res.status(status).json({ ...body, requestId: res.locals.requestId as string | undefined });
    if (err instanceof ApiError) return fail(err.status, { error: err.message, ...err.extra });
    if (err instanceof DeskError || err instanceof TicketDeskError) return fail(err.status, { error: err.message, ...err.detail });
    if (e.type === 'entity.parse.failed') return fail(400, { error: `Malformed JSON body: ${e.message}` });
    if (e.type === 'entity.too.large') return fail(413, { error: 'Request body too large.' });
    deps.logger.error({ err }, 'agent console request failed');
    fail(500, { error: 'Internal error.' });
  });
  router.use('/agent/api', api);
  return router;
}

/** Shown on the sign-in page while no agent exists (README "Running in production"). */
export const NO_AGENTS_YET =
  'No agent account exists yet. An administrator creates the first on the server: carrier-assist agent add <username> --name "Full Name" --role supervisor (the password is read from standard input, or generated and shown once).';

/** What a locked-out sign-in is told to wait (the lock-out ends within the throttle's window). */
const LOCK_OUT_RETRY_SECONDS = 60;

/** A valid hash of a random password: verifying against it costs what a real check costs. */
const DUMMY_HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA==$Jg8cZ0bG3Zr8Y2WmC2vJc9j0tq3rQX6uXx3ZkqJ2kWQ=';

/** Where an ended handoff's part of the conversation stops (the desk notes it), or no end while it lasts. */
function historyEnd(audit: readonly HandoffEventRecord[]): number {
  const end = [...audit].reverse().find((e) => typeof e.detail['historyEnd'] === 'number');
  return end ? (end.detail['historyEnd'] as number) : Number.POSITIVE_INFINITY;
}

const RECENT_PARCELS = 8;
const TROUBLED_PARCELS = 5;

/**
 * The customer's parcels beside the conversation: those the conversation is about, then the account's
 * parcels in trouble, then its newest, each once. Only the account the handoff is about.
 */
async function customerShipments(store: Store, h: HandoffRecord): Promise<PacketShipment[]> {
  const packet = h.context as { who?: { account?: { number?: string } | null }; what?: { shipments?: PacketShipment[] } };
  const accountNumber = packet.who?.account?.number;
  const about = packet.what?.shipments ?? [];
  if (!accountNumber) return about;
  const [troubled, recent] = await Promise.all([
    store.shipments.search({ accountNumber, statuses: ['exception'], limit: TROUBLED_PARCELS }),
    store.shipments.search({ accountNumber, limit: RECENT_PARCELS }),
  ]);
  const seen = new Set(about.map((s) => s.trackingNumber));
  const more = [...troubled, ...recent].filter((s) => !seen.has(s.trackingNumber) && seen.add(s.trackingNumber));
  return [...about, ...(await Promise.all(more.map((s) => packetShipment(store, s))))];
}
