import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Activity, ConversationRef, Reply } from '../../src/activity.ts';
import { FixedClock } from '../../src/clock.ts';
import type { Bot, TurnInput } from '../../src/dialog/types.ts';
import { messageLanguage } from '../../src/nlu/messageLanguage.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { StoredActivity } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { ConversationFeed } from '../../src/turn/feed.ts';
import { HandoffDesk } from '../../src/escalation/handoffDesk.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';
import { createCustomerMessenger } from '../../src/turn/customerMessenger.ts';
import { createTurnPipeline } from '../../src/turn/pipeline.ts';
import type { TurnPipeline } from '../../src/turn/types.ts';

const NOW = '2026-03-20T09:00:00.000Z';

/** A bot that echoes, or does what the test tells it to; records what it was given. */
class ScriptedBot implements Bot {
  turns: TurnInput[] = [];
  behaviour: (turn: TurnInput) => Promise<Reply[]> = async (turn) => [
    { type: 'message', text: `echo: ${turn.activity.text ?? ''}` },
  ];
  respond(turn: TurnInput): Promise<Reply[]> {
    this.turns.push(turn);
    return this.behaviour(turn);
  }
}

const message = (text: string, id?: string, conversationId = 'conv-1'): Activity => ({
  type: 'message',
  ...(id ? { id } : {}),
  channelId: 'test',
  from: { id: 'customer-1', role: 'user' },
  conversation: { id: conversationId },
  text,
  locale: 'en-US',
});

