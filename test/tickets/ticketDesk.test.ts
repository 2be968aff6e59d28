/**
 * Every way a ticket changes state reaches the ticket listeners (`onTicketChange`): the tickets view's
 * actions and the handoff desk's moves (claimed, released, resolved, handed back, the customer left).
 * The customer's notifier hears them all and tells the customer only of what nobody told them yet; a
 * ticket resolved without a handoff gets the satisfaction survey, once.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.ts';
import { CustomerNotices } from '../../src/escalation/customerNotices.ts';
import { HandoffDesk } from '../../src/escalation/handoffDesk.ts';
import { satisfactionTexts } from '../../src/escalation/satisfactionTexts.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';
import type { AgentRecord } from '../../src/store/handoffRecords.ts';
import type { Store } from '../../src/store/store.ts';
import { surveyAfterResolving } from '../../src/tickets/surveyAfterResolving.ts';
import { tellCustomersOfTickets } from '../../src/tickets/tellCustomer.ts';
import { TicketDesk, type TicketStateChange } from '../../src/tickets/ticketDesk.ts';
import { conversationOf, DESK_HOURS, DESK_ZONE, NOW, personRequested, recordingMessenger, seededStore } from '../escalation/deskFixture.ts';

const QUESTION = satisfactionTexts('en').question;

describe('the ticket listeners', () => {
  let store: Store;
  let clock: FixedClock;
  let desk: HandoffDesk;
  let tickets: TicketDesk;
  let sent: ReturnType<typeof recordingMessenger>;
  let heard: TicketStateChange[];
  let ana: AgentRecord;

  beforeEach(async () => {
    store = await seededStore();
    clock = new FixedClock(NOW);
    sent = recordingMessenger();
    desk = new HandoffDesk({ store, clock, hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: sent.messenger });
    tickets = new TicketDesk({ store, clock, deadlines: desk.deadlines, messenger: sent.messenger, desk });
    tellCustomersOfTickets(tickets, new CustomerNotices({ store, messenger: sent.messenger }));
    surveyAfterResolving(tickets, { store, clock, messenger: sent.messenger });
    heard = [];
    tickets.onTicketChange((change) => void heard.push(change));
    ana = await store.agents.create({ id: 'a-ana', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support', 'customs', 'billing'], passwordHash: 'scrypt$x' }, NOW);
  });
  afterEach(async () => {
    await store.close();
  });

  async function handoff(id: string) {
    return (await desk.escalate(await personRequested(store, id, 'u-alice'))).handoff;
  }

  /** A customs ticket the bot opened in conversation `id`, with no handoff. */
  async function botTicket(id: string) {
    await conversationOf(store, id, 'u-alice', [['in', 'my parcel is held in customs']]);
    return store.tickets.create(
      { category: 'customs', priority: 'normal', conversationId: id, accountNumber: null, userId: 'u-alice', trackingNumbers: [], subject: 'Customs hold', queue: 'customs', details: {} },
      NOW,
    );
  }

  const moves = () => heard.map((c) => [c.from, c.to, c.by, c.told ?? false]);

  test.each([
    ['claim', [['new', 'open', 'agent:a-ana', true]]],
    ['release', [['new', 'open', 'agent:a-ana', true], ['open', 'new', 'agent:a-ana', true]]],
    ['resolve', [['new', 'open', 'agent:a-ana', true], ['open', 'resolved', 'agent:a-ana', true]]],
    ['customerLeft', [['new', 'open', 'agent:a-ana', true], ['open', 'closed', 'customer', true]]],
  ] as const)('should hear the handoff desk’s %s, told already by the desk', async (move, expected) => {
    const h = await handoff(`c-${move}`);
    await desk.claim(h.id, ana);
    if (move === 'release') await desk.release(h.id, ana);
    if (move === 'resolve') await desk.resolve(h.id, ana, 'answered');
    if (move === 'customerLeft') await desk.customerLeft(h.conversationId);
    expect(moves()).toEqual(expected);
    expect(heard.every((c) => c.handoffId === h.id && c.ticket.number === h.ticketNumber)).toBe(true);
    // The desk's own notices only: no second "your ticket was resolved/closed" from the notifier.
    expect(sent.calls.filter((c) => (c.replies[0] as { text?: string }).text?.startsWith('About your ticket') ?? false)).toEqual([]);
  });

  test('should ask a handoff’s customer for a rating once, from the desk', async () => {
    const h = await handoff('c-survey-handoff');
    await desk.claim(h.id, ana);
    await desk.resolve(h.id, ana, 'answered');
    expect(sent.textsTo('c-survey-handoff').filter((t) => t === QUESTION)).toHaveLength(1);
    expect(await store.satisfaction.pending('c-survey-handoff')).toMatchObject({ handoffId: h.id, ticketNumber: h.ticketNumber });
  });

  test('should hear the tickets view’s moves, tell the customer, and ask a bot ticket’s customer for a rating on its first resolution only', async () => {
    const ticket = await botTicket('c-bot');
    await tickets.assign(ticket.number, ana, ana.id);
    await tickets.resolve(ticket.number, ana, 'cleared by customs', true);
    expect(moves()).toEqual([['new', 'open', 'agent:a-ana', false], ['open', 'resolved', 'agent:a-ana', false]]);
    const texts = sent.textsTo('c-bot');
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain(ticket.number);
    expect(texts[1]).toBe(QUESTION);
    expect(await store.satisfaction.pending('c-bot')).toMatchObject({ ticketNumber: ticket.number, handoffId: null, agentId: 'a-ana', channelId: 'test', language: 'en' });

    await tickets.reopen(ticket.number, ana, 'the customer wrote again');
    await tickets.resolve(ticket.number, ana, 'done', true);
    expect(sent.textsTo('c-bot').filter((t) => t === QUESTION)).toHaveLength(1);
  });

  test('should end a live handoff with its ticket when the ticket is resolved in the tickets view', async () => {
    const h = await handoff('c-resolve-ticket');
    expect(h.state).toBe('queued');
    await tickets.ask(h.ticketNumber, ana, 'invoice', 'Please send the commercial invoice.');
    const resolved = await tickets.resolve(h.ticketNumber, ana, 'invoice received', true);
    expect(resolved.state).toBe('resolved');
    expect(await store.handoffs.get(h.id)).toMatchObject({ state: 'resolved', assignee: 'a-ana', resolution: 'invoice received' });
    // The bot answers the customer again, who is asked for a rating once (the handoff's survey).
    expect((await store.conversations.get('c-resolve-ticket'))!.owner).toBe('bot');
    expect(sent.textsTo('c-resolve-ticket').filter((t) => t === QUESTION)).toHaveLength(1);
    expect(await store.satisfaction.pending('c-resolve-ticket')).toMatchObject({ handoffId: h.id, agentId: 'a-ana' });
    // Asking took the waiting conversation (the desk's claim); the resolution is the tickets view's move (the customer told with the reason), once.
    expect(moves()).toEqual([['new', 'open', 'agent:a-ana', true], ['open', 'waiting_on_customer', 'agent:a-ana', false], ['waiting_on_customer', 'resolved', 'agent:a-ana', false]]);
    const texts = sent.textsTo('c-resolve-ticket');
    expect(texts.filter((t) => t.includes('has been resolved') && t.includes('invoice received'))).toHaveLength(1);
    expect(texts.at(-1)).toBe(QUESTION);
  });

  test('should take a waiting conversation when the agent asks its customer from the tickets view, quietly', async () => {
    const h = await handoff('c-ask-waiting');
    const before = sent.textsTo('c-ask-waiting').length;
    const { ticket } = await tickets.ask(h.ticketNumber, ana, 'invoice', 'Please send the commercial invoice.');
    expect(ticket).toMatchObject({ state: 'waiting_on_customer', assignee: 'a-ana' });
    expect(await store.handoffs.get(h.id)).toMatchObject({ state: 'assigned', assignee: 'a-ana' });
    // Only the agent's own words: no "Ana has joined" notice before them.
    expect(sent.textsTo('c-ask-waiting').slice(before)).toEqual(['Please send the commercial invoice.']);
    // The customer's next message goes to Ana, not to a "you're still in the queue" reminder.
    expect(await desk.customerWrote((await store.conversations.get('c-ask-waiting'))!)).toEqual([]);
  });
});
