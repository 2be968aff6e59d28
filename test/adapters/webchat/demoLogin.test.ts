import { describe, expect, test } from 'vitest';
import type { DemoSession, DemoUserView } from '../../../adapters/webchat/demoLogin.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { tokenClaims, userMessage } from '../../support/directLine.ts';
import { call, type ErrorBody } from '../../support/httpClient.ts';
import { useWebChatServer } from '../../support/webChatServer.ts';

describe('demo sign-in', () => {
  const t = useWebChatServer({ demoData: true });

  test('should list the demo users with their accounts and roles', async () => {
    const res = await call<{ users: DemoUserView[] }>(t.server.url, 'GET', '/demo/users');
    expect(res.status).toBe(200);
    const users = await t.server.app.store.users.list();
    expect(res.body.users.map((u) => u.id).sort()).toEqual(users.map((u) => u.id).sort());
    const alice = res.body.users.find((u) => u.id === 'u-alice');
    expect(alice?.accounts).toEqual([
      { number: expect.stringMatching(/^[A-Z0-9]{6}$/), name: expect.any(String), tier: expect.any(String), roles: expect.any(Array) },
    ]);
    expect([...(alice?.accounts[0]?.roles ?? [])].sort()).toEqual(['Admin', 'Dispute', 'Pay', 'View']);
  });

  test('should issue a token for a fresh web chat id linked to the chosen user', async () => {
    const res = await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } });
    expect(res.status).toBe(200);
    const { token, userID, conversationId, username } = res.body;
    expect(userID).toMatch(/^dl_/);
    expect(username).toBe('Alice Martin');
    expect(tokenClaims(token)).toMatchObject({ conv: conversationId, user: userID });
    expect(await t.server.app.store.identities.find('webchat', userID)).toMatchObject({ userId: 'u-alice' });
  });

  test('should give each sign-in its own web chat id', async () => {
    const first = await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } });
    const second = await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } });
    expect(first.body.userID).not.toBe(second.body.userID);
    expect(first.body.conversationId).not.toBe(second.body.conversationId);
  });

  test('should let a signed-in user see their own shipment in full (the account view)', async () => {
    const session = (await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } })).body;
    const started = await t.dl.call<{ token: string }>('POST', '/conversations', { bearer: session.token });
    const tracking = STORY_TRACKING_NUMBERS.shanghaiToNewYork;
    const posted = await t.dl.post(session.conversationId, started.body.token, userMessage(session.userID, tracking));
    const reply = (await t.dl.activities(session.conversationId, started.body.token, '1')).body.activities.find(
      (a) => a.replyToId === posted.body.id,
    );
    const card = JSON.stringify(reply?.attachments?.[0]?.content);
    expect(card).toContain(textsFor('en').cardLabels.route);
  });

  test('should chat anonymously without linking anything', async () => {
    const res = await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: {} });
    expect(res.status).toBe(200);
    expect(res.body.username).toBeNull();
    expect(await t.server.app.store.identities.find('webchat', res.body.userID)).toBeNull();
  });

  test.each([
    ['an unknown user', { userId: 'u-nobody' }, 404, /No demo user "u-nobody"/],
    ['a user id that is not a string', { userId: 7 }, 400, /userId/],
  ])('should refuse %s', async (_what, json, status, reason) => {
    const res = await call<ErrorBody>(t.server.url, 'POST', '/demo/token', { json });
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(reason);
  });

  test('should answer 400 with a reason to a malformed body', async () => {
    const res = await call<ErrorBody>(t.server.url, 'POST', '/demo/token', { raw: '{"userId":' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });

  test('should resume the conversation a page kept, showing a notice sent while the chat was closed once, and greet only once', async () => {
    const { app } = t.server;
    const first = (await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } })).body;
    const started = await t.dl.call<{ token: string }>('POST', '/conversations', { bearer: first.token });
    await t.dl.post(first.conversationId, started.body.token, userMessage(first.userID, 'hello'));
    // The tab is closed; the customer's ticket moves meanwhile.
    await app.notices.tell(first.conversationId, { text: () => 'About your ticket CA-000321: it is resolved.', ticket: 'CA-000321' });

    const kept = { conversationId: first.conversationId, userID: first.userID };
    const again = await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice', resume: kept } });
    expect(again.body).toMatchObject({ conversationId: first.conversationId, userID: first.userID, resumed: true });
    expect(tokenClaims(again.body.token)).toMatchObject({ conv: first.conversationId, user: first.userID });
    const resumed = await t.dl.call<{ token: string }>('POST', '/conversations', { bearer: again.body.token });
    const texts = (await t.dl.activities(first.conversationId, resumed.body.token)).body.activities.filter((a) => a.from.id !== first.userID && a.type === 'message').map((a) => a.text);
    expect(texts.filter((x) => x === 'About your ticket CA-000321: it is resolved.')).toHaveLength(1);
    expect(texts.filter((x) => x === textsFor('en').welcome)).toHaveLength(1);
  });

  test('should not resume a kept conversation for somebody else, or anonymously', async () => {
    const alice = (await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json: { userId: 'u-alice' } })).body;
    const kept = { conversationId: alice.conversationId, userID: alice.userID };
    for (const json of [{ userId: 'u-bob', resume: kept }, { resume: kept }, { userId: 'u-alice', resume: { ...kept, userID: 'dl_someone-else' } }]) {
      const res = await call<DemoSession>(t.server.url, 'POST', '/demo/token', { json });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ resumed: false });
      expect(res.body.conversationId).not.toBe(alice.conversationId);
    }
  });
});
