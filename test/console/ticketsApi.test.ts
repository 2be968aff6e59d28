/**
 * The console's tickets view over HTTP, on the whole app: a customs ticket the bot opened is found by
 * every key, taken, the customer asked for the invoice through their channel (the ticket waits on
 * them), resolved only after a warning while their last message is unanswered, found again once
 * resolved, and reopened; every agent sees every ticket, but works only their queues.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import type { TicketStateChange } from '../../src/tickets/ticketDesk.ts';
import { startConsole, type Console, type Session } from './consoleHarness.ts';

describe('console tickets view', () => {
  let c: Console;
  let ana: Session;
  let bob: Session;
  let sue: Session;
  let number: string;
  let otherNumber: string;
  const changes: TicketStateChange[] = [];
  const conv = 'tickets-alice';

  beforeAll(async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana', displayName: 'Ana', queues: ['customs', 'support'] });
    await c.addAgent({ id: 'bob', displayName: 'Bob', queues: ['support'] });
    await c.addAgent({ id: 'sue', displayName: 'Sue', role: 'supervisor', queues: [] });
    [ana, bob, sue] = await Promise.all([c.signIn('ana'), c.signIn('bob'), c.signIn('sue')]);
    c.app.tickets.onTicketChange((change) => void changes.push(change));
    await c.say(conv, 'u-alice', 'my package is held in customs');
    // A person is offered on the held parcel, never imposed: asked for, the chat is handed over on its customs ticket.
    await c.say(conv, 'u-alice', 'can a customs advisor help me with it?');
    await c.say(conv, 'u-alice', 'yes');
    number = (await c.store.tickets.listForConversation(conv))[0]!.number;
    await c.say('tickets-alice-2', 'u-alice', 'I want to talk to a person');
    otherNumber = (await c.store.tickets.listForConversation('tickets-alice-2'))[0]!.number;
  });
  afterAll(async () => {
    await c?.close();
  });

  const list = async (s: Session, query: string) => {
    const res = await c.api(s, 'GET', `/tickets?${query}`);
    expect(res.status).toBe(200);
    return (res.body.items as { number: string }[]).map((i) => i.number);
  };
  const outTexts = async () => (await c.store.activities.list(conv)).filter((s) => s.direction === 'out').map((s) => s.activity.text ?? '');

  test.each([
    ['ticket number', () => number.toLowerCase()],
    ['tracking number', () => STORY.customsHeld],
    ['customer name', () => 'alice mart'],
    ['e-mail', () => 'Alice.Martin@example.com'],
    ['phone', () => '+86 21 5550 0101'],
    ['account number', () => DEMO_ACCOUNTS.mingyuan],
  ])('should find the customs ticket by %s, for an agent of any queue', async (_key, q) => {
    expect(await list(bob, `q=${encodeURIComponent(q())}`)).toContain(number);
  });

  test('should list a ticket with its queue, state, customer, channel and SLA', async () => {
    const { body } = await c.api(ana, 'GET', `/tickets?q=${number}`);
    expect(body.items[0]).toMatchObject({
      number,
      category: 'customs',
      queue: 'customs',
      state: 'new',
      channel: 'test',
      language: 'en',
      customer: { name: 'Alice Martin', email: 'alice.martin@example.com', accountNumber: DEMO_ACCOUNTS.mingyuan },
      trackingNumbers: [STORY.customsHeld],
      assignee: null,
      mine: false,
      // Customs promises a first answer within the hour: due soon from the start.
      sla: { status: 'due_soon', due: body.items[0].sla.firstResponseDue },
    });
  });

  test.each([
    ['queue=customs', true],
    ['queue=billing,vip', false],
    ['state=new,open', true],
    ['state=resolved', false],
    ['priority=urgent,high', true],
    ['channel=test', true],
    ['channel=whatsapp', false],
    ['language=en', true],
    ['language=zh', false],
    ['mine=1', false],
    ['sla=breached', false],
  ])('should filter by %s', async (query, listed) => {
    expect((await list(ana, query)).includes(number)).toBe(listed);
  });

  test('should refuse a filter it does not know, and answer 401 without a session', async () => {
    expect((await c.api(ana, 'GET', '/tickets?state=pending')).status).toBe(400);
    expect((await c.api(null, 'GET', '/tickets')).status).toBe(401);
    expect((await c.api(ana, 'GET', '/tickets/CA-999999')).status).toBe(404);
  });

  test('should show the ticket with its timeline, the conversation, the customer\'s other tickets and what to ask for', async () => {
    const { status, body } = await c.api(bob, 'GET', `/tickets/${number}`);
    expect(status).toBe(200);
    const kinds = (body.timeline as { kind: string }[]).map((e) => e.kind);
    // The parcel's scans come before the ticket was opened; then the customer's message, the bot's answer, the handoff.
    expect(kinds.indexOf('carrier')).toBeLessThan(kinds.indexOf('opened'));
    expect(kinds.slice(kinds.indexOf('opened'))).toEqual(expect.arrayContaining(['customer', 'bot', 'handoff']));
    expect((body.conversation as { author: string; text: string }[])[0]).toMatchObject({ author: 'customer', text: 'my package is held in customs' });
    expect((body.otherTickets as { number: string }[]).map((t) => t.number)).toEqual([otherNumber]);
    expect(body.unanswered).toMatchObject({ text: 'yes' });
    expect(body.requests.invoice).toContain(number);
  });

  test('should let only agents of its queue work it: another queue\'s agent cannot take it, and needs the CSRF token', async () => {
    expect((await c.api(bob, 'POST', `/tickets/${number}/assign`, {})).status).toBe(403);
    expect((await c.api({ ...ana, csrfToken: '' }, 'POST', `/tickets/${number}/assign`, {})).status).toBe(403);
    expect((await c.api(ana, 'POST', `/tickets/${number}/assign`, { agentId: 'bob' })).status).toBe(403);
  });

  test('should give the ticket to the agent who takes it: open, theirs', async () => {
    const { status, body } = await c.api(ana, 'POST', `/tickets/${number}/assign`, {});
    expect(status).toBe(200);
    expect(body.item).toMatchObject({ state: 'open', assignee: { id: 'ana', displayName: 'Ana' }, mine: true });
    expect(await list(ana, 'mine=1')).toEqual([number]);
    expect(changes.at(-1)).toMatchObject({ from: 'new', to: 'open', by: 'agent:ana', reason: null, ticket: { number } });
  });

  test('should ask the customer for the invoice through their channel and wait on them', async () => {
    const text = (await c.api(ana, 'GET', `/tickets/${number}`)).body.requests.invoice as string;
    expect((await c.api(ana, 'POST', `/tickets/${number}/requests`, { kind: 'passport', text })).status).toBe(400);
    const { status, body } = await c.api(ana, 'POST', `/tickets/${number}/requests`, { kind: 'invoice', text });
    expect(status).toBe(201);
    expect(body.item).toMatchObject({ state: 'waiting_on_customer', firstResponseAt: expect.any(String), sla: { due: body.item.sla.resolutionDue } });
    expect(await outTexts()).toContain(text);
    expect(changes.at(-1)).toMatchObject({ from: 'open', to: 'waiting_on_customer', by: 'agent:ana' });
    expect((await c.api(ana, 'GET', `/tickets/${number}`)).body.unanswered).toBeNull();
  });

  test('should ask for one more thing while the ticket waits, keeping it waiting', async () => {
    const { body } = await c.api(ana, 'POST', `/tickets/${number}/requests`, { kind: 'documents', text: 'And the packing list, please.' });
    expect(body.item.state).toBe('waiting_on_customer');
    expect(await outTexts()).toContain('And the packing list, please.');
    expect(changes.at(-1)).toMatchObject({ to: 'waiting_on_customer', from: 'open' });
  });

  test('should keep notes and queue or priority changes on the timeline, and never send a note to the customer', async () => {
    expect((await c.api(ana, 'POST', `/tickets/${number}/notes`, { text: 'invoice asked for; broker informed' })).status).toBe(201);
    expect((await c.api(ana, 'POST', `/tickets/${number}/priority`, { priority: 'urgent' })).body.item.priority).toBe('urgent');
    expect((await c.api(ana, 'POST', `/tickets/${number}/priority`, { priority: 'soon' })).status).toBe(400);
    const { body } = await c.api(ana, 'GET', `/tickets/${number}`);
    expect(body.timeline).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'note', name: 'Ana', text: 'invoice asked for; broker informed' }),
        expect.objectContaining({ kind: 'action', text: 'priority', detail: expect.objectContaining({ from: 'high', to: 'urgent' }) }),
        expect.objectContaining({ kind: 'action', text: 'request', detail: expect.objectContaining({ request: 'invoice' }) }),
      ]),
    );
    expect((await outTexts()).some((t) => t.includes('broker informed'))).toBe(false);
  });

  test('should warn before resolving while the customer\'s last message is unanswered, and resolve once confirmed', async () => {
    c.clock.advance(60_000);
    await c.say(conv, 'u-alice', 'I will send it tomorrow morning');
    const warned = await c.api(ana, 'POST', `/tickets/${number}/resolve`, { reason: 'invoice received, cleared' });
    expect(warned.status).toBe(409);
    expect(warned.body.unanswered).toMatchObject({ text: 'I will send it tomorrow morning' });
    expect((await c.api(ana, 'GET', `/tickets/${number}`)).body.item.state).toBe('waiting_on_customer');
    const { status, body } = await c.api(ana, 'POST', `/tickets/${number}/resolve`, { reason: 'invoice received, cleared', confirmed: true });
    expect(status).toBe(200);
    expect(body.item).toMatchObject({ state: 'resolved', sla: { status: 'done' } });
    expect(changes.at(-1)).toMatchObject({ from: 'waiting_on_customer', to: 'resolved', by: 'agent:ana', reason: 'invoice received, cleared' });
    // The customer hears of it in their own thread, with the agent's reason (tellCustomer.ts).
    await vi.waitFor(async () => expect((await outTexts()).some((t) => t.includes(`Your ticket ${number} has been resolved.`) && t.includes('invoice received, cleared'))).toBe(true));
  });

  test('should keep a resolved ticket findable, refuse to resolve it twice, and reopen it', async () => {
    expect(await list(bob, `q=${STORY.customsHeld}`)).toContain(number);
    expect(await list(bob, 'state=resolved')).toEqual([number]);
    expect((await c.api(ana, 'POST', `/tickets/${number}/resolve`, { reason: 'again', confirmed: true })).status).toBe(409);
    const { body } = await c.api(sue, 'POST', `/tickets/${number}/reopen`, { reason: 'customs asked again' });
    expect(body.item).toMatchObject({ state: 'open', assignee: { id: 'sue' } });
    expect(changes.at(-1)).toMatchObject({ from: 'resolved', to: 'open', by: 'agent:sue', reason: 'customs asked again' });
    await vi.waitFor(async () => expect((await outTexts()).some((t) => t.includes(number) && !t.includes('has been resolved'))).toBe(true));
  });

  test('should let a supervisor give a ticket to an agent of its queue only', async () => {
    expect((await c.api(sue, 'POST', `/tickets/${number}/assign`, { agentId: 'bob' })).status).toBe(400);
    expect((await c.api(sue, 'POST', `/tickets/${number}/assign`, { agentId: 'ana' })).body.item).toMatchObject({ assignee: { id: 'ana' }, state: 'open' });
  });

  test('should list a ticket as breached once its deadline passed', async () => {
    c.clock.advance(7 * 24 * 3600_000);
    ana = await c.signIn('ana');
    expect(await list(ana, 'sla=breached')).toEqual(expect.arrayContaining([number, otherNumber]));
  });
});
