/**
 * A customer waiting in the queue for a person is always answered (found by an outside tester):
 * "I want to complain about the agent" got no reply at all, and "cancel that ticket" only repeated the
 * status. While the bot owns the conversation (queued, nobody has taken it) a complaint is recorded as a
 * complaint ticket and said so, and "cancel that ticket" withdraws the waiting request and says so; the
 * tickets are read from the store. Once an agent has the conversation, the message is theirs: the bot
 * says nothing. Each case runs in en/zh/es, right after the handoff and after earlier talk.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { App } from '../../src/app.ts';
import type { AgentRecord } from '../../src/store/handoffRecords.ts';
import { demoAssistant, DEMO_NOW } from './demoAssistant.ts';

let app: App;
let agent: AgentRecord;
let n = 0;

beforeAll(async () => {
  ({ app } = await demoAssistant());
  agent = await app.store.agents.create({ id: 'a-wait', username: 'wait', displayName: 'Wen', role: 'supervisor', queues: ['support', 'customs', 'billing', 'vip'], passwordHash: 'scrypt$x' }, DEMO_NOW);
});
afterAll(async () => {
  await app?.close();
});

/** A new conversation of `user`; `send` gives the text answered to each message. */
async function chatOf(user: string): Promise<{ id: string; send: (text: string) => Promise<string> }> {
  const chat = `${user}-chat`;
  await app.store.identities.link({ channelId: 'test', externalId: chat, userId: user, linkedAt: DEMO_NOW });
  const id = `waiting-complaint-${++n}`;
  let i = 0;
  return {
    id,
    async send(text) {
      const out = await app.pipeline.process({ type: 'message', id: `${id}-${i++}`, channelId: 'test', from: { id: chat }, conversation: { id }, text }, async () => {});
      return out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n');
    },
  };
}

const PERSON = { en: 'I want to talk to a person', zh: '我要找人工客服', es: 'quiero hablar con una persona' } as const;
const NEWS = { en: 'any news?', zh: '有进展吗', es: '¿hay novedades?' } as const;
const COMPLAINTS = [
  ['en', 'u-bob', 'i want to complain about the agent'],
  ['en', 'u-carol', "the agent i spoke to yesterday was really rude, i want to make a complaint about her"],
  ['zh', 'u-li', '我要投诉刚才那个客服'],
  ['es', 'u-lucia', 'quiero poner una queja sobre el agente'],
] as const;
const CANCELS = [
  ['en', 'u-bob', 'actually cancel that ticket, i found out what happened'],
  ['en', 'u-bob', 'cancel my ticket please'],
  ['zh', 'u-li', '帮我把这个工单取消'],
  ['es', 'u-lucia', 'cancela ese ticket'],
] as const;
const WHEN = ['right after the handoff', 'after asking for news'] as const;

test.each(COMPLAINTS.flatMap((c) => WHEN.map((w) => [...c, w] as const)))(
  '(%s) %s: "%s" while waiting is answered and recorded as a complaint ticket (%s)',
  async (lang, user, complaint, when) => {
    const chat = await chatOf(user);
    await chat.send(PERSON[lang]);
    if (when !== WHEN[0]) await chat.send(NEWS[lang]);
    const [waiting] = await app.store.tickets.listForConversation(chat.id);
    const said = await chat.send(complaint);
    const tickets = await app.store.tickets.listForConversation(chat.id);
    const complaints = tickets.filter((t) => t.category === 'complaint');
    expect(complaints).toHaveLength(1);
    const recorded = complaints[0]!;
    // The reply names the complaint ticket and the request still waiting; both keep what the customer said.
    expect(said).toContain(recorded.number);
    expect(said).toContain(waiting!.number);
    for (const t of [recorded, tickets.find((t) => t.number === waiting!.number)!]) {
      expect((t.details.customerMessages as { text: string }[]).map((m) => m.text)).toContain(complaint);
    }
    // The request for a person is still waiting: nothing was handed over a second time.
    expect((await app.store.handoffs.latestForConversation(chat.id))?.state).toBe('queued');
    expect(tickets.filter((t) => t.category !== 'complaint')).toHaveLength(1);
  },
);

test.each(CANCELS.flatMap((c) => WHEN.map((w) => [...c, w] as const)))(
  '(%s) %s: "%s" while waiting withdraws the request and says so (%s)',
  async (lang, user, cancel, when) => {
    const chat = await chatOf(user);
    await chat.send(PERSON[lang]);
    if (when !== WHEN[0]) await chat.send(NEWS[lang]);
    const [waiting] = await app.store.tickets.listForConversation(chat.id);
    const said = await chat.send(cancel);
    expect(said).toContain(waiting!.number);
    expect(said).toMatch({ en: /withdrawn your request for a person/u, zh: /已为您取消人工客服请求/u, es: /he retirado tu solicitud/u }[lang]);
    expect((await app.store.handoffs.latestForConversation(chat.id))?.state).toBe('abandoned');
    expect((await app.store.tickets.get(waiting!.number))?.state).toBe('closed');
    // The bot has the conversation again: the next question is its to answer.
    expect((await app.store.conversations.get(chat.id))?.owner).toBe('bot');
  },
);

test.each([
  ['en', 'u-bob', 'i want to complain about the agent'],
  ['en', 'u-bob', 'cancel that ticket'],
  ['zh', 'u-li', '我要投诉刚才那个客服'],
  ['es', 'u-lucia', 'cancela ese ticket'],
] as const)('(%s) once an agent has the conversation, "%s" is theirs: the bot says nothing and changes nothing', async (lang, user, text) => {
  const chat = await chatOf(user);
  await chat.send(PERSON[lang]);
  const handoff = (await app.store.handoffs.latestForConversation(chat.id))!;
  await app.desk.claim(handoff.id, agent);
  const ticketsBefore = await app.store.tickets.listForConversation(chat.id);
  const said = await chat.send(text);
  expect(said).toBe('');
  expect(await app.store.tickets.listForConversation(chat.id)).toHaveLength(ticketsBefore.length);
  expect((await app.store.handoffs.latestForConversation(chat.id))?.state).toBe('assigned');
});