describe('turn pipeline', () => {
  let store: Store;
  let bot: ScriptedBot;
  let feed: ConversationFeed;
  let pipeline: TurnPipeline;
  let delivered: { ref: ConversationRef; activities: Activity[] }[];
  const deliver = async (ref: ConversationRef, activities: Activity[]) => {
    delivered.push({ ref, activities });
  };

  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    bot = new ScriptedBot();
    feed = new ConversationFeed();
    delivered = [];
    const clock = new FixedClock(NOW);
    const messenger = createCustomerMessenger({ store, pipeline: () => pipeline, deliverFor: () => deliver });
    const desk = new HandoffDesk({ store, clock, hours: parseBusinessHours('24/7', 'UTC'), messenger });
    pipeline = createTurnPipeline({
      store,
      bot,
      handoffs: desk,
      feed,
      clock,
      logger: pino({ level: 'silent' }),
      detectLanguage: messageLanguage,
      defaultTimeZone: 'Europe/London',
      supportedLocales: ['en', 'zh', 'es'],
    });
  });
  afterEach(async () => {
    await store.close();
  });

  test('should record the message and the reply, stamped, in order, and deliver the reply', async () => {
    const published: StoredActivity[] = [];
    feed.subscribe('conv-1', (s) => published.push(s));
    const outcome = await pipeline.process(message('hello', 'm1'), deliver);
    expect(outcome.status).toBe('processed');
    const log = await store.activities.list('conv-1');
    expect(log.map((s) => [s.seq, s.direction, s.activity.text])).toEqual([
      [0, 'in', 'hello'],
      [1, 'out', 'echo: hello'],
    ]);
    const reply = log[1]!.activity;
    expect(reply).toMatchObject({
      type: 'message',
      channelId: 'test',
      conversation: { id: 'conv-1' },
      from: { id: 'carrier-assist', role: 'bot' },
      recipient: { id: 'customer-1' },
      replyToId: 'm1',
      timestamp: '2026-03-20T09:00:00.001Z',
      locale: 'en',
    });
    expect(reply.id).toMatch(/^conv-1\|/);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.activities[0]).toEqual(reply);
    expect(delivered[0]!.ref).toMatchObject({ channelId: 'test', conversationId: 'conv-1', user: { id: 'customer-1' } });
    expect(published.map((p) => p.seq)).toEqual([0, 1]);
    expect(outcome.replies).toEqual([reply]);
  });

  test('should stamp each reply after what it answers, even on a frozen clock', async () => {
    bot.behaviour = async () => [
      { type: 'message', text: 'one' },
      { type: 'message', text: 'two' },
    ];
    await pipeline.process(message('hello', 'm1'), deliver);
    const stamps = (await store.activities.list('conv-1')).map((s) => s.activity.timestamp);
    expect(stamps).toEqual([NOW, '2026-03-20T09:00:00.001Z', '2026-03-20T09:00:00.002Z']);
  });

  test('should record a turn run again after a crash once: its message and the replies the attempt that died recorded', async () => {
    bot.behaviour = async () => [
      { type: 'message', text: 'one' },
      { type: 'message', text: 'two' },
    ];
    // The first attempt recorded (and showed) its replies; the process died before the turn completed.
    await pipeline.process(message('hello', 'm1'), deliver, { inboxAttempt: 1 });
    const first = await store.activities.list('conv-1');
    bot.behaviour = async () => [
      { type: 'message', text: 'one' },
      { type: 'message', text: 'two' },
      { type: 'message', text: 'three' },
    ];
    await pipeline.process(message('hello', 'm1'), deliver, { inboxAttempt: 2 });
    const log = await store.activities.list('conv-1');
    // Web chat shows the log: the replies shown before are not shown again; one it did not get is.
    expect(log.map((s) => [s.direction, s.activity.text])).toEqual([
      ['in', 'hello'],
      ['out', 'one'],
      ['out', 'two'],
      ['out', 'three'],
    ]);
    expect(log.slice(0, 3).map((s) => s.activity.id)).toEqual(first.map((s) => s.activity.id));
    // A channel that sends them still gets them all, under the ids they were recorded with.
    expect(delivered.at(-1)!.activities.map((a) => a.id)).toEqual(log.slice(1).map((s) => s.activity.id));
  });

  test('should process a redelivered activity id once', async () => {
    await pipeline.process(message('hello', 'same-id'), deliver);
    const again = await pipeline.process(message('hello', 'same-id'), deliver);
    expect(again.status).toBe('duplicate');
    expect(bot.turns).toHaveLength(1);
    expect(await store.activities.count('conv-1')).toBe(2);
  });

  test('should stay silent and only record while an agent owns the conversation', async () => {
    await pipeline.process(message('hi', 'a'), deliver);
    await store.conversations.update('conv-1', { owner: 'agent' }, NOW);
    const outcome = await pipeline.process(message('are you there?', 'b'), deliver);
    expect(outcome.status).toBe('relayed');
    expect(bot.turns).toHaveLength(1);
    const log = await store.activities.list('conv-1');
    expect(log.at(-1)).toMatchObject({ direction: 'in', activity: { text: 'are you there?' } });
    expect(delivered).toHaveLength(1);
  });

  test('should keep the message and apologise in the customer language when the bot fails', async () => {
    bot.behaviour = async () => {
      throw new Error('database on fire');
    };
    const outcome = await pipeline.process(message('我的包裹在哪里', 'x'), deliver);
    expect(outcome.status).toBe('failed');
    const log = await store.activities.list('conv-1');
    expect(log[0]).toMatchObject({ direction: 'in', activity: { text: '我的包裹在哪里' } });
    expect(log[1]!.activity.text).toContain('抱歉');
    expect(delivered).toHaveLength(1);
  });

  test('should not apologise for a turn the store failed in, but throw, so the inbox or the platform runs it again (issue 17)', async () => {
    const agent = { id: 'agent-dup', username: 'dup', displayName: 'Dup', role: 'agent' as const, queues: ['support'], passwordHash: 'x' };
    // A real refusal from the store: the second insert breaks a unique key.
    bot.behaviour = async () => {
      await store.agents.create(agent, NOW);
      await store.agents.create(agent, NOW);
      return [];
    };
    await expect(pipeline.process(message('where is my parcel', 'y'), deliver)).rejects.toThrow(/UNIQUE/);
    expect(delivered).toEqual([]);
    expect((await store.activities.list('conv-1')).filter((a) => a.direction === 'out')).toEqual([]);
  });

  test.each([
    ['我要查包裹', 'zh'],
    ['¿Dónde está mi paquete?', 'es'],
    ['where is my parcel', 'en'],
  ])('should answer "%s" in %s and remember it', async (text, locale) => {
    await pipeline.process(message(text, `id-${locale}`), deliver);
    expect(bot.turns[0]!.locale).toBe(locale);
    expect((await store.conversations.get('conv-1'))!.locale).toBe(locale);
  });

  test('should keep the conversation language for a message without words', async () => {
    await pipeline.process(message('我要查包裹', '1'), deliver);
    await pipeline.process(message('1Z999AA10123456784', '2'), deliver);
    expect(bot.turns.map((t) => t.locale)).toEqual(['zh', 'zh']);
  });

  test('should hand the bot the linked carrier user, and no one for an unlinked identity', async () => {
    await store.importDataset({
      accounts: [{ number: 'A1B2C3', name: 'Alpha', tier: 'standard', country: 'GB', annualVolumeUsd: 1, createdAt: NOW }],
      users: [{ id: 'u-1', name: 'Ann', email: 'ann@example.com', phone: null, locale: 'en', timeZone: 'Europe/London', createdAt: NOW }],
      memberships: [{ accountNumber: 'A1B2C3', userId: 'u-1', roles: ['View'] }],
      identities: [{ channelId: 'test', externalId: 'customer-1', userId: 'u-1', linkedAt: NOW }],
      shipments: [],
      events: [],
    });
    await pipeline.process(message('hi', '1'), deliver);
    await pipeline.process({ ...message('hi', '2', 'conv-2'), from: { id: 'stranger' } }, deliver);
    expect(bot.turns[0]!.speaker?.user.id).toBe('u-1');
    expect(bot.turns[0]!.speaker?.memberships).toEqual([{ accountNumber: 'A1B2C3', userId: 'u-1', roles: ['View'] }]);
    expect(bot.turns[1]!.speaker).toBeNull();
    expect((await store.conversations.get('conv-1'))!.userId).toBe('u-1');
    expect(bot.turns[0]!.timeZone).toBe('Europe/London');
    expect(bot.turns[0]!.now.toISOString()).toBe(NOW);
  });

  test('should render choices as suggested actions and a card as an Adaptive Card', async () => {
    bot.behaviour = async () => [
      {
        type: 'message',
        text: 'Pick one',
        choices: [{ label: 'First', value: '1' }],
        card: { title: 'Parcel', facts: [{ label: 'Status', value: 'In transit' }] },
      },
    ];
    const { replies } = await pipeline.process(message('x', 'c'), deliver);
    // messageBack: the click sends the value, the customer's bubble shows the label (displayText).
    expect(replies[0]!.suggestedActions).toEqual({ actions: [{ type: 'messageBack', title: 'First', text: '1', displayText: 'First', value: '1' }] });
    expect(replies[0]!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  test('should record and deliver activities sent outside a turn', async () => {
    await pipeline.process(message('hi', 'a'), deliver);
    const ref: ConversationRef = {
      channelId: 'test',
      conversationId: 'conv-1',
      user: { id: 'customer-1' },
      bot: { id: 'carrier-assist' },
    };
    const sent = await pipeline.sendToConversation(
      ref,
      [{ type: 'message', text: 'An agent will be with you shortly', from: { id: 'agent-7', name: 'Sam', role: 'agent' } } as Activity],
      deliver,
    );
    expect(sent[0]).toMatchObject({ from: { id: 'agent-7' }, recipient: { id: 'customer-1' }, conversation: { id: 'conv-1' } });
    expect((await store.activities.list('conv-1')).at(-1)!.activity.text).toBe('An agent will be with you shortly');
    expect(delivered.at(-1)!.activities).toEqual(sent);
  });

  test('should let shutdown wait for a running turn', async () => {
    let release!: () => void;
    bot.behaviour = () => new Promise<Reply[]>((resolve) => (release = () => resolve([])));
    const turn = pipeline.process(message('slow', 's'), deliver);
    await new Promise((r) => setTimeout(r, 20));
    expect(pipeline.inFlight()).toBe(1);
    const drained = pipeline.drain(5_000);
    release();
    expect(await drained).toBe(0);
    await turn;
    expect(pipeline.inFlight()).toBe(0);
  });
});

describe('messageLanguage', () => {
  test.each([
    ['我要查包裹', 'zh'],
    ['帮我查一下寄到New York的包裹', 'zh'],
    ['¿Dónde está mi paquete?', 'es'],
    ['donde esta mi paquete', 'es'],
    ['where is my parcel', 'en'],
    ['hello', 'en'],
    // Spanish without a Spanish letter or the old marker words (an outside tester got English back).
    ['tengo facturas pendientes?', 'es'],
    ['que envios hice a barcelona la semana pasda', 'es'],
    ['hay retraso?', 'es'],
    ['I want to see the invoices', 'en'],
    ['Los Angeles', null],
    ['San Diego', null],
    ['1Z999AA10123456784', null],
    ['👍', null],
  ])('should read %j as %s', (text, expected) => {
    expect(messageLanguage(text)).toBe(expected);
  });
});
