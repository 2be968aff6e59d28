import { afterAll, describe, expect, test } from 'vitest';
import { BOT_ACCOUNT } from '../../../src/activity.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { developmentToken, DirectLineSession, userMessage, type ConversationBody } from '../../support/directLine.ts';
import { StreamClient, StreamRefused } from '../../support/streamClient.ts';
import { DEMO_NOW, startWebChatServer, useWebChatServer } from '../../support/webChatServer.ts';

const en = textsFor('en');
const TRACKING = STORY_TRACKING_NUMBERS.shanghaiToNewYork;

describe('Direct Line streaming over WebSocket', () => {
  const t = useWebChatServer({ demoData: true });
  const open: StreamClient[] = [];
  const stream = async (url: string) => {
    const client = await StreamClient.open(url);
    open.push(client);
    return client;
  };

  afterAll(() => {
    for (const client of open) client.close();
  });

  test('should replay the greeting sent before the socket opened (pitfall 6)', async () => {
    const { streamUrl } = await t.dl.start();
    const client = await stream(streamUrl);
    await client.until((c) => c.activities.length >= 1);
    expect(client.frames[0]).toEqual({
      activities: [expect.objectContaining({ type: 'message', text: en.welcome, from: BOT_ACCOUNT })],
      watermark: '1',
    });
  });

  test('should stream the user’s own activity and the bot’s answer, in order, with watermarks', async () => {
    const { conversationId, token, userId, streamUrl } = await t.dl.start();
    const client = await stream(streamUrl);
    await client.until((c) => c.activities.length >= 1);
    const posted = await t.dl.post(conversationId, token, userMessage(userId, `status of ${TRACKING}`, 'stream-1'));
    await client.until((c) => c.activities.some((a) => a.replyToId === posted.body.id));

    const [welcome, echo, reply] = client.activities;
    expect(welcome?.text).toBe(en.welcome);
    expect(echo).toMatchObject({ id: posted.body.id, from: { id: userId }, channelData: { clientActivityID: 'stream-1' } });
    expect(reply).toMatchObject({ from: BOT_ACCOUNT, replyToId: posted.body.id });
    expect(reply?.text).toContain(TRACKING);
    const watermarks = client.frames.map((f) => Number(f.watermark));
    expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
    // The watermark counts the hidden parse trace too (seq 3); the answer is seq 4.
    expect(watermarks.at(-1)).toBe(4);
  });

  test('should ignore the client’s empty-string pings', async () => {
    const { conversationId, token, userId, streamUrl } = await t.dl.start();
    const client = await stream(streamUrl);
    client.socket.send('');
    client.socket.send('');
    const posted = await t.dl.post(conversationId, token, userMessage(userId, 'help'));
    await client.until((c) => c.activities.some((a) => a.replyToId === posted.body.id));
    expect(client.closeCode).toBeNull();
  });

  test('should replay only what follows the watermark after a reconnect', async () => {
    const { conversationId, token, userId } = await t.dl.start();
    const posted = await t.dl.post(conversationId, token, userMessage(userId, 'help'));
    const reconnect = await t.dl.call<ConversationBody>('GET', `/conversations/${conversationId}?watermark=1`, { bearer: token });
    const client = await stream(reconnect.body.streamUrl);
    await client.until((c) => c.activities.some((a) => a.replyToId === posted.body.id));
    expect(client.activities.map((a) => a.id)).not.toContain(undefined);
    expect(client.activities.some((a) => a.text === en.welcome)).toBe(false);
    expect(client.activities[0]?.id).toBe(posted.body.id);
  });

  test.each([
    ['a bad token', 401, (url: URL) => url.searchParams.set('t', 'nonsense')],
    ['a token of another conversation', 403, (url: URL, other: string) => (url.pathname = `/v3/directline/conversations/${other}/stream`)],
    [
      'an unknown conversation',
      404,
      (url: URL) => {
        url.pathname = '/v3/directline/conversations/ghost/stream';
        url.searchParams.set('t', developmentToken('ghost', 'dl_ghost', DEMO_NOW));
      },
    ],
  ])('should refuse a socket with %s (%i)', async (_what, status, spoil) => {
    const mine = await t.dl.start();
    const theirs = await t.dl.start();
    const url = new URL(mine.streamUrl);
    spoil(url, theirs.conversationId);
    await expect(StreamClient.open(url.toString())).rejects.toEqual(new StreamRefused(status));
  });
});

describe('Direct Line streaming at shutdown', () => {
  test('should close open sockets with 1001 so clients reconnect', async () => {
    const server = await startWebChatServer();
    const { streamUrl } = await new DirectLineSession(server.url).start();
    const client = await StreamClient.open(streamUrl);
    const closing = server.close();
    expect(await client.closed()).toBe(1001);
    await closing;
  });
});
