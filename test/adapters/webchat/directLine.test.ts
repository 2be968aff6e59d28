import { describe, expect, test } from 'vitest';
import { DirectLineTokens } from '../../../adapters/webchat/tokens.ts';
import { inboundActivityId } from '../../../adapters/webchat/wireActivity.ts';
import { BOT_ACCOUNT } from '../../../src/activity.ts';
import { FixedClock } from '../../../src/clock.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import {
  developmentToken,
  tokenClaims,
  userMessage,
  type ConversationBody,
  type TokenBody,
} from '../../support/directLine.ts';
import type { ErrorBody } from '../../support/httpClient.ts';
import { DEMO_NOW, TEST_DIRECTLINE_SECRET, useWebChatServer } from '../../support/webChatServer.ts';

const en = textsFor('en');
const TRACKING = STORY_TRACKING_NUMBERS.shanghaiToNewYork;

describe('Direct Line endpoints in development', () => {
  const t = useWebChatServer({ demoData: true });

  describe('tokens', () => {
    test('should issue a free token for a fresh dl_ user and its conversation', async () => {
      const res = await t.dl.call<TokenBody>('POST', '/tokens/generate');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ conversationId: expect.any(String), token: expect.any(String), expires_in: 3600 });
      expect(tokenClaims(res.body.token)).toMatchObject({ conv: res.body.conversationId, user: expect.stringMatching(/^dl_/) });
      const read = await t.dl.activities(res.body.conversationId, res.body.token);
      expect(read.status).toBe(200);
      expect(read.body.activities).toEqual([]);
    });

    test('should not let a free token choose its user', async () => {
      const res = await t.dl.call<ErrorBody>('POST', '/tokens/generate', { json: { user: { id: 'someone-else' } } });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/secret/);
    });

    test('should refresh a token for the same conversation and user', async () => {
      const { conversationId, token } = await t.dl.start();
      const res = await t.dl.call<TokenBody>('POST', '/tokens/refresh', { bearer: token });
      expect(res.status).toBe(200);
      expect(res.body.conversationId).toBe(conversationId);
      expect(tokenClaims(res.body.token)).toMatchObject({ conv: conversationId, user: tokenClaims(token).user });
      expect((await t.dl.activities(conversationId, res.body.token)).status).toBe(200);
    });
  });

  describe('starting a conversation', () => {
    test('should start the token’s conversation, greet the user, and return a token and a stream URL', async () => {
      const generated = await t.dl.call<TokenBody>('POST', '/tokens/generate');
      const res = await t.dl.call<ConversationBody>('POST', '/conversations', { bearer: generated.body.token, json: { user: {} } });
      expect(res.status).toBe(201);
      const { conversationId, token, streamUrl } = res.body;
      expect(conversationId).toBe(generated.body.conversationId);
      expect(tokenClaims(token)).toMatchObject({ conv: conversationId, user: tokenClaims(generated.body.token).user });
      const url = new URL(streamUrl);
      expect(`${url.protocol}//${url.host}`).toBe(t.server.url.replace(/^http/, 'ws'));
      expect(url.pathname).toBe(`/v3/directline/conversations/${conversationId}/stream`);
      expect(url.searchParams.get('t')).toBe(token);

      const read = await t.dl.activities(conversationId, token);
      expect(read.body.activities).toEqual([
        expect.objectContaining({ type: 'message', text: en.welcome, from: BOT_ACCOUNT, conversation: { id: conversationId } }),
      ]);
      expect(read.body.watermark).toBe('1'); // position 0 is the user's join, which clients are not shown
    });

    test('should greet only once when a client starts the same conversation twice', async () => {
      const { conversationId, token } = await t.dl.start();
      expect((await t.dl.call('POST', '/conversations', { bearer: token })).status).toBe(201);
      const read = await t.dl.activities(conversationId, token);
      expect(read.body.activities.filter((a) => a.text === en.welcome)).toHaveLength(1);
    });

    test('should refuse a start whose body user is not the token’s user', async () => {
      const generated = await t.dl.call<TokenBody>('POST', '/tokens/generate');
      const res = await t.dl.call<ErrorBody>('POST', '/conversations', { bearer: generated.body.token, json: { user: { id: 'mallory' } } });
      expect(res.status).toBe(403);
    });

    test.each([
      ['no bearer', undefined, /Authorization/],
      ['a garbage bearer', 'not-a-token', /not a Direct Line token/],
      ['a token signed with another key', new DirectLineTokens('some-other-secret-0123456789', 3600, new FixedClock(DEMO_NOW)).issue('c', 'dl_u').token, /signature/],
    ])('should answer 401 to a start with %s', async (_what, bearer, reason) => {
      const res = await t.dl.call<ErrorBody>('POST', '/conversations', bearer === undefined ? {} : { bearer });
      expect(res.status).toBe(401);
      expect(res.body.error.message).toMatch(reason);
    });
  });

  describe('posting activities', () => {
    test('should answer a tracking question with the shipment’s status', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const posted = await t.dl.post(conversationId, token, userMessage(userId, `where is ${TRACKING}?`, 'track-1'));
      expect(posted.status).toBe(200);
      expect(posted.body.id).toEqual(expect.any(String));

      const shipment = await t.server.app.store.shipments.byTrackingNumber(TRACKING);
      const read = await t.dl.activities(conversationId, token, '1');
      const [echo, reply] = read.body.activities;
      expect(echo).toMatchObject({ id: posted.body.id, from: { id: userId } });
      expect(reply).toMatchObject({ type: 'message', from: BOT_ACCOUNT, replyToId: posted.body.id });
      expect(reply?.text).toContain(`${TRACKING}: ${en.statusNames[shipment!.status]}`);
      expect(reply?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    });

    test('should put the user’s own activity back, stamped by the server (pitfalls 1, 3, 4)', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const posted = await t.dl.post(conversationId, token, { ...userMessage(userId, 'hello', 'client-42'), from: { id: userId, name: 'Ana', role: 'user' } });
      const echo = (await t.dl.activities(conversationId, token, '1')).body.activities[0];
      expect(echo).toEqual(
        expect.objectContaining({
          type: 'message',
          id: posted.body.id,
          timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          channelId: 'webchat',
          conversation: { id: conversationId },
          from: { id: userId, name: 'Ana', role: 'user' },
          recipient: BOT_ACCOUNT,
          text: 'hello',
          channelData: { clientActivityID: 'client-42' },
        }),
      );
    });

    test('should give a retried message the same id and answer it once', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const first = await t.dl.post(conversationId, token, userMessage(userId, 'hello', 'retry-me'));
      const again = await t.dl.post(conversationId, token, userMessage(userId, 'hello', 'retry-me'));
      expect(again.status).toBe(200);
      expect(again.body.id).toBe(first.body.id);
      const after = (await t.dl.activities(conversationId, token, '1')).body.activities;
      expect(after.filter((a) => a.from.id === userId)).toHaveLength(1);
      expect(after.filter((a) => a.from.id === BOT_ACCOUNT.id)).toHaveLength(1);
    });

    test('should answer a retried message whose first turn died with its instance (issue 16)', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const id = inboundActivityId(conversationId, 'died-1');
      const { store } = t.server.app;
      // What a crash in the middle of the first delivery's turn leaves: the message committed and leased by
      // an instance that is gone (its lease ended), its receipt claimed, no answer.
      const activity = { type: 'message' as const, id, channelId: 'webchat', conversation: { id: conversationId }, from: { id: userId, role: 'user' as const }, text: 'hello' };
      await store.inbox.accept([{ channelId: 'webchat', messageId: id, conversationId, payload: { activity } }], DEMO_NOW);
      const gone = (await store.inbox.get('webchat', id))!;
      expect(await store.inbox.leaseIfNext(gone.id, { owner: 'dead-instance', now: '2000-01-01T00:00:00.000Z', until: '2000-01-01T00:01:00.000Z' })).not.toBeNull();
      await store.receipts.claim('webchat', id, DEMO_NOW);

      const retried = await t.dl.post(conversationId, token, userMessage(userId, 'hello', 'died-1'));
      expect(retried).toMatchObject({ status: 200, body: { id } });
      const answers = (await t.dl.activities(conversationId, token)).body.activities.filter((a) => a.from.id === BOT_ACCOUNT.id && a.replyToId === id);
      expect(answers.length).toBeGreaterThanOrEqual(1);
      expect((await store.inbox.get('webchat', id))?.completedAt).not.toBeNull();
      // Answered once: a further retry is a duplicate.
      await t.dl.post(conversationId, token, userMessage(userId, 'hello', 'died-1'));
      expect((await t.dl.activities(conversationId, token)).body.activities.filter((a) => a.from.id === BOT_ACCOUNT.id && a.replyToId === id)).toHaveLength(answers.length);
    });

    test('should keep the conversation’s timestamps increasing', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      for (const text of ['hi', 'help', `track ${TRACKING}`]) await t.dl.post(conversationId, token, userMessage(userId, text));
      const stamps = (await t.dl.activities(conversationId, token)).body.activities.map((a) => Date.parse(a.timestamp ?? ''));
      expect(stamps.length).toBeGreaterThanOrEqual(7);
      expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
      expect(new Set(stamps).size).toBe(stamps.length);
    });

    test.each([
      ['malformed JSON', '{"type": "message", "text": ', 'BadSyntax', /not valid JSON/],
      ['an array', '[]', 'BadArgument', /Invalid activity/],
      ['an unknown type', '{"type": "poke", "text": "hi"}', 'BadArgument', /type/],
      ['a message with nothing in it', '{"type": "message"}', 'BadArgument', /a message needs text, attachments or a value/],
      ['text that is not a string', '{"type": "message", "text": 5}', 'BadArgument', /text/],
      ['an event without a name', '{"type": "event"}', 'BadArgument', /name/],
    ])('should answer 400 with a reason to %s', async (_what, raw, code, reason) => {
      const { conversationId, token } = await t.dl.start();
      const res = await t.dl.call<ErrorBody>('POST', `/conversations/${conversationId}/activities`, { bearer: token, raw });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(reason);
    });

    test('should answer 404 for a conversation that does not exist', async () => {
      const token = developmentToken('no-such-conversation', 'dl_nobody', DEMO_NOW);
      const posted = await t.dl.post('no-such-conversation', token, userMessage('dl_nobody', 'hi'));
      expect(posted.status).toBe(404);
      expect((posted.body as unknown as ErrorBody).error).toEqual({ code: 'NotFound', message: 'No conversation "no-such-conversation"' });
      expect((await t.dl.activities('no-such-conversation', token)).status).toBe(404);
      expect((await t.dl.call('GET', '/conversations/no-such-conversation?watermark=0', { bearer: token })).status).toBe(404);
    });

    test('should answer 403 to a token of another conversation', async () => {
      const mine = await t.dl.start();
      const theirs = await t.dl.start();
      expect((await t.dl.post(theirs.conversationId, mine.token, userMessage(mine.userId, 'hi'))).status).toBe(403);
      expect((await t.dl.activities(theirs.conversationId, mine.token)).status).toBe(403);
    });

    test('should answer 403 when from.id is not the token’s user', async () => {
      const { conversationId, token } = await t.dl.start();
      const res = await t.dl.post(conversationId, token, userMessage('dl_someone_else', 'hi'));
      expect(res.status).toBe(403);
      expect((res.body as unknown as ErrorBody).error.message).toMatch(/not the user the token was issued to/);
    });

    test('should answer 401 to a bad token and 403 to an expired one', async () => {
      const { conversationId, userId } = await t.dl.start();
      expect((await t.dl.post(conversationId, 'Bearer-of-nothing', userMessage(userId, 'hi'))).status).toBe(401);
      const expired = developmentToken(conversationId, userId, '2026-03-19T00:00:00.000Z', 60);
      const res = await t.dl.post(conversationId, expired, userMessage(userId, 'hi'));
      expect(res.status).toBe(403);
      expect((res.body as unknown as ErrorBody).error.code).toBe('TokenExpired');
    });

  });

  describe('uploads (the attach button)', () => {
    const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const upload = (conversationId: string, token: string, form: FormData, userId?: string) =>
      fetch(`${t.server.url}/v3/directline/conversations/${conversationId}/upload${userId ? `?userId=${userId}` : ''}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });

    test('should store the files, post the message that carries them, and show them back to this conversation only', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const form = new FormData();
      form.append('file', new Blob([PNG], { type: 'image/png' }), 'box.png');
      form.append('activity', new Blob([JSON.stringify({ type: 'message', from: { id: userId }, text: 'photo of the box' })], { type: 'application/vnd.microsoft.activity' }));
      const res = await upload(conversationId, token, form, userId);
      expect(res.status).toBe(200);
      const { id } = (await res.json()) as { id: string };
      const stored = (await t.server.app.store.activities.list(conversationId)).find((s) => s.activity.id === id)!;
      expect(stored.activity.text).toBe('photo of the box');
      const attachment = stored.activity.attachments![0]!;
      expect(attachment).toMatchObject({ contentType: 'image/png', name: 'box.png' });
      expect(attachment.contentUrl).toMatch(/^media:/);
      const mediaId = attachment.contentUrl!.slice('media:'.length);

      const shown = (await t.dl.activities(conversationId, token)).body.activities.find((a) => a.id === id)!;
      const url = shown.attachments![0]!.contentUrl!;
      expect(url).toBe(`/v3/directline/conversations/${encodeURIComponent(conversationId)}/media/${mediaId}`);
      const file = await fetch(`${t.server.url}${url}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);

      const other = await t.dl.start();
      expect((await fetch(`${t.server.url}/v3/directline/conversations/${other.conversationId}/media/${mediaId}`)).status).toBe(404);
    });

    test('should serve a file that is not a picture as a download, never inline', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const form = new FormData();
      form.append('file', new Blob(['<script>alert(1)</script>'], { type: 'text/html' }), 'x.html');
      const { id } = (await (await upload(conversationId, token, form, userId)).json()) as { id: string };
      const stored = (await t.server.app.store.activities.list(conversationId)).find((s) => s.activity.id === id)!;
      const mediaId = stored.activity.attachments![0]!.contentUrl!.slice('media:'.length);
      const file = await fetch(`${t.server.url}/v3/directline/conversations/${conversationId}/media/${mediaId}`);
      expect(file.headers.get('content-type')).toBe('application/octet-stream');
      expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    });

    test.each([
      ['no token', async (c: string) => upload(c, '', new FormData()), 401],
      ['a body that is not multipart', async (c: string, tok: string) => fetch(`${t.server.url}/v3/directline/conversations/${c}/upload`, { method: 'POST', headers: { authorization: `Bearer ${tok}`, 'content-type': 'text/plain' }, body: 'x' }), 400],
      ['no file part', async (c: string, tok: string) => { const f = new FormData(); f.append('activity', JSON.stringify({ type: 'message' })); return upload(c, tok, f); }, 400],
      ['a file over 10 MB', async (c: string, tok: string) => { const f = new FormData(); f.append('file', new Blob([Buffer.alloc(10 * 1024 * 1024 + 1)]), 'big.bin'); return upload(c, tok, f); }, 413],
    ] as const)('should refuse %s, and store nothing', async (_what, send, status) => {
      const { conversationId, token } = await t.dl.start();
      const before = await t.server.app.store.activities.count(conversationId);
      const res = await send(conversationId, token);
      expect(res.status).toBe(status);
      expect(await t.server.app.store.activities.count(conversationId)).toBe(before);
    });
  });

  describe('reading activities and reconnecting', () => {
    test('should return only the activities after the watermark, and the new watermark', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      await t.dl.post(conversationId, token, userMessage(userId, 'help'));
      const after1 = await t.dl.activities(conversationId, token, '1');
      expect(after1.body.activities.map((a) => a.from.id)).toEqual([userId, BOT_ACCOUNT.id]);
      // 2 is the user's message, 3 the assistant's hidden parse trace, 4 its answer.
      expect(after1.body.watermark).toBe('4');
      const after4 = await t.dl.activities(conversationId, token, '4');
      expect(after4.body).toEqual({ activities: [], watermark: '4' });
    });

    test.each(['abc', '-1', '1.5'])('should answer 400 to the watermark %j', async (watermark) => {
      const { conversationId, token } = await t.dl.start();
      const res = await t.dl.activities(conversationId, token, watermark);
      expect(res.status).toBe(400);
      expect((res.body as unknown as ErrorBody).error.message).toMatch(/watermark/);
    });

    test('should reconnect with a fresh token and the watermark inside the stream URL (pitfall 5)', async () => {
      const { conversationId, token, userId } = await t.dl.start();
      const res = await t.dl.call<ConversationBody>('GET', `/conversations/${conversationId}?watermark=1`, { bearer: token });
      expect(res.status).toBe(200);
      expect(res.body.conversationId).toBe(conversationId);
      expect(tokenClaims(res.body.token)).toMatchObject({ conv: conversationId, user: userId });
      const url = new URL(res.body.streamUrl);
      expect(url.searchParams.get('watermark')).toBe('1');
      expect(url.searchParams.get('t')).toBe(res.body.token);
    });
  });
});

