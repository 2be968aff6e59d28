/**
 * Agents' presence and assignment over the console API (issue 20): available or away (away on
 * sign-out, or after the idle time without a console action), a capacity the supervisor sets, and
 * with AUTO_ASSIGN=on the oldest most urgent waiting conversation going by itself to the available
 * agent with the fewest open ones, never above capacity, again when an agent frees up.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { NOW, startConsole, type Console, type Session } from './consoleHarness.ts';

const IDLE_MINUTES = 20;

describe('agent availability and capacity', () => {
  let c: Console;
  afterEach(async () => {
    await c?.close();
  });

  async function start(env: Record<string, string> = {}) {
    c = await startConsole({ env: { AGENT_IDLE_MINUTES: String(IDLE_MINUTES), AGENT_CAPACITY: '2', ...env } });
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    await c.addAgent({ id: 'bob', displayName: 'Bob', queues: ['support'] });
    await c.addAgent({ id: 'sue', displayName: 'Sue', role: 'supervisor', queues: [] });
    return Promise.all([c.signIn('ana'), c.signIn('bob'), c.signIn('sue')]);
  }
  const availability = async (s: Session) => (await c.api(s, 'GET', '/availability')).body.availability;

  test('should start away with the default capacity, and be available once the agent says so', async () => {
    const [ana] = await start();
    expect(await availability(ana)).toEqual({ status: 'away', idle: false, capacity: 2, open: 0 });
    const set = await c.api(ana, 'POST', '/availability', { status: 'available' });
    expect(set).toMatchObject({ status: 200, body: { availability: { status: 'available', idle: false, capacity: 2, open: 0 } } });
    expect((await c.store.agentAvailability.get('ana'))!.activeAt).toBe(NOW);
    expect((await c.api(ana, 'POST', '/availability', { status: 'busy' })).status).toBe(400);
  });

  test('should count an available agent as away after the idle time without an action, until they say again', async () => {
    const [ana] = await start();
    await c.api(ana, 'POST', '/availability', { status: 'available' });
    c.clock.advance((IDLE_MINUTES - 1) * 60_000);
    // Opening a conversation is an action; the page's own polling is not.
    await c.api(ana, 'GET', '/handoffs/999999');
    c.clock.advance((IDLE_MINUTES - 1) * 60_000);
    await c.api(ana, 'GET', '/queue');
    expect(await availability(ana)).toMatchObject({ status: 'available', idle: false });
    c.clock.advance(2 * 60_000);
    expect(await availability(ana)).toMatchObject({ status: 'away', idle: true });
    await c.api(ana, 'GET', '/handoffs/999999');
    expect(await availability(ana)).toMatchObject({ status: 'away', idle: true });
    await c.api(ana, 'POST', '/availability', { status: 'available' });
    expect(await availability(ana)).toMatchObject({ status: 'available', idle: false });
  });

  test('should set an agent away when they sign out', async () => {
    const [ana] = await start();
    await c.api(ana, 'POST', '/availability', { status: 'available' });
    expect((await c.api(ana, 'DELETE', '/session')).status).toBe(204);
    expect((await c.store.agentAvailability.get('ana'))!.status).toBe('away');
  });

  test('should let only a supervisor set a capacity, within 0-50, for an agent who exists', async () => {
    const [ana, , sue] = await start();
    expect((await c.api(ana, 'POST', '/agents/ana/capacity', { capacity: 9 })).status).toBe(403);
    expect((await c.api(sue, 'POST', '/agents/ana/capacity', { capacity: 51 })).status).toBe(400);
    expect((await c.api(sue, 'POST', '/agents/nobody/capacity', { capacity: 4 })).status).toBe(404);
    expect(await c.api(sue, 'POST', '/agents/ana/capacity', { capacity: 4 })).toMatchObject({ status: 200, body: { availability: { status: 'away', capacity: 4 } } });
    const agents = (await c.api(sue, 'GET', '/agents')).body.agents as { id: string; availability: unknown }[];
    expect(agents.find((a) => a.id === 'ana')!.availability).toEqual({ status: 'away', idle: false, capacity: 4, open: 0 });
    const supervisor = (await c.api(sue, 'GET', '/supervisor')).body.agents as { id: string; availability: unknown }[];
    expect(supervisor.find((a) => a.id === 'ana')!.availability).toEqual({ status: 'away', idle: false, capacity: 4, open: 0 });
    await c.api(sue, 'POST', '/agents/ana/capacity', { capacity: null });
    expect(await availability(ana)).toMatchObject({ capacity: 2 });
  });
});

describe('automatic assignment', () => {
  let c: Console;
  afterEach(async () => {
    await c?.close();
  });

  const settled = () => c.app.desk.assigner!.settled();
  const holder = async (id: number) => (await c.store.handoffs.get(id))!.assignee;

  test('should leave waiting conversations alone when AUTO_ASSIGN is off (the default)', async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana' });
    const ana = await c.signIn('ana');
    await c.api(ana, 'POST', '/availability', { status: 'available' });
    const { handoffId } = await c.escalate('cust-off');
    expect(c.app.desk.assigner).toBeNull();
    expect(await holder(handoffId)).toBeNull();
  });

  test('should give waiting conversations to the available agent with the fewest, never above capacity, and go on when one frees up', async () => {
    c = await startConsole({ env: { AUTO_ASSIGN: 'on', AGENT_CAPACITY: '1' } });
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    await c.addAgent({ id: 'bob', displayName: 'Bob' });
    const [ana, bob] = await Promise.all([c.signIn('ana'), c.signIn('bob')]);
    const first = await c.escalate('cust-1');
    c.clock.advance(60_000);
    const second = await c.escalate('cust-2');
    c.clock.advance(60_000);
    const third = await c.escalate('cust-3');
    await settled();
    // Nobody available yet: everything waits.
    expect([await holder(first.handoffId), await holder(second.handoffId), await holder(third.handoffId)]).toEqual([null, null, null]);

    await c.api(ana, 'POST', '/availability', { status: 'available' });
    await settled();
    expect([await holder(first.handoffId), await holder(second.handoffId)]).toEqual(['ana', null]);
    // The customer hears an agent joined, as on a claim; the audit says it was automatic.
    const events = await c.store.handoffs.events(first.handoffId);
    expect(events.at(-1)).toMatchObject({ to: 'assigned', actor: 'agent:ana', detail: { auto: true } });
    const said = (await c.store.activities.list(first.conversationId)).filter((s) => s.direction === 'out').map((s) => s.activity.text ?? '');
    expect(said.at(-1)).toMatch(/Ana/);

    await c.api(bob, 'POST', '/availability', { status: 'available' });
    await settled();
    expect(await holder(second.handoffId)).toBe('bob');
    expect(await holder(third.handoffId)).toBeNull();

    // Ana finishes hers: the next waiting one goes to her.
    expect((await c.api(ana, 'POST', `/handoffs/${first.handoffId}/resolve`, { reason: 'answered' })).status).toBe(200);
    await settled();
    expect(await holder(third.handoffId)).toBe('ana');
  });

  test('should give a conversation that asks for a person at once to an available agent with room, the answer naming them', async () => {
    c = await startConsole({ env: { AUTO_ASSIGN: 'on' } });
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    const ana = await c.signIn('ana');
    await c.api(ana, 'POST', '/availability', { status: 'available' });
    const said = await c.say('conv-at-once', 'cust-new', 'I want to talk to a person');
    await settled();
    const h = (await c.store.handoffs.latestForConversation('conv-at-once'))!;
    expect(h).toMatchObject({ state: 'assigned', assignee: 'ana' });
    // One notice, in the turn's answer: no separate "joined" message before or after it, no queue place.
    const texts = said.map((a) => a.text ?? '');
    expect(texts.filter((t) => /Ana/.test(t))).toHaveLength(1);
    expect(texts.join(' ')).not.toMatch(/in the queue|number \d/i);
    const out = (await c.store.activities.list('conv-at-once')).filter((s) => s.direction === 'out' && s.activity.type === 'message');
    expect(out.map((s) => s.activity.text).filter((t) => /Ana/.test(t ?? ''))).toHaveLength(1);
  });

  test('should give a ticket the bot opened without a handoff to an available agent of its queue, and count it in their load', async () => {
    c = await startConsole({ env: { AUTO_ASSIGN: 'on', AGENT_CAPACITY: '1' } });
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    await c.addAgent({ id: 'bob', displayName: 'Bob', queues: ['support'] });
    const [ana, bob] = await Promise.all([c.signIn('ana'), c.signIn('bob')]);
    // As the customs flow opens one for a parcel below the value that hands it to a person at once.
    const ticket = await c.store.tickets.create(
      { category: 'customs', priority: 'normal', conversationId: null, accountNumber: null, userId: 'u-alice', trackingNumbers: [], subject: 'Customs hold', queue: 'customs', details: {} },
      NOW,
    );

    await c.api(bob, 'POST', '/availability', { status: 'available' });
    await c.api(ana, 'POST', '/availability', { status: 'available' });
    await settled();
    // Bob does not work customs; Ana does, and takes it through the tickets' assign path.
    expect(await c.store.tickets.get(ticket!.number)).toMatchObject({ state: 'open', assignee: 'ana' });
    expect((await c.store.tickets.events(ticket!.number)).at(-1)).toMatchObject({ kind: 'assigned', actor: 'agent:ana' });

    // Ana is full with the ticket (capacity 1): the next waiting conversation goes to Bob.
    await c.say('conv-after-ticket', 'cust-after-ticket', 'I want to talk to a person');
    await settled();
    expect(await c.store.handoffs.latestForConversation('conv-after-ticket')).toMatchObject({ state: 'assigned', assignee: 'bob' });
  });
});
