/**
 * A Bot Framework channel customer handed to a person: a channel configured for it (an agent hub
 * behind Teams, say: BOT_HANDOFF_EVENT_CHANNELS) receives the handoff.initiate event (Bot Framework's
 * handoff protocol) with the public part of the context only and the conversation's messages
 * attached; no other channel receives it. The agent's messages reach the conversation through the
 * Bot Connector, proactively.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConsoleClient, createAgent } from '../../support/agentConsole.ts';
import { BOT, EMULATOR_ENV, FakeConnector, emulatorMessage, postActivity, startServer } from './connectorHarness.ts';

describe('a Bot Framework customer handed to an agent', () => {
  const connector = new FakeConnector();
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    await connector.start();
    server = await startServer({ ...EMULATOR_ENV, BUSINESS_HOURS: '24/7', BOT_HANDOFF_EVENT_CHANNELS: 'msteams' });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  test('should send handoff.initiate to a configured channel without the agents\' internal fields', async () => {
    const before = connector.requests.length;
    expect((await postActivity(server.url, emulatorMessage(connector.url, { id: 'p-1', text: 'this is useless, get me a human now', conversation: 'packet-conv', channelId: 'msteams' }))).status).toBe(200);
    const initiate = connector.since(before).find((r) => r.body['type'] === 'event')!;
    expect(initiate.body['name']).toBe('handoff.initiate');
    const value = initiate.body['value'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(value).sort()).toEqual(['language', 'reason', 'ticket']);
    expect(Object.keys(value['ticket']!).sort()).toEqual(['category', 'number']);
    expect(Object.keys(value['reason']!)).toEqual(['kind']);
    const transcript = (initiate.body['attachments'] as { content: { activities: Record<string, unknown>[] } }[])[0]!.content.activities;
    expect(transcript.every((a) => a['type'] === 'message')).toBe(true);
    for (const a of transcript) expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(['from', 'text', 'type']));
    const wire = JSON.stringify(initiate.body);
    for (const internal of ['"sentiment"', '"priority"', '"queue"', '"sla"', '"roles"', '"who"', '"tried"', '"channelData"']) expect(wire).not.toContain(internal);
  });

  test('should send handoff.initiate to the channel and deliver the agent\'s messages through the connector', async () => {
    const conversation = 'handoff-conv|livechat';
    const before = connector.requests.length;
    expect((await postActivity(server.url, emulatorMessage(connector.url, { id: 'h-1', text: 'I want to talk to a person', conversation, channelId: 'msteams' }))).status).toBe(200);
    const sent = connector.since(before);
    const initiate = sent.find((r) => r.body['type'] === 'event')!;
    expect(initiate.body).toMatchObject({
      name: 'handoff.initiate',
      value: { ticket: { number: expect.stringMatching(/^CA-\d{6}$/), category: 'general' }, reason: { kind: 'requested' }, language: 'en' },
      attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities: expect.any(Array) } }],
    });
    const transcript = (initiate.body['attachments'] as { content: { activities: { text?: string }[] } }[])[0]!.content.activities;
    expect(transcript.map((a) => a.text)).toContain('I want to talk to a person');

    const ana = await createAgent(server.app.store, { username: 'ana-bf', displayName: 'Ana' });
    const console = await ConsoleClient.signIn(server.url, ana.username, ana.password);
    const ticket = (initiate.body['value'] as { ticket: { number: string } }).ticket.number;
    const id = await console.handoffId(ticket);
    const mark = connector.requests.length;
    expect((await console.post(`/handoffs/${id}/claim`)).status).toBe(200);
    expect((await console.post(`/handoffs/${id}/messages`, { text: 'Hello, this is Ana.' })).status).toBe(201);
    const proactive = connector.since(mark);
    // Not replies to anything: posted to the conversation itself, from the bot's account (a channel
    // shows the bot; the notice says who joined).
    expect(proactive.map((r) => [r.path, r.body['text'], (r.body['from'] as { id?: string }).id])).toEqual([
      [`/v3/conversations/${encodeURIComponent(conversation)}/activities`, 'Ana from customer service has joined the conversation.', BOT.id],
      [`/v3/conversations/${encodeURIComponent(conversation)}/activities`, 'Hello, this is Ana.', BOT.id],
    ]);

    // The customer's answer goes to Ana only.
    const quiet = connector.requests.length;
    expect((await postActivity(server.url, emulatorMessage(connector.url, { id: 'h-2', text: 'thanks Ana', conversation, channelId: 'msteams' }))).status).toBe(200);
    expect(connector.since(quiet)).toEqual([]);
  });
});

describe('a Bot Framework customer handed to an agent, no channel configured for handoff events', () => {
  const connector = new FakeConnector();
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    await connector.start();
    server = await startServer({ ...EMULATOR_ENV, BUSINESS_HOURS: '24/7' });
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  test.each(['msteams', 'directline', 'webchat', 'emulator'])('should send no handoff.initiate (no context packet) to %s', async (channelId) => {
    const before = connector.requests.length;
    const conversation = `quiet-${channelId}`;
    expect((await postActivity(server.url, emulatorMessage(connector.url, { id: 'q-1', text: 'I want to talk to a person', conversation, channelId }))).status).toBe(200);
    const sent = connector.since(before);
    expect(sent.some((r) => r.body['type'] === 'message')).toBe(true);
    expect(sent.filter((r) => r.body['type'] === 'event')).toEqual([]);
    expect(JSON.stringify(sent)).not.toContain('handoff.initiate');
    expect(await server.app.store.handoffs.latestForConversation(`${channelId}:${conversation}`)).not.toBeNull();
  });
});
