/**
 * The console's live stream over HTTP: GET /agent/api/stream read incrementally with fetch, as the
 * page reads it. Queue at connect and on changes, customer messages live, state changes and notes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openStream, settle, startConsole, type Console, type EventStream, type Session } from './consoleHarness.ts';

describe('agent console stream', () => {
  let c: Console;
  let ana: Session;
  let bob: Session;
  let stream: EventStream;

  beforeAll(async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana', displayName: 'Ana', queues: ['support'] });
    await c.addAgent({ id: 'bob', displayName: 'Bob', queues: ['support'] });
    [ana, bob] = await Promise.all([c.signIn('ana'), c.signIn('bob')]);
    stream = await openStream(c, ana);
  });
  afterAll(async () => {
    stream?.close();
    await c?.close();
  });

  const hasItem = (id: number) => (e: { event: string; data: any }) => e.event === 'queue' && e.data.items.some((i: { id: number }) => i.id === id);

  test('should answer with text/event-stream and send the queue at connect', async () => {
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    const first = await stream.next(() => true);
    expect(first).toEqual({ event: 'queue', data: { items: [] } });
  });

  test('should mark the agent online while the stream is open', async () => {
    const agents = (await c.api(bob, 'GET', '/agents')).body.agents as { id: string; online: boolean }[];
    expect(agents.find((a) => a.id === 'ana')!.online).toBe(true);
    expect(agents.find((a) => a.id === 'bob')!.online).toBe(false);
  });

  describe('one conversation', () => {
    let id: number;
    let conv: string;

    test('should send a queue event with a customer who just asked for a person', async () => {
      const from = stream.events.length;
      ({ handoffId: id, conversationId: conv } = await c.escalate('anon-live'));
      const e = await stream.next(hasItem(id), { from });
      expect(e.data.items.find((i: { id: number }) => i.id === id)).toMatchObject({ state: 'queued', position: 1, channel: 'test', language: 'en' });
    });

    test('should send a handoff event and a new queue when another agent claims it', async () => {
      const from = stream.events.length;
      expect((await c.api(bob, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
      expect((await stream.next((e) => e.event === 'handoff', { from })).data).toEqual({ id, state: 'assigned', assignee: 'bob' });
      const q = await stream.next((e) => e.event === 'queue' && e.data.items.some((i: { id: number; state: string }) => i.id === id && i.state === 'assigned'), { from });
      expect(q.data.items.find((i: { id: number }) => i.id === id)).toMatchObject({ assignee: { id: 'bob', displayName: 'Bob' }, mine: false });
    });

    test("should bring the customer's new message as an activity event within a second", async () => {
      const from = stream.events.length;
      const sent = Date.now();
      await c.say(conv, 'anon-live', 'is anybody there?');
      const e = await stream.next((x) => x.event === 'activity', { from, ms: 1000 });
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(e.data).toMatchObject({ handoffId: id, conversationId: conv, entry: { direction: 'in', author: 'customer', name: 'Customer', text: 'is anybody there?' } });
    });

    test("should bring the agent's reply and the desk's notices as activity events", async () => {
      const from = stream.events.length;
      expect((await c.api(bob, 'POST', `/handoffs/${id}/messages`, { text: 'Bob here, how can I help?' })).status).toBe(201);
      const e = await stream.next((x) => x.event === 'activity', { from });
      expect(e.data.entry).toMatchObject({ direction: 'out', author: 'agent', name: 'Bob', text: 'Bob here, how can I help?' });
      await stream.next((x) => x.event === 'handoff' && x.data.state === 'active', { from });
    });

    test('should send a note event to the agents of the queue, not an activity', async () => {
      const from = stream.events.length;
      expect((await c.api(bob, 'POST', `/handoffs/${id}/notes`, { text: 'VIP in all but name' })).status).toBe(201);
      const e = await stream.next((x) => x.event === 'note', { from });
      expect(e.data).toMatchObject({ handoffId: id, note: { agent: { id: 'bob', displayName: 'Bob' }, text: 'VIP in all but name' } });
      await settle(100);
      expect(stream.events.slice(from).filter((x) => x.event === 'activity')).toEqual([]);
    });

    test('should send the resolution and drop it from the queue', async () => {
      const from = stream.events.length;
      expect((await c.api(bob, 'POST', `/handoffs/${id}/resolve`, { reason: 'answered' })).status).toBe(200);
      await stream.next((x) => x.event === 'handoff' && x.data.id === id && x.data.state === 'resolved', { from });
      await stream.next((x) => x.event === 'queue' && !x.data.items.some((i: { id: number }) => i.id === id), { from });
    });
  });

  test("should stop streaming a conversation once its handoff ended and it went on with the bot or another queue's people", async () => {
    await c.addAgent({ id: 'cora', displayName: 'Cora', queues: ['customs'] });
    const cora = await c.signIn('cora');
    const customs = await openStream(c, cora);
    try {
      await customs.next((e) => e.event === 'queue');
      const { handoffId: id, conversationId: conv } = await c.escalate('anon-later');
      expect((await c.api(ana, 'POST', `/handoffs/${id}/claim`)).status).toBe(200);
      expect((await c.api(ana, 'POST', `/handoffs/${id}/resolve`, { reason: 'answered' })).status).toBe(200);
      await stream.next((e) => e.event === 'activity' && e.data.handoffId === id && /has closed this conversation/.test(e.data.entry.text));
      const from = stream.events.length;
      // Back with the bot, then to people again, this time in the customs queue (not Ana's).
      expect((await c.say(conv, 'anon-later', 'thanks, one more thing')).length).toBeGreaterThan(0);
      await c.say(conv, 'anon-later', 'my parcel is stuck in customs, I need help with customs duties');
      await c.say(conv, 'anon-later', 'I want to talk to a person');
      const later = (await c.store.handoffs.latestForConversation(conv))!;
      expect(later).toMatchObject({ queue: 'customs', state: 'queued' });
      await c.say(conv, 'anon-later', 'my invoice number is 4711');
      // Cora, whose queue it is now, reads it live; Ana no longer does.
      await customs.next((e) => e.event === 'activity' && e.data.handoffId === later.id && e.data.entry.text === 'my invoice number is 4711');
      await settle(100);
      expect(stream.events.slice(from).filter((e) => e.event === 'activity').map((e) => e.data.entry.text)).toEqual([]);
    } finally {
      customs.close();
    }
  });

  test('should coalesce a burst of changes into few queue events', async () => {
    const from = stream.events.length;
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await c.escalate(`anon-burst-${i}`));
    await stream.next(hasItem(made.at(-1)!.handoffId), { from });
    await settle(200);
    const queues = stream.events.slice(from).filter((e) => e.event === 'queue');
    expect(queues.length).toBeLessThanOrEqual(5);
    expect(queues.at(-1)!.data.items.filter((i: { state: string }) => i.state === 'queued').map((i: { position: number }) => i.position)).toEqual([1, 2, 3, 4, 5]);
  });

  test('should mark the agent offline once the stream closes', async () => {
    const other = await openStream(c, bob);
    await other.next((e) => e.event === 'queue');
    other.close();
    const deadline = Date.now() + 2000;
    let online = true;
    while (online && Date.now() < deadline) {
      await settle(50);
      online = ((await c.api(ana, 'GET', '/agents')).body.agents as { id: string; online: boolean }[]).find((a) => a.id === 'bob')!.online;
    }
    expect(online).toBe(false);
  });

  test('should answer 401, not a stream, without a session', async () => {
    const res = await fetch(`${c.url}/agent/api/stream`);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
