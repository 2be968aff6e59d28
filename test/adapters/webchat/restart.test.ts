import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BOT_ACCOUNT } from '../../../src/activity.ts';
import { DirectLineSession, userMessage, type ConversationBody } from '../../support/directLine.ts';
import { StreamClient } from '../../support/streamClient.ts';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer.ts';

describe('web chat across a server restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carrier-assist-webchat-'));
  let server: WebChatServer | undefined;

  afterEach(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('should keep the conversation, its activities and the client’s token', async () => {
    const env = { DATABASE_URL: `sqlite:${join(dir, 'carrier-assist.db')}` };
    server = await startWebChatServer({ env });
    const before = new DirectLineSession(server.url);
    const { conversationId, token, userId } = await before.start();
    const posted = await before.post(conversationId, token, userMessage(userId, 'help'));
    const history = (await before.activities(conversationId, token)).body;
    await server.close();

    server = await startWebChatServer({ env });
    const after = new DirectLineSession(server.url);
    // The client reconnects with the token it holds (signed with a key that survives a restart).
    const reconnect = await after.call<ConversationBody>('GET', `/conversations/${conversationId}?watermark=1`, { bearer: token });
    expect(reconnect.status).toBe(200);
    expect((await after.activities(conversationId, token)).body).toEqual(history);

    const client = await StreamClient.open(reconnect.body.streamUrl);
    try {
      await client.until((c) => c.activities.some((a) => a.replyToId === posted.body.id));
      expect(client.activities.map((a) => a.from.id)).toEqual([userId, BOT_ACCOUNT.id]);
    } finally {
      client.close();
    }
  });
});
