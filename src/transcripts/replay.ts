/**
 * Replays one transcript: a fresh app on an isolated store, mounted with the channel's real adapter on
 * an in-process server (127.0.0.1, a free port), driven by the channel's client. Records, per exchange,
 * what the customer was shown, what the assistant understood (its trace) and the tickets it opened.
 */
import { pino } from 'pino';
import type { Activity, CardAction } from '../activity.ts';
import { buildApp, type App } from '../app.ts';
import { DEMO_EVENTS, demoTrackingEvent, type DemoEvent } from '../carrier/trackAlert/demoEvents.ts';
import { trackingEventUpdate } from '../carrier/trackAlert/trackingEvent.ts';
import { FixedClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { DeskError } from '../escalation/handoffDesk.ts';
import { QUEUES } from '../escalation/serviceLevels.ts';
import type { NluParser, Parse } from '../nlu/types.ts';
import type { TicketRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import type { ChannelDriver, ChannelSession, ClientInput } from './channelDriver.ts';
import type { FixtureStores } from './fixtures.ts';
import type { AgentAction, Transcript, TurnAction } from './model.ts';
import { isParseTrace, understandingOf } from './seen.ts';

export interface ObservedExchange {
  /** Bot-side activities the customer was shown (messages, events), in order. */
  shown: Activity[];
  /** What the assistant understood this turn, or null when it did not parse anything. */
  understood: Parse | null;
  tickets: TicketRecord[];
  /** Things the replay itself could not do as written (a choice not offered, an agent with nothing to act on). */
  problems: string[];
}

export interface Observed {
  conversationId: string;
  exchanges: ObservedExchange[];
  /** Header facts that did not hold (e.g. the linked user's zone is not the header's). */
  headerProblems: string[];
}

export interface ReplayContext {
  parser: NluParser;
  fixtures: FixtureStores;
}

export async function replayTranscript(t: Transcript, driver: ChannelDriver, ctx: ReplayContext): Promise<Observed> {
  const store = await ctx.fixtures.storeFor(t.header.fixture, t.header.now);
  // Channels that call a platform API get a stand-in for it and their adapter configured to use it.
  const prepared = driver.prepare ? await driver.prepare({ userId: t.header.user, locale: t.header.locale }, { store }) : null;
  const channel = prepared ?? driver;
  try {
    return await replayOn(t, channel, prepared?.env ?? {}, store, ctx);
  } finally {
    await prepared?.close();
  }
}

async function replayOn(
  t: Transcript,
  channel: Pick<ChannelDriver, 'adapter' | 'open'>,
  env: Readonly<Record<string, string>>,
  store: Store,
  ctx: ReplayContext,
): Promise<Observed> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    DEFAULT_TIMEZONE: t.header.timeZone,
    ...env,
  });
  const app = await buildApp({
    config,
    store,
    clock: new FixedClock(t.header.now),
    logger: pino({ level: (process.env['REPLAY_LOG_LEVEL'] as 'silent' | undefined) ?? 'silent' }),
    parser: ctx.parser,
    adapters: [channel.adapter],
  });
  const running = await app.start(0, '127.0.0.1');
  try {
    if (!channel.open) throw new Error('the channel driver has neither open() nor prepare()');
    const session = await channel.open({ url: running.url, app }, { userId: t.header.user, locale: t.header.locale });
    const headerProblems: string[] = [];
    const conversation = await store.conversations.get(session.conversationId);
    if (conversation && conversation.timeZone !== t.header.timeZone) {
      headerProblems.push(`the conversation's time zone is ${conversation.timeZone} (the linked user's), not ${t.header.timeZone}: write "time zone: ${conversation.timeZone}"`);
    }
    let seq = -1;
    const ticketsSeen = new Set<string>();
    const observe = async (shown: Activity[], problems: string[]): Promise<ObservedExchange> => {
      const stored = await store.activities.list(session.conversationId, seq);
      if (stored.length) seq = stored.at(-1)!.seq;
      const trace = stored.find((s) => s.direction === 'out' && isParseTrace(s.activity));
      // WhatsApp and WeChat never show events to the customer: the ones the bot sent are read from the log.
      if (!shown.some((a) => a.type === 'event')) {
        shown = [...shown, ...stored.filter((s) => s.direction === 'out' && s.activity.type === 'event').map((s) => s.activity)];
      }
      const tickets = (await store.tickets.listForConversation(session.conversationId)).filter((k) => !ticketsSeen.has(k.number));
      for (const k of tickets) ticketsSeen.add(k.number);
      return { shown, understood: understandingOf(trace?.activity), tickets, problems };
    };

    const exchanges: ObservedExchange[] = [await observe(await session.opened(), [])];
    let lastOffer: CardAction[] = [];
    // Who acts in the agent lines: the header's agent, then whoever a transfer gave the conversation to.
    let actingAgent = t.header.agent;
    for (const ex of t.exchanges.slice(1)) {
      const problems: string[] = [];
      let shown: Activity[] = [];
      if (ex.action?.kind === 'carrier_reports') {
        // The carrier's scan comes in as a Track Alert push would; the customer sees the alerts it brings.
        await reportScan(app, ex.action, problems);
        shown = await session.received();
      } else if (ex.action && isAgentAction(ex.action)) {
        // The agent acts in the console; the customer sees what reached them through the channel.
        actingAgent = await actAsAgent(app, session.conversationId, actingAgent, ex.action, problems);
        shown = await session.received();
      } else {
        const input = ex.action ? clientInput(ex.action, lastOffer, problems) : null;
        if (input) shown = await session.send(input);
      }
      const observed = await observe(shown, problems);
      exchanges.push(observed);
      const offered = [...shown].reverse().find((a) => a.type === 'message');
      if (offered) lastOffer = offered.suggestedActions?.actions ?? [];
    }
    return { conversationId: session.conversationId, exchanges, headerProblems };
  } finally {
    await app.close();
    await running.close();
  }
}

