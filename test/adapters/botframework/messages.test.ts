import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBotFrameworkAdapter } from '../../../adapters/botframework/index.ts';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { BOT, EMULATOR_ENV, FakeConnector, USER, emulatorMessage, postActivity, startServer } from './connectorHarness.ts';

const en = textsFor('en');
const TRACKING = STORY_TRACKING_NUMBERS.shanghaiToNewYork;

describe('Bot Framework /api/messages without credentials (the local Emulator)', () => {
  const connector = new FakeConnector();
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    await connector.start();
    server = await startServer(EMULATOR_ENV);
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  test('should answer an Emulator message through the Bot Connector reply endpoint', async () => {
    const before = connector.requests.length;
    const res = await postActivity(server.url, emulatorMessage(connector.url, { id: 'act-1', text: `where is ${TRACKING}` }));
    expect(res.status).toBe(200);
    const sent = connector.since(before);
    const messages = sent.filter((r) => r.body['type'] === 'message');
    expect(messages).toHaveLength(1);
    const [reply] = messages;
    expect(reply!.method).toBe('POST');
    expect(reply!.path).toBe(`/v3/conversations/${encodeURIComponent('conv-1|livechat')}/activities/act-1`);
    expect(reply!.authorization).toBeUndefined();
    expect(reply!.body).toMatchObject({
      type: 'message',
      channelId: 'emulator',
      serviceUrl: connector.url,
      conversation: { id: 'conv-1|livechat' },
      from: { id: BOT.id, name: 'Bot' },
      recipient: { id: USER.id, name: 'User' },
      replyToId: 'act-1',
      text: expect.stringContaining(TRACKING),
      attachments: [expect.objectContaining({ contentType: 'application/vnd.microsoft.card.adaptive' })],
    });
    // The Emulator is the one channel that gets our NLU trace (its inspector shows it).
    expect(sent.filter((r) => r.body['type'] === 'trace')).toHaveLength(1);
  });

  test('should keep traces from every other channel', async () => {
    const before = connector.requests.length;
    const res = await postActivity(server.url, emulatorMessage(connector.url, { id: 'act-2', text: 'help', channelId: 'msteams', conversation: 'a:1teams' }));
    expect(res.status).toBe(200);
    const sent = connector.since(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.body['type'] === 'message')).toBe(true);
    expect(sent[0]!.path).toBe('/v3/conversations/a%3A1teams/activities/act-2');
  });

  test('should record the activity under channel-namespaced ids', async () => {
    const stored = await server.app.store.activities.list('emulator:conv-1|livechat');
    expect(stored[0]!.activity).toMatchObject({
      channelId: 'botframework',
      id: 'emulator:conv-1|livechat:act-1',
      from: { id: `emulator:${USER.id}`, role: 'user' },
      conversation: { id: 'emulator:conv-1|livechat' },
    });
  });

  test('should process a redelivered activity once', async () => {
    const body = emulatorMessage(connector.url, { id: 'act-dup', text: 'hello', conversation: 'conv-dup' });
    const results = await Promise.all(Array.from({ length: 20 }, () => postActivity(server.url, body)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    const stored = await server.app.store.activities.list('emulator:conv-dup');
    expect(stored.filter((a) => a.direction === 'in')).toHaveLength(1);
  });

  test('should send an agent’s message proactively to the conversation', async () => {
    const adapter = server.app.adapters.find((a) => a.channelId === 'botframework')!;
    const before = connector.requests.length;
    await adapter.send(
      { channelId: 'botframework', conversationId: 'emulator:conv-1|livechat', user: { id: `emulator:${USER.id}`, name: 'User' }, bot: { id: BOT.id, name: 'Bot' }, serviceUrl: connector.url },
      [
        { type: 'message', channelId: 'botframework', conversation: { id: 'emulator:conv-1|livechat' }, from: { id: 'agent-1', role: 'agent' }, text: 'Hello, this is Ana from support.' },
      ],
    );
    const [sent] = connector.since(before);
    expect(sent!.path).toBe(`/v3/conversations/${encodeURIComponent('conv-1|livechat')}/activities`);
    expect(sent!.body).toMatchObject({ type: 'message', text: 'Hello, this is Ana from support.', recipient: { id: USER.id }, from: { id: BOT.id }, conversation: { id: 'conv-1|livechat' } });
  });

  test('should send a reply the outbox carries (a turn taken over after a crash) as a reply to its activity', async () => {
    const adapter = server.app.adapters.find((a) => a.channelId === 'botframework')!;
    const before = connector.requests.length;
    await adapter.send(
      { channelId: 'botframework', conversationId: 'emulator:conv-1|livechat', user: { id: `emulator:${USER.id}`, name: 'User' }, bot: { id: BOT.id, name: 'Bot' }, serviceUrl: connector.url },
      [
        { type: 'message', channelId: 'botframework', conversation: { id: 'emulator:conv-1|livechat' }, from: { id: BOT.id, role: 'bot' }, replyToId: 'emulator:conv-1|livechat:act-1', text: 'Hello! How can I help?' },
      ],
    );
    const [sent] = connector.since(before);
    expect(sent!.path).toBe(`/v3/conversations/${encodeURIComponent('conv-1|livechat')}/activities/act-1`);
    expect(sent!.body).toMatchObject({ type: 'message', replyToId: 'act-1', conversation: { id: 'conv-1|livechat' } });
  });

  test.each([
    ['a serviceUrl off this machine', () => emulatorMessage('https://smba.trafficmanager.net/emea/', { id: 'x-1', text: 'hi', conversation: 'conv-bad' }), 401],
    ['no conversation', () => ({ ...emulatorMessage(connector.url, { id: 'x-2', text: 'hi', conversation: 'conv-bad' }), conversation: undefined }), 400],
    ['malformed JSON', () => '{"type": "message",', 400],
    ['over 1 MB', () => emulatorMessage(connector.url, { id: 'x-3', text: 'x'.repeat(1024 * 1024 + 1), conversation: 'conv-bad' }), 413],
  ])('should refuse %s and leave nothing behind', async (_what, body, status) => {
    const before = connector.requests.length;
    const res = await postActivity(server.url, body());
    expect(res.status).toBe(status);
    expect(connector.requests.length).toBe(before);
    expect(await server.app.store.conversations.get('emulator:conv-bad')).toBeNull();
  });

  test('should replay the user turns of the Emulator sample transcript and get replies back', async () => {
    const transcript = JSON.parse(readFileSync(new URL('../../fixtures/transcripts/emulator_sample-conversation.transcript', import.meta.url), 'utf8')) as Record<string, unknown>[];
    const userTurns = transcript.filter((a) => (a['from'] as { role?: string }).role !== 'bot');
    expect(userTurns.map((a) => a['type'])).toEqual(['conversationUpdate', 'conversationUpdate', 'message', 'message']);
    const conversationId = (userTurns[0]!['conversation'] as { id: string }).id;
    const perTurn: number[] = [];
    for (const turn of userTurns) {
      const before = connector.requests.length;
      const res = await postActivity(server.url, { ...turn, serviceUrl: connector.url });
      expect(res.status).toBe(200);
      const replies = connector.since(before).filter((r) => r.body['type'] === 'message');
      for (const r of replies) {
        expect(r.path).toBe(`/v3/conversations/${encodeURIComponent(conversationId)}/activities/${turn['id'] as string}`);
        expect(r.body['conversation']).toMatchObject({ id: conversationId });
      }
      perTurn.push(replies.length);
    }
    // The bot joining says nothing; the user joining is greeted; each message is answered.
    expect(perTurn[0]).toBe(0);
    expect(perTurn[1]).toBe(1);
    expect(perTurn[2]).toBeGreaterThan(0);
    expect(perTurn[3]).toBeGreaterThan(0);
    const welcome = connector.requests.find((r) => r.body['text'] === en.welcome);
    expect(welcome?.body['replyToId']).toBe(userTurns[1]!['id']);
  });
});

describe('Bot Framework /api/messages with credentials', () => {
  const connector = new FakeConnector();
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    await connector.start();
    server = await startServer({ MicrosoftAppId: '00000000-0000-0000-0000-0000000000aa', MicrosoftAppPassword: 'not-a-real-password' });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  test('should answer 401 to a request without a token and process nothing', async () => {
    const res = await postActivity(server.url, emulatorMessage(connector.url, { id: 'sec-1', text: 'hello', conversation: 'conv-sec' }));
    expect(res.status).toBe(401);
    expect(connector.requests).toHaveLength(0);
    expect(await server.app.store.conversations.get('emulator:conv-sec')).toBeNull();
  });

  test('should answer 401 to a request with a malformed bearer', async () => {
    const res = await postActivity(server.url, emulatorMessage(connector.url, { id: 'sec-2', text: 'hello', conversation: 'conv-sec' }), { Authorization: 'Bearer not-a-jwt' });
    expect(res.status).toBe(401);
    expect(await server.app.store.conversations.get('emulator:conv-sec')).toBeNull();
  });
});

describe('Bot Framework channel switches', () => {
  test('should be off in production without credentials', async () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:', DIRECTLINE_SECRET: 'x'.repeat(16), METRICS_TOKEN: 'm'.repeat(16) });
    const logs: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
    const app = await buildApp({ config, logger, adapters: [createBotFrameworkAdapter] });
    expect(app.adapters).toHaveLength(0);
    expect(logs.join('')).toMatch(/botframework: off/);
    await app.close();
  });

  test('should say once, at start, that it accepts the local Emulator without authentication', async () => {
    const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'sqlite::memory:', DEMO_DATA: 'off', ...EMULATOR_ENV });
    const logs: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(line) });
    const app = await buildApp({ config, logger, adapters: [createBotFrameworkAdapter] });
    const warnings = logs.filter((l) => l.includes('accepts unauthenticated requests from a Bot Framework Emulator'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40 });
    await app.close();
  });
});