describe('Direct Line endpoints in production', () => {
  const t = useWebChatServer({ env: { NODE_ENV: 'production', DIRECTLINE_SECRET: TEST_DIRECTLINE_SECRET, METRICS_TOKEN: 'metrics-token-of-16-chars' } });

  test('should refuse a token to a caller without the secret', async () => {
    const res = await t.dl.call<ErrorBody>('POST', '/tokens/generate');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/secret/);
  });

  test('should refuse a token to a caller with a wrong secret', async () => {
    expect((await t.dl.call('POST', '/tokens/generate', { bearer: 'wrong-secret-0123456789' })).status).toBe(401);
  });

  test('should issue a token for the user the site names when it presents the secret', async () => {
    const res = await t.dl.call<TokenBody>('POST', '/tokens/generate', { bearer: TEST_DIRECTLINE_SECRET, json: { user: { id: 'site-user-7' } } });
    expect(res.status).toBe(200);
    expect(tokenClaims(res.body.token)).toMatchObject({ conv: res.body.conversationId, user: 'site-user-7' });
    const started = await t.dl.call<ConversationBody>('POST', '/conversations', { bearer: res.body.token });
    expect(started.status).toBe(201);
    expect((await t.dl.activities(res.body.conversationId, started.body.token)).body.activities).toHaveLength(1);
  });

  test('should start a conversation for the secret holder', async () => {
    const res = await t.dl.call<ConversationBody>('POST', '/conversations', { bearer: TEST_DIRECTLINE_SECRET, json: { user: { id: 'site-user-8' } } });
    expect(res.status).toBe(201);
    expect(tokenClaims(res.body.token).user).toBe('site-user-8');
  });

  test('should answer 404 to the secret holder for an unknown conversation', async () => {
    const res = await t.dl.activities('no-such-conversation', TEST_DIRECTLINE_SECRET);
    expect(res.status).toBe(404);
  });

  test('should not refresh the secret', async () => {
    expect((await t.dl.call('POST', '/tokens/refresh', { bearer: TEST_DIRECTLINE_SECRET })).status).toBe(400);
  });

  test('should not offer the demo sign-in', async () => {
    const res = await fetch(new URL('/demo/users', t.server.url));
    expect(res.status).toBe(404);
  });
});