/** The channel input for an action; a click on a choice the bot did not offer is sent as text and reported. */
function clientInput(action: TurnAction, offered: CardAction[], problems: string[]): ClientInput | null {
  switch (action.kind) {
    case 'say':
      return { kind: 'text', text: action.text };
    case 'click': {
      const choice = offered.find((c) => c.title === action.label) ?? offered.find((c) => c.value === action.label);
      if (choice) return { kind: 'click', type: choice.type, title: choice.title, value: choice.value };
      problems.push(
        `the bot did not offer the choice "${action.label}" (offered: ${offered.length ? offered.map((c) => c.title).join(' | ') : 'none'}); sent it as text`,
      );
      return { kind: 'text', text: action.label };
    }
    case 'attach':
      return { kind: 'attachment', name: action.name, contentType: action.contentType };
    case 'submit':
      return { kind: 'submit', value: action.value };
    case 'agent':
    case 'agent_note':
    case 'agent_resolves':
    case 'agent_hands_back':
    case 'agent_transfers':
    case 'agent_releases':
    case 'agent_claims':
    case 'carrier_reports':
      return null;
  }
}

const isAgentAction = (a: TurnAction): a is AgentAction => a.kind.startsWith('agent');

/** `carrier reports: 1Z… customs_hold`: the scan (one of DEMO_EVENTS) applied now, as a Track Alert push would. */
async function reportScan(app: App, action: Extract<TurnAction, { kind: 'carrier_reports' }>, problems: string[]): Promise<void> {
  if (!(action.event in DEMO_EVENTS)) {
    problems.push(`the carrier reports no such event "${action.event}" (one of ${Object.keys(DEMO_EVENTS).join(', ')})`);
    return;
  }
  const read = trackingEventUpdate(demoTrackingEvent(action.trackingNumber, action.event as DemoEvent, app.clock.now()), app.clock.now().toISOString());
  if (!read.ok) {
    problems.push(`the carrier's scan is not a tracking event: ${read.reason}`);
    return;
  }
  await app.reportCarrierScans(read.update);
}

/** `agent claims: Name`: that agent claims the waiting conversation and acts from now on. */
async function claimAs(app: App, conversationId: string, name: string, problems: string[]): Promise<string> {
  const handoff = await app.store.handoffs.latestForConversation(conversationId);
  if (!handoff) {
    problems.push('the agent has nothing to claim: the conversation was never handed to people');
    return name;
  }
  try {
    await app.desk.claim(handoff.id, await agentNamed(app, name));
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    problems.push(`the agent could not claim it: ${error.message}`);
  }
  return name;
}

/** The console agent of that name for this replay (working every queue), created on first use. */
async function agentNamed(app: App, name: string) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const username = slug || `agent-${Buffer.from(name).toString('hex')}`;
  return (
    (await app.store.agents.byUsername(username)) ??
    (await app.store.agents.create({ id: `agent-${username}`, username, displayName: name, role: 'agent', queues: [...QUEUES], passwordHash: 'replay:no-sign-in' }, app.clock.now().toISOString()))
  );
}

/**
 * Does what the acting agent does in the console, through the same desk the console uses: claims
 * the waiting conversation before writing, notes, resolves, hands back, transfers, releases, or
 * another agent claims it. Returns who acts next (a transfer or a claim changes it). Problems are
 * reported, not thrown.
 */
async function actAsAgent(app: App, conversationId: string, name: string | null, action: AgentAction, problems: string[]): Promise<string | null> {
  if (action.kind === 'agent_claims') return claimAs(app, conversationId, action.agent, problems);
  if (!name) {
    problems.push('agent turns need an "agent: Name" header line naming the agent who answers');
    return name;
  }
  const agent = await agentNamed(app, name);
  const handoff = await app.store.handoffs.latestForConversation(conversationId);
  if (!handoff) {
    problems.push('the agent has nothing to act on: the conversation was never handed to people');
    return name;
  }
  try {
    if (handoff.state === 'queued' && action.kind !== 'agent_note' && action.kind !== 'agent_releases') await app.desk.claim(handoff.id, agent);
    switch (action.kind) {
      case 'agent':
        await app.desk.reply(handoff.id, agent, action.text);
        break;
      case 'agent_note':
        await app.desk.note(handoff.id, agent, action.text);
        break;
      case 'agent_resolves':
        await app.desk.resolve(handoff.id, agent, action.reason);
        break;
      case 'agent_hands_back':
        await app.desk.handBack(handoff.id, agent);
        break;
      case 'agent_releases':
        await app.desk.release(handoff.id, agent);
        break;
      case 'agent_transfers': {
        const target = await agentNamed(app, action.to);
        await app.desk.transfer(handoff.id, agent, target.id);
        return action.to;
      }
    }
  } catch (error) {
    if (!(error instanceof DeskError)) throw error;
    problems.push(`the agent could not do it: ${error.message}`);
  }
  return name;
}

export type { ChannelSession };
