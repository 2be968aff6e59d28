import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseXml } from '../../../adapters/wechat/xml.ts';
import { weChatSignature } from '../../../adapters/wechat/signature.ts';
import { weChatConversationId } from '../../../adapters/wechat/messages.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { textsFor } from '../../../src/dialog/texts/index.ts';
import {
  dropAfterSending,
  ACCOUNT,
  APP_ID,
  APP_SECRET,
  encryptedPush,
  eventPush,
  eventually,
  imagePush,
  nowSeconds,
  plainQuery,
  post,
  startWeChatServer,
  textPush,
  TOKEN,
  type WeChatServer,
} from './harness.ts';

const zh = textsFor('zh');
const TRACKING = STORY_TRACKING_NUMBERS.shanghaiToNewYork;

/** The leaf fields of a reply's XML. */
function fieldsOf(xml: string): Record<string, string> {
  return Object.fromEntries(parseXml(xml).children.map((c) => [c.name, c.text]));
}

async function storedCount(s: WeChatServer, openId: string): Promise<number> {
  return s.app.store.activities.count(weChatConversationId(APP_ID, openId));
}

describe('WeChat webhook', () => {
  let s: WeChatServer;
  beforeAll(async () => {
    s = await startWeChatServer();
  });
  afterAll(() => s.close());

  describe('URL check (GET)', () => {
    test('should echo echostr for a signed check', async () => {
      const query = plainQuery(nowSeconds(s.clock));
      query.set('echostr', '7163937152983471235');
      const res = await fetch(`${s.url}/webhooks/wechat?${query}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('7163937152983471235');
    });

    test.each([
      ['unsigned', (q: URLSearchParams) => q.delete('signature')],
      ['wrongly signed', (q: URLSearchParams) => q.set('signature', weChatSignature('another', q.get('timestamp')!, q.get('nonce')!))],
    ])('should answer 401 to an %s check and echo nothing', async (_what, spoil) => {
      const query = plainQuery(nowSeconds(s.clock));
      query.set('echostr', 'secret-echo');
      spoil(query);
      const res = await fetch(`${s.url}/webhooks/wechat?${query}`);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('secret-echo');
    });
  });

  describe('plaintext pushes and passive replies', () => {
    test('should greet a new follower with the exact passive reply XML', async () => {
      const t = nowSeconds(s.clock);
      const res = await post(s, plainQuery(t), eventPush({ from: 'oFollower1', event: 'subscribe', createTime: t }));
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/^application\/xml/);
      const createTime = /<CreateTime>(\d+)<\/CreateTime>/.exec(res.text)?.[1];
      expect(Number(createTime)).toBeGreaterThanOrEqual(t);
      expect(res.text).toBe(
        '<xml>\n' +
          '<ToUserName><![CDATA[oFollower1]]></ToUserName>\n' +
          `<FromUserName><![CDATA[${ACCOUNT}]]></FromUserName>\n` +
          `<CreateTime>${createTime}</CreateTime>\n` +
          '<MsgType><![CDATA[text]]></MsgType>\n' +
          `<Content><![CDATA[${zh.welcome}]]></Content>\n` +
          '</xml>',
      );
    });

    test('should answer a tracking number with the status and the facts as lines, never the NLU trace', async () => {
      const t = nowSeconds(s.clock);
      const res = await post(s, plainQuery(t), textPush({ from: 'oTracker1', content: `查询 ${TRACKING}`, msgId: '7000000000000000001', createTime: t }));
      expect(res.status).toBe(200);
      const reply = fieldsOf(res.text);
      expect(reply).toMatchObject({ ToUserName: 'oTracker1', FromUserName: ACCOUNT, MsgType: 'text' });
      expect(reply['Content']).toContain(TRACKING);
      // Fact lines in Chinese use the full-width colon ("状态：运输中").
      expect(reply['Content']!.split('\n').some((l) => /^[^：:]+：.+/.test(l))).toBe(true);
      expect(reply['Content']!.split('\n').some((l) => /^[^：:]+: .+/.test(l))).toBe(false);
      expect(reply['Content']).not.toMatch(/carrier-assist\.nlu|->/);
      const stored = await s.app.store.activities.list(weChatConversationId(APP_ID, 'oTracker1'));
      expect(stored[0]!.activity).toMatchObject({ type: 'message', id: 'msg:7000000000000000001', channelId: 'wechat', text: `查询 ${TRACKING}` });
    });

    test('should run one turn for retries of one MsgId (WeChat retries three times) and a burst of 1,000, each answered with its reply', async () => {
      // WeChat retries only when it did not get the answer: the retry gets the same reply, never a second turn.
      const t = nowSeconds(s.clock);
      const body = textPush({ from: 'oRetry1', content: '你好', msgId: '7000000000000000002', createTime: t });
      const first = await post(s, plainQuery(t), body);
      const reply = fieldsOf(first.text)['Content'];
      expect(fieldsOf(first.text)['MsgType']).toBe('text');
      for (let i = 0; i < 3; i++) expect(fieldsOf((await post(s, plainQuery(t, `retry${i}`), body)).text)['Content']).toBe(reply);
      const burst = await Promise.all(Array.from({ length: 1000 }, (_, i) => post(s, plainQuery(t, `burst${i}`), body)));
      expect(burst.every((r) => r.status === 200 && fieldsOf(r.text)['Content'] === reply)).toBe(true);
      await s.settle();
      const stored = await s.app.store.activities.list(weChatConversationId(APP_ID, 'oRetry1'));
      expect(stored.filter((a) => a.direction === 'in')).toHaveLength(1);
      expect(await s.app.store.deliveries.forConversation(weChatConversationId(APP_ID, 'oRetry1'))).toHaveLength(1);
      expect(s.api.to('/cgi-bin/message/custom/send').filter((r) => r.body.includes('oRetry1'))).toEqual([]);
    });

    test('should run a retried event once (FromUserName + CreateTime)', async () => {
      const t = nowSeconds(s.clock);
      const body = eventPush({ from: 'oFollower2', event: 'subscribe', createTime: t });
      const first = await post(s, plainQuery(t), body);
      expect((await post(s, plainQuery(t, 'again'), body)).text).toBe(first.text);
      expect(await storedCount(s, 'oFollower2')).toBe(2); // the join and the welcome
    });

    test('should answer the retry of a push whose connection dropped with the reply, once, and send nothing more (issue 16)', async () => {
      const t = nowSeconds(s.clock);
      const body = textPush({ from: 'oDropped1', content: '你好', msgId: '7000000000000000009', createTime: t });
      // The first delivery: the body arrives, then WeChat's side of the connection is gone before any answer.
      await dropAfterSending(s, plainQuery(t), body);
      await s.settle();
      const retry = await post(s, plainQuery(t, 'retry'), body);
      expect(fieldsOf(retry.text)).toMatchObject({ MsgType: 'text', Content: expect.stringContaining('您好') });
      await s.settle();
      const stored = await s.app.store.activities.list(weChatConversationId(APP_ID, 'oDropped1'));
      expect(stored.filter((a) => a.direction === 'in')).toHaveLength(1);
      const [delivery] = await s.app.store.deliveries.forConversation(weChatConversationId(APP_ID, 'oDropped1'));
      expect(delivery).toMatchObject({ status: 'sent', transport: 'passive' });
      expect(s.api.to('/cgi-bin/message/custom/send').filter((r) => r.body.includes('oDropped1'))).toEqual([]);
    });

    test('should take a CLICK menu key as what the customer said', async () => {
      const t = nowSeconds(s.clock);
      const res = await post(s, plainQuery(t), eventPush({ from: 'oMenu1', event: 'CLICK', createTime: t, eventKey: TRACKING }));
      expect(fieldsOf(res.text)['Content']).toContain(TRACKING);
    });

    test('should record an unsubscribe as the end of the conversation and answer success', async () => {
      const t = nowSeconds(s.clock);
      const res = await post(s, plainQuery(t), eventPush({ from: 'oLeaver1', event: 'unsubscribe', createTime: t }));
      expect(res.text).toBe('success');
      const stored = await s.app.store.activities.list(weChatConversationId(APP_ID, 'oLeaver1'));
      expect(stored.map((a) => a.activity.type)).toEqual(['endOfConversation']);
    });

    test('should answer success to an unknown MsgType and record nothing', async () => {
      const t = nowSeconds(s.clock);
      const xml = `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[oOdd1]]></FromUserName><CreateTime>${t}</CreateTime><MsgType><![CDATA[notsure]]></MsgType><MsgId>7000000000000000003</MsgId></xml>`;
      const res = await post(s, plainQuery(t), xml);
      expect(res).toMatchObject({ status: 200, text: 'success' });
      expect(await storedCount(s, 'oOdd1')).toBe(0);
    });

    test('should download an image through the media API and store it once with the turn', async () => {
      const t = nowSeconds(s.clock);
      const res = await post(s, plainQuery(t), imagePush({ from: 'oPhoto1', mediaId: 'MEDIA_ID_1', msgId: '7000000000000000004', createTime: t }));
      expect(res.status).toBe(200);
      const download = s.api.to('/cgi-bin/media/get').at(-1)!;
      expect(download.query).toEqual({ access_token: expect.stringMatching(/^ACCESS_TOKEN_/), media_id: 'MEDIA_ID_1' });
      const media = await s.app.store.media.findByProvider('wechat', 'MEDIA_ID_1');
      expect(media).toMatchObject({ contentType: 'image/jpeg', fileName: 'damage.jpg', sizeBytes: 10, conversationId: weChatConversationId(APP_ID, 'oPhoto1') });
      expect(media!.data.toString()).toBe('JPEG-BYTES');
      const stored = await s.app.store.activities.list(weChatConversationId(APP_ID, 'oPhoto1'));
      expect(stored[0]!.activity.attachments).toEqual([
        { contentType: 'image/jpeg', contentUrl: `media:${media!.id}`, name: 'damage.jpg', content: { mediaId: media!.id, sizeBytes: 10, sha256: media!.sha256 } },
      ]);
    });
  });

  describe('safe mode', () => {
    let safe: WeChatServer;
    beforeAll(async () => {
      safe = await startWeChatServer({ safeMode: true });
    });
    afterAll(() => safe.close());

    test('should open an encrypted push and answer with an encrypted, signed passive reply', async () => {
      const t = nowSeconds(safe.clock);
      const { query, body } = encryptedPush(safe.crypto, eventPush({ from: 'oSecret1', event: 'subscribe', createTime: t }), t, '1372623149');
      const res = await post(safe, query, body);
      expect(res.status).toBe(200);
      const envelope = fieldsOf(res.text);
      expect(Object.keys(envelope)).toEqual(['Encrypt', 'MsgSignature', 'TimeStamp', 'Nonce']);
      expect(envelope['Nonce']).toBe('1372623149');
      expect(envelope['MsgSignature']).toBe(weChatSignature(TOKEN, envelope['TimeStamp']!, envelope['Nonce']!, envelope['Encrypt']!));
      const inner = fieldsOf(safe.crypto.decrypt(envelope['Encrypt']!));
      expect(inner).toEqual({ ToUserName: 'oSecret1', FromUserName: ACCOUNT, CreateTime: envelope['TimeStamp'], MsgType: 'text', Content: zh.welcome });
    });

    test('should refuse an encrypted push with a wrong msg_signature and record nothing', async () => {
      const t = nowSeconds(safe.clock);
      const { query, body } = encryptedPush(safe.crypto, eventPush({ from: 'oSecret2', event: 'subscribe', createTime: t }), t);
      query.set('msg_signature', weChatSignature('another', String(t), '1372623149', 'x'));
      expect((await post(safe, query, body)).status).toBe(401);
      expect(await storedCount(safe, 'oSecret2')).toBe(0);
    });

    test('should refuse a plaintext push (signed, but its body is not) and record nothing', async () => {
      const t = nowSeconds(safe.clock);
      const res = await post(safe, plainQuery(t), textPush({ from: 'oPlain1', content: TRACKING, msgId: '7000000000000000501', createTime: t }));
      expect(res.status).toBe(401);
      expect(res.text).toContain('PlaintextRefused');
      expect(await storedCount(safe, 'oPlain1')).toBe(0);
    });
  });

  describe('bad input leaves nothing behind', () => {
    const openId = 'oMallory1';
    const body = () => textPush({ from: openId, content: TRACKING, msgId: '7000000000000000099', createTime: nowSeconds(s.clock) });

    test.each([
      ['unsigned', () => new URLSearchParams({ timestamp: String(nowSeconds(s.clock)), nonce: 'n' }), body, 401],
      ['wrongly signed', () => plainQuery(nowSeconds(s.clock), 'n', 'wrongtoken'), body, 401],
      ['stale (a replay from ten minutes ago)', () => plainQuery(nowSeconds(s.clock) - 600), body, 401],
      ['from the future', () => plainQuery(nowSeconds(s.clock) + 600), body, 401],
      ['malformed XML', () => plainQuery(nowSeconds(s.clock)), () => '<xml><Content>unclosed</xml>', 400],
      ['an XXE attempt', () => plainQuery(nowSeconds(s.clock)), () => `<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>${body()}`, 400],
      ['XML without the message fields', () => plainQuery(nowSeconds(s.clock)), () => '<xml><MsgType>text</MsgType></xml>', 400],
      ['empty', () => plainQuery(nowSeconds(s.clock)), () => '', 400],
      ['over 1 MB', () => plainQuery(nowSeconds(s.clock)), () => body().replace(TRACKING, 'x'.repeat(1024 * 1024 + 1)), 413],
      ['encrypted with an unknown encrypt_type', () => new URLSearchParams([...plainQuery(nowSeconds(s.clock)), ['encrypt_type', 'des']]), body, 400],
    ])('should refuse a push that is %s', async (_what, query, payload, status) => {
      const before = s.api.requests.length;
      const res = await post(s, query(), payload());
      expect(res.status).toBe(status);
      expect(res.text).not.toContain('<xml>');
      expect(await storedCount(s, openId)).toBe(0);
      expect(await s.app.store.conversations.get(weChatConversationId(APP_ID, openId))).toBeNull();
      expect(s.api.requests.length).toBe(before);
    });
  });

  describe('agent messages', () => {
    test('should go out through the customer-service API as numbered text', async () => {
      const adapter = s.app.adapters.find((a) => a.channelId === 'wechat')!;
      // Customer-service messages need a message from the customer within 48 hours.
      const t = nowSeconds(s.clock);
      expect((await post(s, plainQuery(t), textPush({ from: 'oAgent1', content: '你好', msgId: '7000000000000000090', createTime: t }))).status).toBe(200);
      await s.settle();
      const before = s.api.to('/cgi-bin/message/custom/send').length;
      await adapter.send({ channelId: 'wechat', conversationId: weChatConversationId(APP_ID, 'oAgent1'), user: { id: 'oAgent1' }, bot: { id: ACCOUNT } }, [
        {
          type: 'message',
          channelId: 'wechat',
          conversation: { id: weChatConversationId(APP_ID, 'oAgent1') },
          from: { id: 'agent-7', role: 'agent' },
          text: 'Which parcel?',
          suggestedActions: { actions: [{ type: 'imBack', title: 'To London', value: '1Z1' }, { type: 'imBack', title: 'To Paris', value: '1Z2' }] },
        },
        { type: 'trace', channelId: 'wechat', conversation: { id: 'x' }, from: { id: 'bot' }, name: 'debug', value: {} },
      ]);
      const sends = s.api.to('/cgi-bin/message/custom/send').slice(before);
      expect(sends).toHaveLength(1);
      expect(sends[0]!.query).toEqual({ access_token: expect.stringMatching(/^ACCESS_TOKEN_/) });
      expect(JSON.parse(sends[0]!.body)).toEqual({ touser: 'oAgent1', msgtype: 'text', text: { content: 'Which parcel?\n1. To London\n2. To Paris' } });
    });
  });
});

describe('WeChat replies past the passive-reply budget', () => {
  let s: WeChatServer;
  let delay = 0;
  beforeAll(async () => {
    s = await startWeChatServer({ env: { WECHAT_REPLY_BUDGET_MS: '100' }, parserDelayMs: () => delay });
  });
  afterAll(() => s.close());

  test('should answer success at once and send through the customer-service API with a cached token', async () => {
    delay = 600;
    const t = nowSeconds(s.clock);
    const started = performance.now();
    const res = await post(s, plainQuery(t), textPush({ from: 'oSlow1', content: TRACKING, msgId: '7100000000000000001', createTime: t }));
    expect(res).toMatchObject({ status: 200, text: 'success' });
    expect(performance.now() - started).toBeLessThan(500);
    await eventually(() => expect(s.api.to('/cgi-bin/message/custom/send')).toHaveLength(1));

    const [token] = s.api.to('/cgi-bin/token');
    expect(token).toMatchObject({ method: 'GET', query: { grant_type: 'client_credential', appid: APP_ID, secret: APP_SECRET } });
    const [send] = s.api.to('/cgi-bin/message/custom/send');
    expect(send!.method).toBe('POST');
    expect(send!.query).toEqual({ access_token: 'ACCESS_TOKEN_1' });
    const message = JSON.parse(send!.body) as { touser: string; msgtype: string; text: { content: string } };
    expect(message).toEqual({ touser: 'oSlow1', msgtype: 'text', text: { content: expect.stringContaining(TRACKING) } });

    // A second slow turn reuses the cached token.
    const t2 = nowSeconds(s.clock);
    await post(s, plainQuery(t2), textPush({ from: 'oSlow2', content: TRACKING, msgId: '7100000000000000002', createTime: t2 }));
    await eventually(() => expect(s.api.to('/cgi-bin/message/custom/send')).toHaveLength(2));
    expect(s.api.to('/cgi-bin/token')).toHaveLength(1);
    expect(s.api.to('/cgi-bin/message/custom/send')[1]!.query).toEqual({ access_token: 'ACCESS_TOKEN_1' });
  });

  test('should fetch a new token once when WeChat says the token expired (42001) and send again', async () => {
    delay = 300;
    s.api.behaviour.sendErrcodes.push(42001);
    const tokensBefore = s.api.to('/cgi-bin/token').length;
    const sendsBefore = s.api.to('/cgi-bin/message/custom/send').length;
    const t = nowSeconds(s.clock);
    await post(s, plainQuery(t), textPush({ from: 'oSlow3', content: TRACKING, msgId: '7100000000000000003', createTime: t }));
    await eventually(() => expect(s.api.to('/cgi-bin/message/custom/send').length).toBe(sendsBefore + 2));
    expect(s.api.to('/cgi-bin/token').length).toBe(tokensBefore + 1);
    const [refused, resent] = s.api.to('/cgi-bin/message/custom/send').slice(sendsBefore);
    expect(refused!.query['access_token']).not.toBe(resent!.query['access_token']);
    expect(resent!.body).toBe(refused!.body);
  });

  test('should refresh the token shortly before it expires', async () => {
    delay = 300;
    const tokensBefore = s.api.to('/cgi-bin/token').length;
    s.clock.advance((7200 - 299) * 1000);
    const t = nowSeconds(s.clock);
    const sendsBefore = s.api.to('/cgi-bin/message/custom/send').length;
    await post(s, plainQuery(t), textPush({ from: 'oSlow4', content: TRACKING, msgId: '7100000000000000004', createTime: t }));
    await eventually(() => expect(s.api.to('/cgi-bin/message/custom/send').length).toBe(sendsBefore + 1));
    expect(s.api.to('/cgi-bin/token').length).toBe(tokensBefore + 1);
  });
});
