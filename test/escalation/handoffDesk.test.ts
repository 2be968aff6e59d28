import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Reply } from '../../src/activity.ts';
import { FixedClock } from '../../src/clock.ts';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';
import type { ContextPacket } from '../../src/escalation/contextPacket.ts';
import type { DeskEvent } from '../../src/escalation/deskFeed.ts';
import { DeskError, HandoffDesk, type EscalationRequest } from '../../src/escalation/handoffDesk.ts';
import { ownerIn } from '../../src/escalation/handoffStates.ts';
import type { AgentRecord, HandoffRecord } from '../../src/store/handoffRecords.ts';
import type { Store } from '../../src/store/store.ts';
import { conversationOf, DESK_HOURS, DESK_ZONE, NOW, personRequested, recordingMessenger, seededStore, speakerOf } from './deskFixture.ts';

const MINUTE = 60_000;
/** Friday 20:00 in Shanghai: the desk is closed until Monday 09:00. */
const FRIDAY_EVENING = '2026-03-20T12:00:00.000Z';

const AGENTS = {
  ana: { id: 'a-ana', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support', 'billing'], passwordHash: 'scrypt$x' },
  bo: { id: 'a-bo', username: 'bo', displayName: 'Bo', role: 'agent', queues: ['support'], passwordHash: 'scrypt$x' },
  cy: { id: 'a-cy', username: 'cy', displayName: 'Cy', role: 'agent', queues: ['customs'], passwordHash: 'scrypt$x' },
  vi: { id: 'a-vi', username: 'vi', displayName: 'Vi', role: 'agent', queues: ['vip'], passwordHash: 'scrypt$x' },
  sue: { id: 'a-sue', username: 'sue', displayName: 'Sue', role: 'supervisor', queues: [], passwordHash: 'scrypt$x' },
} as const satisfies Record<string, Omit<AgentRecord, 'createdAt'>>;

describe('HandoffDesk', () => {
  let store: Store;
  let clock: FixedClock;
  let desk: HandoffDesk;
  let sent: ReturnType<typeof recordingMessenger>;
  let agents: Record<keyof typeof AGENTS, AgentRecord>;
  let feed: DeskEvent[];

  beforeEach(async () => {
    store = await seededStore();
    clock = new FixedClock(NOW);
    sent = recordingMessenger();
    desk = new HandoffDesk({ store, clock, hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: sent.messenger });
    agents = Object.fromEntries(await Promise.all(Object.entries(AGENTS).map(async ([k, a]) => [k, await store.agents.create({ ...a, queues: [...a.queues] }, NOW)]))) as typeof agents;
    feed = [];
    desk.feed.subscribe((e) => feed.push(e));
  });
  afterEach(async () => {
    await store.close();
  });

  /** The customer `userId` (null: not linked) asks for a person in conversation `id`. */
  async function escalate(id: string, userId: string | null, patch: Partial<EscalationRequest> = {}) {
    return desk.escalate(await personRequested(store, id, userId, patch));
  }
  const textsOf = (replies: Reply[]) => replies.flatMap((r) => (r.type === 'message' ? [r.text] : []));
  const ownerOf = async (conversationId: string) => (await store.conversations.get(conversationId))!.owner;
  const handoffOf = async (conversationId: string) => (await store.handoffs.latestForConversation(conversationId))!;
  const trail = async (h: HandoffRecord) => (await store.handoffs.events(h.id)).map((e) => `${e.from ?? '-'}>${e.to} ${e.actor}`);
  const deskError = async (p: Promise<unknown>): Promise<DeskError> => {
    const error = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeskError);
    return error as DeskError;
  };

  describe('escalate', () => {
    test.each([
      ['a complaint', 'complaint', 'en', 'This is about your parcel '],
      ['a complaint in Chinese', 'complaint', 'zh', '本次转接涉及您的包裹 '],
      ['a complaint in Spanish', 'complaint', 'es', 'Se trata de tu paquete '],
      ['a request for a person', 'requested', 'en', null],
    ] as const)('should name the parcel %s is about in the packet, and to a customer who complained', async (_name, reason, language, said) => {
      const e = await escalate('c-about', 'u-alice', { reason, parcel: STORY.lateSilent, trackingNumbers: [], language });
      const packet = e.handoff.context as unknown as ContextPacket;
      expect(packet.what.parcel).toBe(STORY.lateSilent);
      expect(packet.what.shipments.map((s) => s.trackingNumber)).toEqual([STORY.lateSilent]);
      expect(e.ticket.trackingNumbers).toEqual([STORY.lateSilent]);
      expect(e.ticket.subject).toContain(`about ${STORY.lateSilent}`);
      const texts = textsOf(e.replies);
      // Said first, before the ticket and the place in the queue.
      if (said) expect(texts[0]?.startsWith(`${said}${STORY.lateSilent}`)).toBe(true);
      expect(texts.filter((t) => t.includes(STORY.lateSilent))).toHaveLength(said ? 1 : 0);
    });

    test('should go on with the open complaint ticket about a parcel, handed back earlier, instead of opening a second one', async () => {
      const about = { reason: 'complaint' as const, parcel: STORY.lateSilent, trackingNumbers: [] };
      const first = await escalate('c-complaint-1', 'u-alice', { ...about, text: 'this is unacceptable' });
      // While the first is with people, another conversation's complaint is a handoff of its own.
      const meanwhile = await escalate('c-complaint-2', 'u-li', { ...about, text: 'terrible service' });
      expect(meanwhile.ticket.number).not.toBe(first.ticket.number);
      await desk.claim(first.handoff.id, agents.ana);
      await desk.handBack(first.handoff.id, agents.ana);
      expect((await store.tickets.get(first.ticket.number))?.state).toBe('open');

      const again = await escalate('c-complaint-3', 'u-alice', { ...about, text: '  still nothing, I want to complain again ' });
      expect(again.opened).toBe(true);
      expect(again.ticket.number).toBe(first.ticket.number);
      expect(again.handoff).toMatchObject({ ticketNumber: first.ticket.number, conversationId: 'c-complaint-3', state: 'queued' });
      expect(again.ticket.details.customerMessages).toEqual([{ text: 'still nothing, I want to complain again', conversationId: 'c-complaint-3', at: NOW }]);
      const open = (await store.tickets.openForAccount(DEMO_ACCOUNTS.mingyuan, 'complaint')).filter((t) => t.trackingNumbers.includes(STORY.lateSilent));
      expect(open.map((t) => t.number).sort()).toEqual([first.ticket.number, meanwhile.ticket.number].sort());
    });

    test("should name no parcel that is not the speaker's own", async () => {
      const e = await escalate('c-not-mine', 'u-alice', { reason: 'complaint', parcel: STORY.otherAccountHongKongToTokyo });
      expect((e.handoff.context as unknown as ContextPacket).what).toMatchObject({ parcel: null, shipments: [] });
      expect(textsOf(e.replies).join(' ')).not.toContain(STORY.otherAccountHongKongToTokyo);
    });

    test('should open a ticket and a queued handoff, give people the conversation and tell the customer their place', async () => {
      const e = await escalate('c-1', 'u-alice');
      expect(e.opened).toBe(true);
      expect(e.ticket).toMatchObject({ category: 'general', priority: 'normal', state: 'new', queue: 'support', conversationId: 'c-1', accountNumber: DEMO_ACCOUNTS.mingyuan, userId: 'u-alice' });
      expect(e.handoff).toMatchObject({ state: 'queued', queue: 'support', ticketNumber: e.ticket.number, language: 'en', queuedAt: NOW, assignee: null });
      expect(await handoffOf('c-1')).toMatchObject({ noticedPosition: 1, noticedAt: NOW });
      expect(await ownerOf('c-1')).toBe('agent');
      expect(textsOf(e.replies)).toEqual([
        `I've passed this to our customer service team: your ticket number is ${e.ticket.number}. A person will pick up this conversation and reply here; you don't need to repeat anything. You are number 1 in the queue; the wait is about 6 minutes.`,
      ]);
      expect(await trail(e.handoff)).toEqual(['->requested bot', 'requested>queued bot']);
      // The bot says this in its own turn: nothing goes through the messenger.
      expect(sent.calls).toEqual([]);
      expect(feed).toContainEqual({ kind: 'queue' });
    });

    test('should send handoff.initiate with the context packet as its value and the transcript attached', async () => {
      const e = await escalate('c-1', 'u-alice');
      const initiate = e.replies.at(-1)!;
      expect(initiate).toMatchObject({ type: 'event', name: 'handoff.initiate' });
      if (initiate.type !== 'event') throw new Error('not an event');
      const packet = e.handoff.context as unknown as ContextPacket;
      const { transcript, ...withoutTranscript } = packet;
      expect(initiate.value).toEqual(withoutTranscript);
      expect(initiate.value).not.toHaveProperty('transcript');
      expect(initiate.attachments).toEqual([{ contentType: 'application/json', name: 'Transcript', content: { activities: transcript } }]);
      expect(transcript.map((a) => a.text)).toEqual(['I want to talk to a real person']);
      expect(packet).toMatchObject({ ticket: { number: e.ticket.number, queue: 'support' }, reason: { kind: 'requested' }, who: { userId: 'u-alice', linked: true } });
      expect(packet.sla).toEqual({ firstResponseDue: e.handoff.firstResponseDue, resolutionDue: e.handoff.resolutionDue, hours: DESK_HOURS });
    });

    test('should lead in when the bot decided on its own', async () => {
      const e = await escalate('c-1', 'u-alice', { reason: 'not_understood', misunderstandings: 2 });
      expect(textsOf(e.replies)[0]).toBe("Sorry, I still didn't get that, so I'm bringing in a person from our team.");
      expect(e.ticket.subject).toBe('The assistant did not understand the customer twice');
    });

    test('should open nothing new when the conversation is already with people', async () => {
      const first = await escalate('c-1', 'u-alice');
      const again = await escalate('c-1', 'u-alice');
      expect(again.opened).toBe(false);
      expect(again.ticket.number).toBe(first.ticket.number);
      expect(again.handoff.id).toBe(first.handoff.id);
      expect(textsOf(again.replies)).toEqual([`You're still in the queue (ticket ${first.ticket.number}), number 1; the wait is about 6 minutes. A person will reply here.`]);
      expect(again.replies.some((r) => r.type === 'event')).toBe(false);
      await desk.claim(first.handoff.id, agents.ana);
      expect(textsOf((await escalate('c-1', 'u-alice')).replies)).toEqual(['Ana from customer service has joined the conversation.']);
      expect(await store.tickets.listForConversation('c-1')).toHaveLength(1);
    });

    test('should put only the speaker\'s own parcels on the ticket and rank a high-value customs hold urgent', async () => {
      const e = await escalate('c-1', 'u-alice', { trackingNumbers: [STORY.customsHeld, STORY.otherAccountHongKongToTokyo], lastIntent: 'customs_help' });
      expect(e.ticket).toMatchObject({ category: 'customs', priority: 'urgent', trackingNumbers: [STORY.customsHeld] });
      expect(e.handoff).toMatchObject({ queue: 'customs', priority: 'urgent', firstResponseDue: new Date(Date.parse(NOW) + 30 * MINUTE).toISOString() });
      const packet = e.handoff.context as unknown as ContextPacket;
      expect(packet.what.shipments.map((s) => s.trackingNumber)).toEqual([STORY.customsHeld]);
      expect(JSON.stringify(packet)).not.toContain('Tokyo');
    });

    test('should count places per queue and grow the wait with the place', async () => {
      await escalate('c-1', 'u-alice');
      const second = await escalate('c-2', 'u-bob');
      const customs = await escalate('c-3', 'u-li', { lastIntent: 'customs_help', language: 'zh-CN' });
      expect(textsOf(second.replies)[0]).toContain('You are number 2 in the queue; the wait is about 12 minutes.');
      expect(customs.handoff.queue).toBe('customs');
      expect(textsOf(customs.replies)[0]).toContain('您目前排在第 1 位，预计等待约 6 分钟');
      const stop = desk.board.present(agents.ana.id);
      desk.board.present(agents.bo.id);
      expect(textsOf((await escalate('c-4', 'u-carol')).replies)[0]).toContain('You are number 3 in the queue; the wait is about 9 minutes.');
      stop();
      const online = await desk.board.online();
      expect(online.has(agents.ana.id)).toBe(false);
      expect(online.has(agents.bo.id)).toBe(true);
    });

    test('should promise a callback with a ticket number outside opening hours', async () => {
      clock = new FixedClock(FRIDAY_EVENING);
      desk = new HandoffDesk({ store, clock, hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: sent.messenger });
      const e = await escalate('c-1', 'u-alice');
      expect(textsOf(e.replies)).toEqual([
        `Our customer service team is away right now. I've opened ticket ${e.ticket.number} with everything you told me; a person will call you back on the phone number on your account when we open (Mon 09:00). You don't need to repeat anything.`,
      ]);
      expect(e.handoff).toMatchObject({ state: 'queued', firstResponseDue: '2026-03-23T03:00:00.000Z' });
      // Nobody was told a place, so nobody is told they moved up overnight.
      expect((await handoffOf('c-1')).noticedPosition).toBeNull();
      expect(e.replies.at(-1)).toMatchObject({ type: 'event', name: 'handoff.initiate' });
      const noPhone = await escalate('c-2', 'u-nora');
      // A signed-in customer without a phone on file is told the e-mail address that will be used.
      const nora = (await store.users.get('u-nora'))!;
      expect(textsOf(noPhone.replies)[0]).toContain(`a person will contact you at ${nora.email}, as on your account, when we open (Mon 09:00)`);
    });

    test('should serve VIP accounts around the clock, within 30 minutes, in their language', async () => {
      clock = new FixedClock(FRIDAY_EVENING);
      desk = new HandoffDesk({ store, clock, hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: sent.messenger });
      const e = await escalate('c-1', 'u-zhang', { language: 'zh-CN' });
      expect(e.handoff).toMatchObject({ queue: 'vip', priority: 'high', firstResponseDue: '2026-03-20T12:30:00.000Z' });
      expect(e.ticket.accountNumber).toBe('4E0V1P');
      expect(textsOf(e.replies)[0]).toBe(
        `已为您转交人工客服，工单号 ${e.ticket.number}。客服人员会接手本次对话并在这里回复您，无需重复说明。您目前排在第 1 位，预计等待约 6 分钟。`,
      );
    });

    test("should open the ticket on the account the request names (a policy on a parcel of the speaker's other account), else the conversation's", async () => {
      const speaker = await speakerOf(store, 'u-carol');
      const request = async (id: string, patch: Partial<EscalationRequest>) => {
        const conversation = await conversationOf(store, id, 'u-carol', [], '8T4C2M');
        return desk.escalate({ conversation, speaker, reason: 'policy', trackingNumbers: [], parse: null, misunderstandings: 0, lastIntent: null, language: 'en', ...patch });
      };
      expect((await request('c-1', { accountNumber: '7N2F4D' })).ticket.accountNumber).toBe('7N2F4D');
      expect((await request('c-2', {})).ticket.accountNumber).toBe('8T4C2M');
    });
  });

  describe('wait estimates', () => {
    test('should share the queue among the agents at work in that queue only', async () => {
      for (const id of ['w-1', 'w-2', 'w-3']) await escalate(id, null);
      const leaveCy = desk.board.present(agents.cy.id); // customs: no help for the support queue
      const fourth = (await escalate('w-4', null)).handoff;
      // Nobody of the support queue is online: one is assumed. Four conversations of 6 minutes.
      expect(await desk.board.standing(fourth)).toEqual({ position: 4, waitMinutes: 24 });
      const leaveAna = desk.board.present(agents.ana.id);
      const leaveBo = desk.board.present(agents.bo.id);
      expect(await desk.board.standing(fourth)).toEqual({ position: 4, waitMinutes: 12 });
      leaveBo();
      expect(await desk.board.standing(fourth)).toEqual({ position: 4, waitMinutes: 24 });
      leaveAna();
      leaveCy();
    });
  });

  describe('claim', () => {
    test('should let exactly one of two agents win, and tell the other who has it', async () => {
      const { handoff, ticket } = await escalate('c-1', 'u-alice');
      const results = await Promise.allSettled([desk.claim(handoff.id, agents.ana), desk.claim(handoff.id, agents.bo)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const holder = (await handoffOf('c-1')).assignee === agents.ana.id ? agents.ana : agents.bo;
      expect(lost[0]!.reason).toBeInstanceOf(DeskError);
      expect(lost[0]!.reason).toMatchObject({ status: 409, message: `Already claimed by ${holder.displayName}.`, detail: { assignee: { id: holder.id, displayName: holder.displayName } } });
      expect(await store.tickets.get(ticket.number)).toMatchObject({ state: 'open', assignee: holder.id });
      expect(sent.textsTo('c-1')).toEqual([`${holder.displayName} from customer service has joined the conversation.`]);
      expect((await store.handoffs.events(handoff.id)).filter((e) => e.to === 'assigned')).toHaveLength(1);
      expect(await ownerOf('c-1')).toBe('agent');
    });

    test('should refuse an agent outside the queue (403), an unknown handoff (404) and a second claim by the holder (409)', async () => {
      const { handoff } = await escalate('c-1', 'u-alice');
      expect(await deskError(desk.claim(handoff.id, agents.cy))).toMatchObject({ status: 403, message: 'The support queue is not one of yours.' });
      expect(await deskError(desk.claim(9999, agents.ana))).toMatchObject({ status: 404 });
      await desk.claim(handoff.id, agents.ana);
      expect(await deskError(desk.claim(handoff.id, agents.ana))).toMatchObject({ status: 409, message: 'You already have this conversation.' });
    });

    test('should show each agent only the queues they work, and a supervisor all', async () => {
      await escalate('c-1', 'u-alice');
      await escalate('c-2', 'u-li', { lastIntent: 'customs_help' });
      expect((await desk.board.live(agents.bo)).map((h) => h.conversationId)).toEqual(['c-1']);
      expect((await desk.board.live(agents.cy)).map((h) => [h.conversationId, h.position])).toEqual([['c-2', 1]]);
      expect((await desk.board.live(agents.sue)).map((h) => h.conversationId).sort()).toEqual(['c-1', 'c-2']);
    });
  });

  describe('what agents do with a claimed conversation', () => {
    let h: HandoffRecord;
    beforeEach(async () => {
      h = (await escalate('c-1', 'u-alice')).handoff;
      await desk.claim(h.id, agents.ana);
      sent.calls.length = 0;
    });

    test('should send replies as the agent and move assigned to active once, on the first', async () => {
      clock.advance(2 * MINUTE);
      const first = await desk.reply(h.id, agents.ana, 'Hello, I am looking at it.');
      clock.advance(MINUTE);
      await desk.reply(h.id, agents.ana, 'Found it.');
      expect(first).toMatchObject({ type: 'message', text: 'Hello, I am looking at it.', from: { name: 'Ana' } });
      expect(sent.calls).toEqual([
        { conversationId: 'c-1', replies: [{ type: 'message', text: 'Hello, I am looking at it.' }], author: { agentId: agents.ana.id, name: 'Ana' } },
        { conversationId: 'c-1', replies: [{ type: 'message', text: 'Found it.' }], author: { agentId: agents.ana.id, name: 'Ana' } },
      ]);
      expect(await handoffOf('c-1')).toMatchObject({ state: 'active', firstResponseAt: new Date(Date.parse(NOW) + 2 * MINUTE).toISOString() });
      expect(await trail(h)).toEqual(['->requested bot', 'requested>queued bot', 'queued>assigned agent:a-ana', 'assigned>active agent:a-ana']);
    });

    test('should refuse a reply from anyone but the holder, even a supervisor', async () => {
      expect(await deskError(desk.reply(h.id, agents.bo, 'me too'))).toMatchObject({ status: 409, message: 'Ana has this conversation.' });
      expect(await deskError(desk.reply(h.id, agents.sue, 'me too'))).toMatchObject({ status: 409 });
      expect(await deskError(desk.reply(h.id, agents.cy, 'me too'))).toMatchObject({ status: 403 });
      expect(sent.calls).toEqual([]);
    });

    test('should let the holder release it to the queue: unassigned, ticket open, the customer told their place', async () => {
      expect(await deskError(desk.release(h.id, agents.bo))).toMatchObject({ status: 409 });
      const released = await desk.release(h.id, agents.ana);
      expect(released).toMatchObject({ state: 'queued', assignee: null });
      expect(await store.tickets.get(h.ticketNumber)).toMatchObject({ state: 'new', assignee: null });
      expect(await ownerOf('c-1')).toBe('agent');
      expect(sent.textsTo('c-1')).toEqual([expect.stringMatching(/^Your agent had to step away, so you're back in the queue as number 1 \(about \d+ minutes?\)\.$/)]);
      expect((await trail(h)).at(-1)).toBe('assigned>queued agent:a-ana');
      // Waiting again: anyone in the queue may claim it.
      expect(await desk.claim(h.id, agents.bo)).toMatchObject({ state: 'assigned', assignee: agents.bo.id });
    });

    test('should keep internal notes on the ticket and in the audit trail, never sending them', async () => {
      const note = await desk.note(h.id, agents.bo, 'Customer called twice already');
      expect(note).toMatchObject({ ticketNumber: h.ticketNumber, agentId: agents.bo.id, text: 'Customer called twice already' });
      expect(await store.ticketNotes.list(h.ticketNumber)).toEqual([note]);
      expect(sent.calls).toEqual([]);
      expect(feed).toContainEqual({ kind: 'note', handoffId: h.id, note });
      const last = (await store.handoffs.events(h.id)).at(-1)!;
      expect(last).toMatchObject({ from: 'assigned', to: 'assigned', actor: 'agent:a-bo', detail: { note: note.id } });
      expect((await handoffOf('c-1')).state).toBe('assigned');
    });

    test('should transfer only to an agent who works the queue', async () => {
      expect(await deskError(desk.transfer(h.id, agents.ana, agents.cy.id))).toMatchObject({ status: 400, message: 'Cy does not work the support queue.' });
      expect(await deskError(desk.transfer(h.id, agents.ana, 'a-nobody'))).toMatchObject({ status: 400 });
      expect(await deskError(desk.transfer(h.id, agents.ana, agents.ana.id))).toMatchObject({ status: 409 });
      const moved = await desk.transfer(h.id, agents.ana, agents.bo.id);
      expect(moved).toMatchObject({ state: 'assigned', assignee: agents.bo.id });
      expect(await store.tickets.get(h.ticketNumber)).toMatchObject({ state: 'open', assignee: agents.bo.id });
      expect(sent.textsTo('c-1')).toEqual(['Your conversation has been passed to Bo from customer service.']);
      expect((await store.handoffs.events(h.id)).at(-1)).toMatchObject({ from: 'assigned', to: 'assigned', actor: 'agent:a-ana', detail: { to: agents.bo.id } });
      // Ana no longer has it; Bo does.
      expect(await deskError(desk.reply(h.id, agents.ana, 'still me'))).toMatchObject({ status: 409, message: 'Bo has this conversation.' });
      await desk.reply(h.id, agents.bo, 'Bo here.');
    });

    test('should keep the first response time when a transferred conversation gets its next reply', async () => {
      clock.advance(MINUTE);
      await desk.reply(h.id, agents.ana, 'Hello.');
      const firstResponseAt = (await handoffOf('c-1')).firstResponseAt;
      await desk.transfer(h.id, agents.ana, agents.bo.id);
      clock.advance(10 * MINUTE);
      await desk.reply(h.id, agents.bo, 'Bo here.');
      expect(await handoffOf('c-1')).toMatchObject({ state: 'active', assignee: agents.bo.id, firstResponseAt });
    });

    test('should resolve: the bot owns the conversation again, the ticket is resolved and the customer told', async () => {
      clock.advance(5 * MINUTE);
      const resolved = await desk.resolve(h.id, agents.ana, 'Parcel found at the depot');
      expect(resolved).toMatchObject({ state: 'resolved', resolution: 'Parcel found at the depot', endedAt: new Date(Date.parse(NOW) + 5 * MINUTE).toISOString() });
      expect(await ownerOf('c-1')).toBe('bot');
      expect(await store.tickets.get(h.ticketNumber)).toMatchObject({ state: 'resolved', assignee: agents.ana.id });
      expect(sent.textsTo('c-1')).toEqual([
        `Ana has closed this conversation (ticket ${h.ticketNumber}). I'm Carrier Assist again: ask me anything else about your parcels.`,
        'How satisfied are you with the help you got today? Reply with a number from 1 (very dissatisfied) to 5 (very satisfied).',
      ]);
      // Asked once, kept with the conversation, the agent who had it and the ticket.
      expect(await store.satisfaction.pending('c-1')).toMatchObject({ handoffId: h.id, agentId: agents.ana.id, ticketNumber: h.ticketNumber, rating: null });
      // The customer's next message: nothing from the desk, and the bot has the conversation back.
      expect(await desk.customerWrote((await store.conversations.get('c-1'))!)).toEqual([]);
      await desk.botResumes('c-1');
      expect(await handoffOf('c-1')).toMatchObject({ state: 'returned' });
      expect((await trail(h)).slice(-2)).toEqual(['assigned>resolved agent:a-ana', 'resolved>returned customer']);
      await desk.botResumes('c-1');
      expect(await store.handoffs.events(h.id)).toHaveLength(5);
      // The resolved handoff is history: asking again opens a new ticket.
      const again = await escalate('c-1', 'u-alice');
      expect(again.opened).toBe(true);
      expect(again.ticket.number).not.toBe(h.ticketNumber);
    });

    test('should hand back to the bot at once, leaving the ticket pending with the agent', async () => {
      const back = await desk.handBack(h.id, agents.ana);
      expect(back).toMatchObject({ state: 'returned', resolution: 'handed back to the bot' });
      expect(await ownerOf('c-1')).toBe('bot');
      expect(await store.tickets.get(h.ticketNumber)).toMatchObject({ state: 'open', assignee: agents.ana.id });
      expect(sent.textsTo('c-1')).toEqual(['Ana has handed you back to Carrier Assist, the virtual assistant. Ask me anything else about your parcels.']);
      expect(await deskError(desk.resolve(h.id, agents.ana, 'late'))).toMatchObject({ status: 409, message: 'This conversation is returned.' });
    });

    test('should let a supervisor act on anyone\'s conversation and an agent only on their own', async () => {
      expect(await deskError(desk.resolve(h.id, agents.bo, 'not mine'))).toMatchObject({ status: 409, message: 'Ana has this conversation.' });
      expect(await deskError(desk.handBack(h.id, agents.bo))).toMatchObject({ status: 409 });
      expect(await deskError(desk.transfer(h.id, agents.bo, agents.bo.id))).toMatchObject({ status: 409 });
      expect((await handoffOf('c-1')).assignee).toBe(agents.ana.id);
      await desk.transfer(h.id, agents.sue, agents.bo.id);
      expect((await handoffOf('c-1')).assignee).toBe(agents.bo.id);
      const resolved = await desk.resolve(h.id, agents.sue, 'closed by supervisor');
      expect(resolved).toMatchObject({ state: 'resolved', assignee: agents.bo.id });
      expect(sent.textsTo('c-1').at(-2)).toContain('Sue has closed this conversation');
      // The survey names the agent who had it, not the supervisor who closed it.
      expect(await store.satisfaction.pending('c-1')).toMatchObject({ agentId: agents.bo.id });
      expect((await trail(h)).slice(-2)).toEqual(['assigned>assigned agent:a-sue', 'assigned>resolved agent:a-sue']);
    });

    test('should refuse to resolve a conversation nobody has claimed', async () => {
      const waiting = (await escalate('c-2', 'u-bob')).handoff;
      expect(await deskError(desk.resolve(waiting.id, agents.sue, 'x'))).toMatchObject({ status: 409, message: 'This conversation is queued: claim it first.' });
      expect(await deskError(desk.reply(waiting.id, agents.ana, 'x'))).toMatchObject({ status: 409, message: 'This conversation is queued: claim it first.' });
    });
  });

  describe('the customer', () => {
    test('should be reminded of their place now and then when they write while waiting', async () => {
      const { handoff } = await escalate('c-1', 'u-alice');
      const conversation = (await store.conversations.get('c-1'))!;
      clock.advance(MINUTE);
      expect(await desk.customerWrote(conversation)).toEqual([]);
      clock.advance(2 * MINUTE);
      expect(textsOf(await desk.customerWrote(conversation))).toEqual([`You're still in the queue (ticket ${handoff.ticketNumber}), number 1; the wait is about 6 minutes. A person will reply here.`]);
      expect(await desk.customerWrote(conversation)).toEqual([]);
      await desk.claim(handoff.id, agents.ana);
      clock.advance(10 * MINUTE);
      expect(await desk.customerWrote(conversation)).toEqual([]);
    });

    test('should not repeat the callback promise when they write again after hours (issue 20: it was said on every message)', async () => {
      clock = new FixedClock(FRIDAY_EVENING);
      desk = new HandoffDesk({ store, clock, hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: sent.messenger });
      await escalate('c-1', 'u-alice');
      clock.advance(3 * MINUTE);
      expect(await desk.customerWrote((await store.conversations.get('c-1'))!)).toEqual([]);
      clock.advance(3 * 60 * MINUTE);
      expect(await desk.customerWrote((await store.conversations.get('c-1'))!)).toEqual([]);
    });

    test('should abandon the handoff when they leave: the bot owns it, the ticket is closed, the queue moves up', async () => {
      const first = await escalate('c-1', 'u-alice');
      await escalate('c-2', 'u-bob');
      await desk.customerLeft('c-1');
      expect(await handoffOf('c-1')).toMatchObject({ state: 'abandoned', resolution: 'customer left' });
      expect(await ownerOf('c-1')).toBe('bot');
      expect(await store.tickets.get(first.ticket.number)).toMatchObject({ state: 'closed' });
      expect(sent.textsTo('c-1')).toEqual([]);
      expect(sent.textsTo('c-2')).toEqual(["You're next in the queue; a person will be with you shortly."]);
      await desk.customerLeft('c-1');
      expect(await store.handoffs.events(first.handoff.id)).toHaveLength(3);
    });

    test('should tell waiting customers when they move up, near the front at once and further back now and then', async () => {
      const ids = ['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-6'];
      const users = ['u-alice', 'u-bob', 'u-carol', 'u-oliver', 'u-kelvin', 'u-victor'];
      const handoffs = [];
      for (const [i, id] of ids.entries()) handoffs.push((await escalate(id, users[i]!)).handoff);
      const elsewhere = await escalate('c-customs', 'u-li', { lastIntent: 'customs_help' });
      clock.advance(MINUTE);
      await desk.claim(handoffs[0]!.id, agents.ana);
      expect(ids.map((id) => sent.textsTo(id))).toEqual([
        ['Ana from customer service has joined the conversation.'],
        ["You're next in the queue; a person will be with you shortly."],
        ["You're now number 2 in the queue (about 12 minutes)."],
        ["You're now number 3 in the queue (about 18 minutes)."],
        [], // number 4 now, told number 5 a minute ago: not yet
        [],
      ]);
      expect(sent.textsTo(elsewhere.handoff.conversationId)).toEqual([]);
      clock.advance(2 * MINUTE);
      sent.calls.length = 0;
      await desk.claim(handoffs[1]!.id, agents.bo);
      expect(ids.slice(2).map((id) => sent.textsTo(id))).toEqual([
        ["You're next in the queue; a person will be with you shortly."],
        ["You're now number 2 in the queue (about 12 minutes)."],
        ["You're now number 3 in the queue (about 18 minutes)."],
        ["You're now number 4 in the queue (about 24 minutes)."],
      ]);
      // Nobody moved: nobody is told anything.
      sent.calls.length = 0;
      await desk.note(handoffs[0]!.id, agents.ana, 'n');
      await desk.resolve(handoffs[0]!.id, agents.ana, 'done');
      expect(ids.slice(2).map((id) => sent.textsTo(id))).toEqual([[], [], [], []]);
    });
  });

  describe('the whole story', () => {
    test('should write one audit line per move and keep exactly one owner at every step', async () => {
      const { handoff: h } = await escalate('c-1', 'u-alice');
      const check = async () => expect(await ownerOf('c-1')).toBe(ownerIn((await handoffOf('c-1')).state));
      await check();
      await desk.claim(h.id, agents.ana);
      await check();
      await desk.reply(h.id, agents.ana, 'Hi');
      await check();
      await desk.transfer(h.id, agents.ana, agents.bo.id);
      await check();
      await desk.reply(h.id, agents.bo, 'Bo here');
      await check();
      await desk.resolve(h.id, agents.bo, 'answered');
      await check();
      await desk.botResumes('c-1');
      await check();
      expect(await trail(h)).toEqual([
        '->requested bot',
        'requested>queued bot',
        'queued>assigned agent:a-ana',
        'assigned>active agent:a-ana',
        'active>assigned agent:a-ana',
        'assigned>active agent:a-bo',
        'active>resolved agent:a-bo',
        'resolved>returned customer',
      ]);
      expect((await store.handoffs.events(h.id)).map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    test('should learn the wait from handled conversations', async () => {
      const { handoff: h } = await escalate('c-1', 'u-alice');
      await desk.claim(h.id, agents.ana);
      clock.advance(10 * MINUTE);
      await desk.resolve(h.id, agents.ana, 'done');
      expect(await desk.board.handleMinutes()).toBe(10);
      expect(textsOf((await escalate('c-2', 'u-bob')).replies)[0]).toContain('You are number 1 in the queue; the wait is about 10 minutes.');
    });
  });
});
