/**
 * What the WeChat adapter's authors left open, closed: a failed late send is recorded, media has a
 * size cap, replies respect WeChat's 2048-byte text limit, a shared location is not "not understood",
 * and card facts use the full-width colon in Chinese.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_MEDIA_BYTES, WeChatApi, WeChatMediaTooLargeError } from '../../../adapters/wechat/api.ts';
import { weChatConversationId } from '../../../adapters/wechat/messages.ts';
import { factLine, renderForWeChat, weChatTexts, WECHAT_TEXT_BYTES } from '../../../adapters/wechat/render.ts';
import { FixedClock } from '../../../src/clock.ts';
import { STORY_TRACKING_NUMBERS } from '../../../src/demo/index.ts';
import { ACCOUNT, APP_ID, eventually, nowSeconds, plainQuery, post, startWeChatServer, textPush, type WeChatServer } from './harness.ts';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('a late customer-service send that fails', () => {
  let s: WeChatServer;
  let delay = 0;
  beforeAll(async () => {
    s = await startWeChatServer({ env: { WECHAT_REPLY_BUDGET_MS: '100' }, parserDelayMs: () => delay });
  });
  afterAll(() => s.close());

  test('should be recorded in outbound_messages as failed, with WeChat’s errcode', async () => {
    delay = 400;
    // 45047: over the customer-service message limit (not a token error, so not retried).
    s.api.behaviour.sendErrcodes.push(45047);
    const t = nowSeconds(s.clock);
    const res = await post(s, plainQuery(t), textPush({ from: 'oFail1', content: STORY_TRACKING_NUMBERS.shanghaiToNewYork, msgId: '7200000000000000001', createTime: t }));
    expect(res.text).toBe('success');
    const conversation = weChatConversationId(APP_ID, 'oFail1');
    await eventually(async () => expect(await s.app.store.outboundMessages.listForConversation(conversation)).not.toHaveLength(0));
    const [failed] = await s.app.store.outboundMessages.listForConversation(conversation);
    const reply = (await s.app.store.activities.list(conversation)).find((a) => a.direction === 'out' && a.activity.type === 'message')!;
    expect(failed).toMatchObject({ channelId: 'wechat', status: 'failed', providerMessageId: null, activityId: reply.activity.id, error: expect.stringContaining('45047') });
  });
});

describe('media downloads', () => {
  const api = (respond: () => Response) =>
    new WeChatApi({
      apiUrl: 'http://wechat.test',
      appId: APP_ID,
      appSecret: 'secret',
      clock: new FixedClock('2026-03-20T09:00:00Z'),
      logger: pino({ level: 'silent' }),
      fetch: (async (url: string | URL) =>
        String(url).includes('/cgi-bin/token') ? Response.json({ access_token: 'T', expires_in: 7200 }) : respond()) as typeof fetch,
    });

  test('should cap a file at 10 MB', () => {
    expect(MAX_MEDIA_BYTES).toBe(10 * 1024 * 1024);
  });

  test('should refuse a file whose Content-Length is over the cap without reading it', async () => {
    const big = api(() => new Response(new Uint8Array(16), { headers: { 'content-type': 'image/jpeg', 'content-length': String(MAX_MEDIA_BYTES + 1) } }));
    await expect(big.downloadMedia('m1')).rejects.toBeInstanceOf(WeChatMediaTooLargeError);
  });

  test('should stop reading a file that passes the cap without saying its length', async () => {
    const chunk = new Uint8Array(1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += chunk.length;
        c.enqueue(chunk);
      },
    });
    const endless = api(() => new Response(stream, { headers: { 'content-type': 'image/jpeg' } }));
    await expect(endless.downloadMedia('m2', 64 * 1024)).rejects.toThrow(/at most 65536/);
    expect(sent).toBeLessThan(80 * 1024);
  });

  test('should take a file under the cap', async () => {
    const small = api(() => new Response(Buffer.from('JPEG'), { headers: { 'content-type': 'image/jpeg' } }));
    expect((await small.downloadMedia('m3')).data.toString()).toBe('JPEG');
  });
});

describe('WeChat’s 2048-byte text limit', () => {
  test('should join whole messages while they fit and start a new text when they do not', () => {
    const a = '甲'.repeat(400); // 1200 bytes
    const b = '乙'.repeat(400);
    expect(weChatTexts([a, 'short'])).toEqual([`${a}\n\nshort`]);
    expect(weChatTexts([a, b])).toEqual([a, b]);
  });

  test('should cut one long message at paragraphs, then lines, then characters, each text within 2048 bytes', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `${i}${'段'.repeat(200)}`).join('\n\n');
    const texts = weChatTexts([paragraphs]);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('\n\n')).toBe(paragraphs);
    const oneLine = '字'.repeat(2000);
    const cut = weChatTexts([oneLine]);
    expect(cut.join('')).toBe(oneLine);
    for (const t of [...texts, ...cut]) expect(bytes(t)).toBeLessThanOrEqual(WECHAT_TEXT_BYTES);
  });

  describe('on the webhook', () => {
    let s: WeChatServer;
    beforeAll(async () => {
      s = await startWeChatServer();
    });
    afterAll(() => s.close());

    test('should send the passive reply within 2048 bytes and the rest through the customer-service API after it', async () => {
      // Ten tracking numbers: ten parcel answers, far over 2048 bytes together.
      const numbers = Object.values(STORY_TRACKING_NUMBERS).slice(0, 10);
      const t = nowSeconds(s.clock);
      const res = await post(s, plainQuery(t), textPush({ from: 'oLong1', content: numbers.join(' '), msgId: '7200000000000000002', createTime: t }));
      expect(res.status).toBe(200);
      const passive = /<Content><!\[CDATA\[([\s\S]*?)\]\]><\/Content>/.exec(res.text)![1]!;
      expect(bytes(passive)).toBeLessThanOrEqual(WECHAT_TEXT_BYTES);
      const conversation = weChatConversationId(APP_ID, 'oLong1');
      const replies = (await s.app.store.activities.list(conversation)).filter((a) => a.direction === 'out' && a.activity.type === 'message');
      const whole = replies.map((a) => renderForWeChat(a.activity)!).join('\n\n');
      expect(bytes(whole)).toBeGreaterThan(WECHAT_TEXT_BYTES);
      // The rest goes out one text after another: wait for all of it, not for the first (the test raced there).
      const rest = () => s.api.to('/cgi-bin/message/custom/send').map((r) => JSON.parse(r.body) as { touser: string; text: { content: string } });
      await eventually(() => expect([passive, ...rest().map((m) => m.text.content)].join('\n\n')).toBe(whole));
      await s.settle(); // each part is marked sent after WeChat accepted it and it was recorded
      expect(rest().every((m) => m.touser === 'oLong1' && bytes(m.text.content) <= WECHAT_TEXT_BYTES)).toBe(true);
      // Through the durable outbox: each part committed, then marked sent by the customer-service API.
      const deliveries = await s.app.store.deliveries.forConversation(conversation);
      const parts = deliveries.filter((d) => /\/part\d+$/.test(d.activityId));
      expect(parts.map((d) => [d.status, d.transport, d.activity.text])).toEqual(rest().map((m) => ['sent', 'api', m.text.content]));
      expect(deliveries.filter((d) => !parts.includes(d)).every((d) => d.status === 'sent' && d.transport === 'passive')).toBe(true);
    });

    test('should keep a shared location without answering "I did not understand"', async () => {
      const t = nowSeconds(s.clock);
      const xml = `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[oPlace1]]></FromUserName><CreateTime>${t}</CreateTime><MsgType><![CDATA[location]]></MsgType><Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale><Label><![CDATA[广州市海珠区]]></Label><MsgId>7200000000000000003</MsgId></xml>`;
      const res = await post(s, plainQuery(t), xml);
      expect(res).toMatchObject({ status: 200, text: 'success' });
      const stored = await s.app.store.activities.list(weChatConversationId(APP_ID, 'oPlace1'));
      expect(stored.map((a) => [a.direction, a.activity.type])).toEqual([['in', 'event']]);
      expect(stored[0]!.activity).toMatchObject({ name: 'wechat/location', entities: [{ type: 'Place', name: '广州市海珠区', geo: { latitude: 23.134521, longitude: 113.358803 } }] });
    });
  });
});

describe('card facts', () => {
  test('should use the full-width colon in Chinese and the ASCII one otherwise', () => {
    expect(factLine('状态', '运输中', 'zh')).toBe('状态：运输中');
    expect(factLine('状态', '运输中', 'zh-CN')).toBe('状态：运输中');
    expect(factLine('Status', 'In transit', 'en')).toBe('Status: In transit');
    expect(factLine('Estado', 'En tránsito', undefined)).toBe('Estado: En tránsito');
  });
});
