/**
 * A web chat customer in the human handoff over Direct Line: while waiting they are told their place
 * now and then (not after every message), and a customer who closes the chat (endOfConversation)
 * abandons the handoff, which gives the conversation back to the bot.
 */
import { describe, expect, test } from 'vitest';
import { userMessage } from '../../support/directLine.ts';
import { useWebChatServer } from '../../support/webChatServer.ts';

describe('a web chat customer waiting for a person', () => {
  const t = useWebChatServer({ demoData: true, env: { BUSINESS_HOURS: '24/7' } });

  test('should be answered with their place while waiting, and abandon the handoff by leaving', async () => {
    const { conversationId, token, userId } = await t.dl.start();
    const said = async (text: string): Promise<string[]> => {
      const before = (await t.dl.activities(conversationId, token)).body.watermark;
      expect((await t.dl.post(conversationId, token, userMessage(userId, text))).status).toBe(200);
      const after = await t.dl.activities(conversationId, token, before);
      return after.body.activities.filter((a) => a.from.id !== userId && a.type === 'message').map((a) => a.text ?? '');
    };

    expect(await said('I need to speak to a human')).toEqual([expect.stringMatching(/You are number 1 in the queue/)]);
    // While waiting, a message the bot cannot otherwise answer gets the place, the wait and what happens next, never
    // silence (round 8 P10/P14): the person who takes the ticket sees these messages.
    expect(await said('hello?')).toEqual([expect.stringMatching(/number 1 in the queue .*\(ticket CA-\d{6}\).*sees everything we've talked about/)]);
    t.server.clock.advance(3 * 60_000);
    expect(await said('still there?')).toEqual([expect.stringMatching(/number 1 in the queue .*\(ticket CA-\d{6}\)/)]);

    const handoff = (await t.server.app.store.handoffs.latestForConversation(conversationId))!;
    expect(handoff.state).toBe('queued');
    expect((await t.dl.post(conversationId, token, { type: 'endOfConversation', from: { id: userId, role: 'user' } })).status).toBe(200);
    expect(await t.server.app.store.handoffs.get(handoff.id)).toMatchObject({ state: 'abandoned', resolution: 'customer left' });
    expect((await t.server.app.store.tickets.get(handoff.ticketNumber))!.state).toBe('closed');
    expect((await t.server.app.store.conversations.get(conversationId))!.owner).toBe('bot');
    // The bot answers again.
    expect(await said('hi')).toEqual(['Hello! How can I help with your parcels today?']);
  });

  test('should never show the customer the agents\' context packet (no handoff.initiate, no internal fields)', async () => {
    const { conversationId, token, userId } = await t.dl.start();
    expect((await t.dl.post(conversationId, token, userMessage(userId, 'this is useless, get me a human now'))).status).toBe(200);
    const handoff = await t.server.app.store.handoffs.latestForConversation(conversationId);
    expect(handoff).not.toBeNull();
    const seen = (await t.dl.activities(conversationId, token)).body.activities;
    expect(seen.some((a) => a.type === 'message' && a.from.id !== userId)).toBe(true);
    expect(seen.filter((a) => a.type === 'event' && a.from.id !== userId)).toEqual([]);
    const wire = JSON.stringify(seen);
    for (const internal of ['handoff.initiate', '"sentiment"', '"priority"', '"queue"', '"sla"', '"roles"']) expect(wire).not.toContain(internal);
  });
});

describe('an agent writing to a web chat customer', () => {
  const t = useWebChatServer({ demoData: true, env: { BUSINESS_HOURS: '24/7' } });

  test('should reach the client from the agent, by name, not from the bot', async () => {
    const { app } = t.server;
    const agent = await app.store.agents.create(
      { id: 'ag-nora', username: 'nora', displayName: 'Nora Quinn', role: 'agent', queues: ['support', 'customs', 'billing', 'vip'], passwordHash: 'test:no-sign-in' },
      app.clock.now().toISOString(),
    );
    const { conversationId, token, userId } = await t.dl.start();
    expect((await t.dl.post(conversationId, token, userMessage(userId, 'I need to speak to a human'))).status).toBe(200);
    const handoff = (await app.store.handoffs.latestForConversation(conversationId))!;
    await app.desk.claim(handoff.id, agent);
    await app.desk.reply(handoff.id, agent, 'Nora here, let me look.');

    const seen = (await t.dl.activities(conversationId, token)).body.activities.filter((a) => a.type === 'message' && a.from.id !== userId);
    const reply = seen.find((a) => a.text === 'Nora here, let me look.');
    expect(reply?.from).toEqual({ id: 'agent:ag-nora', name: 'Nora Quinn', role: 'bot' });
    // The desk's notice that Nora joined is the assistant's, as is every bot answer.
    const joined = seen.find((a) => a.text?.includes('Nora Quinn'));
    expect(joined?.from.id).toBe('carrier-assist');
  });
});
