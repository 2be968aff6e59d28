/**
 * The console API's story over HTTP: a customer asks for a person, agents see the queue, one claims,
 * replies (the customer's log has it), writes notes (the customer's log never has them), transfers,
 * resolves or hands back, and the bot answers again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { NOW, startConsole, type Console, type Session } from './consoleHarness.ts';

describe('agent console API', () => {
  let c: Console;
  let ana: Session;
  let bob: Session;
  let sue: Session;
  let cus: Session;

  beforeAll(async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    await c.addAgent({ id: 'bob', displayName: 'Bob', queues: ['support'] });
    await c.addAgent({ id: 'cus', displayName: 'Cus', queues: ['customs'] });
    await c.addAgent({ id: 'sue', displayName: 'Sue', role: 'supervisor', queues: [] });
    [ana, bob, sue, cus] = await Promise.all([c.signIn('ana'), c.signIn('bob'), c.signIn('sue'), c.signIn('cus')]);
  });
  afterAll(async () => {
    await c?.close();
  });

  /** The customer's side of the conversation as stored (what their channel was sent). */
  const log = async (conversationId: string) => c.store.activities.list(conversationId);
  const outTexts = async (conversationId: string) => (await log(conversationId)).filter((s) => s.direction === 'out' && s.activity.type === 'message').map((s) => s.activity.text ?? '');
  const queueIds = async (s: Session) => ((await c.api(s, 'GET', '/queue')).body.items as { id: number }[]).map((i) => i.id);

  describe('the whole story of one handoff', () => {
    let id: number;
    let conv: string;
    const customer = 'anon-story';

    test('should show the waiting handoff first in the queue, with an SLA countdown', async () => {
      ({ handoffId: id, conversationId: conv } = await c.escalate(customer));
      const { status, body } = await c.api(ana, 'GET', '/queue');
      expect(status).toBe(200);
      expect(body.items).toHaveLength(1);
      const h = (await c.store.handoffs.get(id))!;
      expect(body.items[0]).toEqual({
        id,
        ticketNumber: h.ticketNumber,
        state: 'queued',
        queue: 'support',
        category: 'general',
        priority: 'normal',
        subject: expect.any(String),
        channel: 'test',
        language: 'en',
        customer: { name: null, accountNumber: null, tier: null },
        position: 1,
        requestedAt: '2026-03-20T09:00:00.000Z',
        waitingSeconds: 0,
        // A general ticket: the first answer is due within two business hours.
        firstResponseDue: '2026-03-20T11:00:00.000Z',
        resolutionDue: expect.any(String),
        slaSecondsLeft: 7200,
        breached: false,
        assignee: null,
        mine: false,
      });
    });

    test('should count the wait up and the SLA down as time passes', async () => {
      c.clock.advance(90_000);
      const [item] = (await c.api(ana, 'GET', '/queue')).body.items;
      expect(item).toMatchObject({ waitingSeconds: 90, slaSecondsLeft: 7110, position: 1 });
    });

    test('should let one agent claim it and tell a second one who has it', async () => {
      const claimed = await c.api(ana, 'POST', `/handoffs/${id}/claim`);
      expect(claimed.status).toBe(200);
      expect(claimed.body.item).toMatchObject({ id, state: 'assigned', assignee: { id: 'ana', displayName: 'Ana' }, mine: true, position: 0 });
      const second = await c.api(bob, 'POST', `/handoffs/${id}/claim`);
      expect(second.status).toBe(409);
      expect(second.body).toEqual({ requestId: expect.any(String), error: 'Already claimed by Ana.', assignee: { id: 'ana', displayName: 'Ana' } });
      const again = await c.api(ana, 'POST', `/handoffs/${id}/claim`);
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('You already have this conversation.');
      expect(await outTexts(conv)).toContain('Ana from customer service has joined the conversation.');
      expect((await c.store.handoffs.get(id))!.assignee).toBe('ana');
    });

    test('should keep the bot silent while an agent has the conversation', async () => {
      expect(await c.say(conv, customer, 'where is my parcel?')).toEqual([]);
    });

    test('should send the agent\'s message to the customer as the agent (201)', async () => {
      const res = await c.api(ana, 'POST', `/handoffs/${id}/messages`, { text: '  Hello, I am looking into it.  ' });
      expect(res.status).toBe(201);
      expect(res.body.entry).toMatchObject({ direction: 'out', author: 'agent', name: 'Ana', text: 'Hello, I am looking into it.', attachments: [], card: null });
      const sent = (await log(conv)).filter((s) => s.direction === 'out' && s.activity.text === 'Hello, I am looking into it.');
      expect(sent).toHaveLength(1);
      expect(sent[0]!.activity.from?.name).toBe('Ana');
      expect(sent[0]!.seq).toBe(res.body.entry.seq);
      const h = (await c.store.handoffs.get(id))!;
      expect(h.state).toBe('active');
      expect(h.firstResponseAt).toBe(c.clock.now().toISOString());
      const [item] = (await c.api(ana, 'GET', '/queue')).body.items;
      // Answered: the countdown is now to the resolution.
      expect(item.slaSecondsLeft).toBe(Math.round((Date.parse(h.resolutionDue) - c.clock.now().getTime()) / 1000));
    });

    test('should refuse a message from an agent who does not hold it (409)', async () => {
      const res = await c.api(bob, 'POST', `/handoffs/${id}/messages`, { text: 'me too' });
      expect(res.status).toBe(409);
      expect(res.body.error).toBe('Ana has this conversation.');
      expect(await outTexts(conv)).not.toContain('me too');
    });

    test('should keep a note internal: 201, and never in the customer\'s conversation', async () => {
      const res = await c.api(bob, 'POST', `/handoffs/${id}/notes`, { text: 'Customer sounded upset; check depot 7.' });
      expect(res.status).toBe(201);
      expect(res.body.note).toMatchObject({ id: expect.any(Number), at: c.clock.now().toISOString(), agent: { id: 'bob', displayName: 'Bob' }, text: 'Customer sounded upset; check depot 7.' });
      expect(JSON.stringify(await log(conv))).not.toContain('depot 7');
    });

    test('should show the history, notes, audit, context and canned replies', async () => {
      const { status, body } = await c.api(ana, 'GET', `/handoffs/${id}`);
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(['audit', 'canned', 'context', 'history', 'item', 'notes', 'shipments']);
      expect(body.item).toMatchObject({ id, state: 'active', mine: true });
      const authors = new Set(body.history.map((e: { author: string }) => e.author));
      expect([...authors].sort()).toEqual(['agent', 'bot', 'customer', 'system']);
      expect(body.history[0]).toMatchObject({ direction: 'in', author: 'customer', name: 'Customer', text: 'I want to talk to a person' });
      expect(body.history.find((e: { author: string }) => e.author === 'agent')).toMatchObject({ name: 'Ana', text: 'Hello, I am looking into it.' });
      expect(body.history.find((e: { author: string }) => e.author === 'system')).toMatchObject({ name: 'Notice', text: 'Ana from customer service has joined the conversation.' });
      expect(body.history.find((e: { author: string }) => e.author === 'bot').text).toMatch(/ticket number is CA-\d{6}/);
      // Events (handoff.initiate) are not shown; the seqs are in order.
      const seqs = body.history.map((e: { seq: number }) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(body.notes).toEqual([expect.objectContaining({ agent: { id: 'bob', displayName: 'Bob' }, text: 'Customer sounded upset; check depot 7.' })]);
      expect(body.audit.map((a: { from: string | null; to: string; actor: string }) => [a.from, a.to, a.actor])).toEqual([
        [null, 'requested', 'bot'],
        ['requested', 'queued', 'bot'],
        ['queued', 'assigned', 'agent:ana'],
        ['assigned', 'active', 'agent:ana'],
        ['active', 'active', 'agent:bob'],
      ]);
      expect(body.canned.map((x: { id: string }) => x.id)).toContain('greet');
      expect(body.canned[0].text).toMatch(/^Hello, thanks for waiting/);
      expect(body.context).toMatchObject({ language: 'en', reason: expect.anything(), transcript: expect.any(Array) });
    });

    test('should transfer to another agent of the queue, who then holds it', async () => {
      const res = await c.api(ana, 'POST', `/handoffs/${id}/transfer`, { agentId: 'bob' });
      expect(res.status).toBe(200);
      expect(res.body.item).toMatchObject({ state: 'assigned', assignee: { id: 'bob', displayName: 'Bob' }, mine: false });
      expect(await outTexts(conv)).toContain('Your conversation has been passed to Bob from customer service.');
      expect((await c.api(ana, 'POST', `/handoffs/${id}/messages`, { text: 'still me' })).status).toBe(409);
      expect((await c.api(bob, 'POST', `/handoffs/${id}/messages`, { text: 'Bob here.' })).status).toBe(201);
      expect((await c.api(ana, 'POST', `/handoffs/${id}/transfer`, { agentId: 'ana' })).status).toBe(409);
    });

    test.each([
      [{}, 400, /agentId/],
      [{ agentId: 'nobody' }, 400, /No agent "nobody"/],
      [{ agentId: 'cus' }, 400, /Cus does not work the support queue/],
      [{ agentId: 'bob' }, 409, /Bob already has this conversation/],
    ])('should refuse the transfer %j with %i and a reason', async (body, status, reason) => {
      const res = await c.api(bob, 'POST', `/handoffs/${id}/transfer`, body);
      expect(res.status).toBe(status);
      expect(res.body.error).toMatch(reason);
      expect((await c.store.handoffs.get(id))!.assignee).toBe('bob');
    });

    test('should list agents with their load as transfer targets', async () => {
      const { body } = await c.api(ana, 'GET', '/agents');
      const bobRow = body.agents.find((a: { id: string }) => a.id === 'bob');
      expect(bobRow).toEqual({ id: 'bob', username: 'bob', displayName: 'Bob', role: 'agent', queues: ['support'], online: false, load: 1, availability: { status: 'away', idle: false, capacity: 3, open: 1 } });
      expect(body.agents.find((a: { id: string }) => a.id === 'ana').load).toBe(0);
      expect(JSON.stringify(body)).not.toMatch(/scrypt/);
    });

    test('should resolve with a reason, and the bot answers the next message', async () => {
      const noReason = await c.api(bob, 'POST', `/handoffs/${id}/resolve`, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.error).toMatch(/^reason: /);
      expect((await c.api(ana, 'POST', `/handoffs/${id}/resolve`, { reason: 'not mine' })).status).toBe(409);
      const res = await c.api(bob, 'POST', `/handoffs/${id}/resolve`, { reason: 'Parcel located at depot 7' });
      expect(res.status).toBe(200);
      expect(res.body.item).toMatchObject({ state: 'resolved', breached: false });
      const h = (await c.store.handoffs.get(id))!;
      expect(h).toMatchObject({ state: 'resolved', resolution: 'Parcel located at depot 7' });
      expect((await c.store.tickets.get(h.ticketNumber))!.state).toBe('resolved');
      expect(await queueIds(ana)).not.toContain(id);
      const answer = await c.say(conv, customer, 'hello');
      expect(answer.length).toBeGreaterThan(0);
      expect(answer.every((a) => !(a.channelData as { handoff?: unknown } | undefined)?.handoff)).toBe(true);
      expect((await c.store.handoffs.get(id))!.state).toBe('returned');
      expect((await c.api(bob, 'POST', `/handoffs/${id}/messages`, { text: 'too late' })).status).toBe(409);
      // The handoff's view ends with its closing notice: what the customer says to the bot afterwards is not its.
      const view = await c.api(bob, 'GET', `/handoffs/${id}`);
      const history = view.body.history as { author: string; text: string }[];
      expect(history.at(-1)).toMatchObject({ author: 'system', text: expect.stringMatching(/^Bob has closed this conversation/) });
      expect(history.map((e) => e.text)).not.toContain('hello');
    });
  });

  test("should show the customer's parcels beside the conversation: the one it is about first, then the account's", async () => {
    const conv = 'conv-parcels-u-alice';
    await c.say(conv, 'u-alice', `where is ${STORY.torontoYesterday}?`);
    await c.say(conv, 'u-alice', 'I want to talk to a person');
    const id = (await c.store.handoffs.latestForConversation(conv))!.id;
    const { body } = await c.api(ana, 'GET', `/handoffs/${id}`);
    const parcels = body.shipments as { trackingNumber: string; status: string; origin: string; destination: string }[];
    expect(parcels[0]).toMatchObject({ trackingNumber: STORY.torontoYesterday, origin: 'Shanghai, CN', destination: 'Toronto, CA' });
    expect(parcels.length).toBeGreaterThan(1);
    expect(new Set(parcels.map((p) => p.trackingNumber)).size).toBe(parcels.length);
    // Only the account the handoff is about: every parcel is one of Alice's account's.
    for (const p of parcels) expect((await c.store.shipments.byTrackingNumber(p.trackingNumber))!.accountNumber).toBe(DEMO_ACCOUNTS.mingyuan);
    // A customer who is not linked has no account parcels to show.
    const anonymous = await c.escalate('anon-parcels');
    expect((await c.api(ana, 'GET', `/handoffs/${anonymous.handoffId}`)).body.shipments).toEqual([]);
    // Both customers leave, so the queue the next tests read is as it was.
    await c.app.desk.customerLeft(conv);
    await c.app.desk.customerLeft(anonymous.conversationId);
  });

  test('should put a conversation back in the queue for anyone to claim, the customer told their place', async () => {
    const { handoffId: id, conversationId: conv } = await c.escalate('anon-release');
    expect((await c.api(ana, 'POST', `/handoffs/${id}/release`)).status).toBe(409);
    expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
    expect((await c.api(bob, 'POST', `/handoffs/${id}/release`)).status).toBe(409);
    const res = await c.api(ana, 'POST', `/handoffs/${id}/release`);
    expect(res.status).toBe(200);
    expect(res.body.item).toMatchObject({ state: 'queued', assignee: null, position: expect.any(Number) });
    expect((await outTexts(conv)).at(-1)).toMatch(/^Your agent had to step away, so you're back in the queue as number \d+/);
    expect((await c.api(bob, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
  });

  test('should hand a conversation back to the bot at once', async () => {
    const { handoffId: id, conversationId: conv } = await c.escalate('anon-handback');
    expect((await c.api(ana, 'POST', `/handoffs/${id}/handback`)).status).toBe(409);
    expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
    expect((await c.api(bob, 'POST', `/handoffs/${id}/handback`)).status).toBe(409);
    const res = await c.api(ana, 'POST', `/handoffs/${id}/handback`);
    expect(res.status).toBe(200);
    expect(res.body.item.state).toBe('returned');
    expect(await outTexts(conv)).toContain('Ana has handed you back to Carrier Assist, the virtual assistant. Ask me anything else about your parcels.');
    expect((await c.say(conv, 'anon-handback', 'hello')).length).toBeGreaterThan(0);
    expect((await c.store.handoffs.get(id))!.state).toBe('returned');
  });

  test('should let a supervisor resolve a conversation another agent holds', async () => {
    const { handoffId: id } = await c.escalate('anon-supervised');
    expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
    expect((await c.api(bob, 'POST', `/handoffs/${id}/resolve`, { reason: 'x' })).status).toBe(409);
    const res = await c.api(sue, 'POST', `/handoffs/${id}/resolve`, { reason: 'Duplicate of another ticket' });
    expect(res.status).toBe(200);
    expect((await c.store.handoffs.events(id)).at(-1)).toMatchObject({ from: 'assigned', to: 'resolved', actor: 'agent:sue' });
  });

  test('should number waiting handoffs in serving order', async () => {
    const first = await c.escalate('anon-first');
    const second = await c.escalate('anon-second');
    const items = (await c.api(ana, 'GET', '/queue')).body.items as { id: number; position: number; state: string }[];
    expect(items.filter((i) => i.state === 'queued').map((i) => [i.id, i.position])).toEqual([
      [first.handoffId, 1],
      [second.handoffId, 2],
    ]);
    expect((await c.api(ana, 'GET', `/handoffs/${second.handoffId}`)).body.item.position).toBe(2);
    for (const h of [first, second]) {
      expect((await c.api(bob, 'POST', `/handoffs/${h.handoffId}/claim`)).status).toBe(200);
      expect((await c.api(bob, 'POST', `/handoffs/${h.handoffId}/handback`)).status).toBe(200);
    }
  });

  test('should give a Chinese customer\'s agent Chinese canned replies and notices', async () => {
    const { handoffId: id, conversationId: conv } = await c.escalate('u-li', '我要找人工客服');
    const view = (await c.api(ana, 'GET', `/handoffs/${id}`)).body;
    expect(view.item.language).toBe('zh');
    expect(view.canned.find((x: { id: string }) => x.id === 'greet').text).toMatch(/^您好，感谢您的耐心等待/);
    expect(view.canned.every((x: { text: string }) => /[\u4e00-\u9fff]/.test(x.text))).toBe(true);
    expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
    expect(await outTexts(conv)).toContain('客服 Ana 已加入对话。');
    expect((await c.api(ana, 'POST', `/handoffs/${id}/handback`)).status).toBe(200);
  });

  test('should show a clicked choice by its label in the history, not the value it sent', async () => {
    const conv = 'conv-choice-u-alice';
    const [list] = await c.say(conv, 'u-alice', 'where are my parcels to London?');
    const [first, second] = list!.suggestedActions!.actions;
    // The click sends the choice's value (a tracking number) as text; a client's own displayText does not count.
    await c.app.pipeline.process(
      { type: 'message', id: 'choice-click', channelId: 'test', from: { id: 'u-alice' }, conversation: { id: conv }, text: first!.value, channelData: { messageBack: { displayText: 'something else' } } },
      async () => {},
    );
    await c.say(conv, 'u-alice', second!.value.slice(0, 6));
    await c.say(conv, 'u-alice', 'I want to talk to a person');
    const handoff = (await c.store.handoffs.latestForConversation(conv))!;
    const history = (await c.api(ana, 'GET', `/handoffs/${handoff.id}`)).body.history as { author: string; text: string; picked: string | null }[];
    const customer = history.filter((e) => e.author === 'customer');
    expect(customer.map((e) => [e.text, e.picked])).toEqual([
      ['where are my parcels to London?', null],
      [first!.title, first!.value],
      // Typed, not a choice's value: shown as written.
      [second!.value.slice(0, 6), null],
      ['I want to talk to a person', null],
    ]);
    expect((await c.api(ana, 'POST', `/handoffs/${handoff.id}/claim`)).status).toBe(200);
    expect((await c.api(ana, 'POST', `/handoffs/${handoff.id}/handback`)).status).toBe(200);
  });

  describe('bad requests', () => {
    let id: number;
    beforeAll(async () => {
      ({ handoffId: id } = await c.escalate('anon-bad'));
      expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
    });

    test.each([
      ['/messages', 'no text', {}, /^text: /],
      ['/messages', 'blank text', { text: '   ' }, /^text: text is empty$/],
      ['/messages', 'a number', { text: 42 }, /^text: /],
      ['/messages', '4001 characters', { text: 'x'.repeat(4001) }, /^text: /],
      ['/notes', 'no text', {}, /^text: /],
      ['/notes', 'empty text', { text: '' }, /^text: text is empty$/],
      ['/resolve', 'a blank reason', { reason: ' ' }, /^reason: a reason is needed$/],
      ['/transfer', 'a numeric agentId', { agentId: 7 }, /^agentId: /],
    ])('should answer POST %s with %s with 400 and a reason', async (suffix, _what, body, reason) => {
      const res = await c.api(ana, 'POST', `/handoffs/${id}${suffix}`, body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(reason);
    });

    test('should answer malformed JSON with 400', async () => {
      const res = await c.api(ana, 'POST', `/handoffs/${id}/messages`, '{"text": ');
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(/^Malformed JSON body/);
    });

    test('should answer a body over 32 kB with 413', async () => {
      const res = await c.api(ana, 'POST', `/handoffs/${id}/notes`, { text: 'x'.repeat(40_000) });
      expect(res.status).toBe(413);
    });

    test('should have sent nothing and noted nothing for the bad requests', async () => {
      const h = (await c.store.handoffs.get(id))!;
      expect(h.state).toBe('assigned');
      expect(await c.store.ticketNotes.list(h.ticketNumber)).toEqual([]);
    });

    test.each([
      ['GET', ''],
      ['POST', '/claim'],
      ['POST', '/messages', { text: 'hi' }],
      ['POST', '/notes', { text: 'hi' }],
      ['POST', '/transfer', { agentId: 'bob' }],
      ['POST', '/resolve', { reason: 'done' }],
      ['POST', '/handback'],
    ] as [string, string, unknown?][])('should answer %s on an unknown handoff%s with 404', async (method, suffix, body) => {
      for (const unknown of ['424242', '0', '-1', '1.5', 'x']) {
        const res = await c.api(ana, method, `/handoffs/${unknown}${suffix}`, body);
        expect(res.status, unknown).toBe(404);
        expect(res.body.error).toMatch(/^No handoff/);
      }
    });
  });

  test('should give a supervisor queue depth, waits, breaches and load', async () => {
    await c.api(cus, 'GET', '/session');
    const waiting = await c.escalate('anon-waiting');
    c.clock.advance(3 * 60 * 60_000);
    try {
      const { status, body } = await c.api(sue, 'GET', '/supervisor');
      expect(status).toBe(200);
      const support = body.queues.find((q: { queue: string }) => q.queue === 'support');
      expect(support).toEqual({ queue: 'support', waiting: 1, longestWaitSeconds: 3 * 60 * 60, breached: expect.any(Number) });
      expect(support.breached).toBeGreaterThanOrEqual(1);
      expect(body.breaches.map((b: { id: number }) => b.id)).toContain(waiting.handoffId);
      expect(body.breaches.every((b: { breached: boolean; slaSecondsLeft: number }) => b.breached && b.slaSecondsLeft < 0)).toBe(true);
      expect(body.agents.find((a: { id: string }) => a.id === 'ana')).toMatchObject({ assigned: 1, active: 0 });
      expect(body.handledToday).toBeGreaterThanOrEqual(3);
      expect(body.averageHandleMinutes).toEqual(expect.any(Number));
    } finally {
      c.clock.advance(-3 * 60 * 60_000);
    }
  });

  test('should show a supervisor the messages the outbox gave up on, with the platform\'s reason', async () => {
    const ref = { channelId: 'whatsapp', conversationId: 'whatsapp:1:447700900999', user: { id: '447700900999', role: 'user' as const }, bot: { id: 'bot', role: 'bot' as const } };
    const activity = { type: 'message' as const, id: 'undeliverable-1', text: 'Your parcel is on its way.', channelId: 'whatsapp', from: ref.bot, conversation: { id: ref.conversationId } };
    await c.store.deliveries.enqueue([{ channelId: 'whatsapp', conversationId: ref.conversationId, activityId: 'undeliverable-1', inboxId: null, ref, activity, notBefore: NOW }], NOW);
    const [leased] = await c.store.deliveries.lease({ owner: 'test', now: NOW, until: NOW.replace('09:00', '09:01'), limit: 1 });
    await c.store.deliveries.markFailed(leased!.id, 'test', '131026: Message undeliverable', null, NOW);
    c.clock.advance(3 * 60 * 60_000);
    try {
      const { body } = await c.api(sue, 'GET', '/supervisor');
      expect(body.undeliverable).toContainEqual({ conversationId: ref.conversationId, channel: 'whatsapp', text: 'Your parcel is on its way.', reason: '131026: Message undeliverable', attempts: 1, at: NOW });
      expect((await c.api(ana, 'GET', '/supervisor')).status).toBe(403);
    } finally {
      c.clock.advance(-3 * 60 * 60_000);
    }
  });

  test('should show a supervisor the proactive alerts: held for the morning, sent, or failed with the reason', async () => {
    const conversationId = 'whatsapp:1:447700900998';
    await c.store.conversations.ensure({ id: conversationId, channelId: 'whatsapp', externalUserId: '447700900998', locale: 'en', timeZone: 'UTC' }, NOW);
    const alert = { conversationId, trackingNumber: '1Z5W8A3K0800001010', detail: {} };
    await c.store.parcelAlerts.add({ ...alert, eventKey: 'scan-1', exception: null, dueAt: NOW.replace('09:00', '23:00') }, NOW);
    const failed = await c.store.parcelAlerts.add({ ...alert, eventKey: 'scan-2', exception: 'customs_hold', dueAt: NOW }, NOW);
    await c.store.parcelAlerts.take(failed!.id, NOW);
    await c.store.parcelAlerts.fail(failed!.id, 'no conversation');
    const { body } = await c.api(sue, 'GET', '/supervisor');
    expect(body.alerts).toEqual([
      { conversationId, trackingNumber: alert.trackingNumber, exception: 'customs_hold', state: 'failed', dueAt: NOW, sentAt: NOW, error: 'no conversation' },
      { conversationId, trackingNumber: alert.trackingNumber, exception: null, state: 'due', dueAt: NOW.replace('09:00', '23:00'), sentAt: null, error: null },
    ]);
  });
});
