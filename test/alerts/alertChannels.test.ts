/**
 * Done-when of issue 21's alerts, through the real Track Alert webhook of a running server and each
 * channel's real adapter with its stand-in platform API, on a fixed clock. Alice (account 5W8A3K,
 * Asia/Shanghai) subscribes in the chat; a pushed status change reaches her on WhatsApp (inside the
 * 24-hour window as text with the fix as a button, outside it as the approved template of her
 * language), on WeChat (inside 48 h as a customer-service message; beyond it held, visible to agents)
 * and on Web Chat — once each even when the push is delivered three times, and a non-exception at
 * night in her zone waits for her morning.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { weChatConversationId } from '../../adapters/wechat/messages.ts';
import { demoTrackingEvent, pushTrackAlert, type DemoEvent } from '../../src/commands/demoAlert.ts';
import { PHONE_NUMBER_ID, startWhatsAppServer, textMessage, type WhatsAppServer } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { APP_ID, nowSeconds, plainQuery, post, startWeChatServer, textPush, type WeChatServer } from '../adapters/wechat/harness.ts';
import { DirectLineSession, userMessage } from '../support/directLine.ts';
import { UpsStandIn } from '../support/upsStandIn.ts';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer.ts';
import type { App } from '../../src/app.ts';
import type { FixedClock } from '../../src/clock.ts';

/** Sets the fixed clock to `iso`. */
const moveTo = (clock: FixedClock, iso: string) => clock.advance(Date.parse(iso) - clock.now().getTime());

const HOUR = 3_600_000;
const CREDENTIAL = { clientId: 'ups-track-alert', clientSecret: 'track-alert-webhook-secret' };
/** The UPS Tracking API stand-in (Track Alert needs UPS configured); it knows none of the demo parcels, so the store answers for them. */
const ups = new UpsStandIn();
let upsUrl = '';
beforeAll(async () => {
  upsUrl = await ups.start();
});
afterAll(() => ups.stop());
const alertEnv = () => ({
  UPS_CLIENT_ID: ups.clientId,
  UPS_CLIENT_SECRET: ups.clientSecret,
  UPS_API_URL: upsUrl,
  UPS_ALERT_CLIENT_ID: CREDENTIAL.clientId,
  UPS_ALERT_CLIENT_SECRET: CREDENTIAL.clientSecret,
});

/** Alice's parcels in transit (the demo data's, found by a plain filter). */
async function alicesParcels(app: App): Promise<string[]> {
  const parcels = await app.store.shipments.search({ accountNumber: '5W8A3K' });
  return parcels.filter((s) => s.status === 'in_transit').map((s) => s.trackingNumber);
}

/** The same event pushed `times` times through the webhook, every answer 200. */
async function pushed(url: string, trackingNumber: string, event: DemoEvent, at: Date, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) expect((await pushTrackAlert(url, CREDENTIAL, demoTrackingEvent(trackingNumber, event, at))).status).toBe(200);
}

describe('alerts on WhatsApp', () => {
  let s: WhatsAppServer;
  const waId = '447700900777';
  const sends = () => s.graph.sends().filter((r) => (r.body as { to: string }).to === waId).map((r) => r.body as Record<string, unknown>);
  const writes = async (id: string, text: string) => {
    expect((await s.post(textMessage(text, { id, from: waId, timestamp: Math.floor(s.clock.now().getTime() / 1000) }))).status).toBe(200);
    await s.settle();
  };
  beforeAll(async () => {
    s = await startWhatsAppServer({ ...alertEnv(), WHATSAPP_TEMPLATES: JSON.stringify({ en: { name: 'parcel_update', language: 'en_US', parameters: ['text'] } }) });
    await s.app.store.identities.link({ channelId: 'whatsapp', externalId: waId, userId: 'u-alice', linkedAt: s.clock.now().toISOString() });
  });
  afterAll(() => s.close());

  test('should send an exception once as text with its fix inside the window, however often it is pushed, and the template outside it', async () => {
    const [parcel] = await alicesParcels(s.app);
    await writes('wamid.A.1', `tell me when ${parcel} arrives`);
    const before = sends().length;
    await pushed(s.url, parcel!, 'customs_hold', s.clock.now(), 3);
    await s.settle();
    const told = sends().slice(before);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ type: 'interactive', interactive: { type: 'button', body: { text: expect.stringContaining(`${parcel} is held in customs in LOUISVILLE`) } } });
    expect(JSON.stringify(told[0])).toContain('Upload documents');

    // 26 hours after her last message (19:00 in Shanghai): only the approved template may go out.
    s.clock.advance(26 * HOUR);
    await pushed(s.url, parcel!, 'out_for_delivery', s.clock.now(), 3);
    await s.settle();
    const late = sends().slice(before + 1);
    expect(late).toEqual([
      expect.objectContaining({
        type: 'template',
        template: { name: 'parcel_update', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: `Update: ${parcel} is out for delivery today.` }] }] },
      }),
    ]);
    expect((await s.app.store.parcelAlerts.list(10)).filter((a) => a.trackingNumber === parcel).map((a) => a.state)).toEqual(['sent', 'sent']);
  });
});

describe('alerts on WeChat', () => {
  let s: WeChatServer;
  const openId = 'oAliceAlerts';
  let msgIds = 7_400_000_000_000_000_000n;
  const writes = async (content: string) => {
    const t = nowSeconds(s.clock);
    expect((await post(s, plainQuery(t), textPush({ from: openId, content, msgId: String(++msgIds), createTime: t }))).status).toBe(200);
    await s.settle();
  };
  const customSends = () => s.api.to('/cgi-bin/message/custom/send').map((r) => JSON.parse(r.body) as { touser: string; text: { content: string } }).filter((m) => m.touser === openId).map((m) => m.text.content);
  beforeAll(async () => {
    s = await startWeChatServer({ env: alertEnv() });
    await s.app.store.identities.link({ channelId: 'wechat', externalId: openId, userId: 'u-alice', linkedAt: s.clock.now().toISOString() });
  });
  afterAll(() => s.close());

  test('should send a customer-service message inside 48 hours, once for three pushes, and hold the next one beyond them for agents', async () => {
    const [, parcel] = await alicesParcels(s.app);
    await writes(`${parcel} 有变化通知我`);
    await pushed(s.url, parcel!, 'address_problem', s.clock.now(), 3);
    await s.settle();
    const told = customSends().filter((c) => c.includes(parcel!));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`提醒：${parcel}在LOUISVILLE无法派送：收货地址有问题。`);
    expect(told[0]).toContain('修改收货地址');

    s.clock.advance(49 * HOUR);
    await pushed(s.url, parcel!, 'damaged', s.clock.now(), 3);
    await s.settle();
    expect(customSends().filter((c) => c.includes(parcel!))).toHaveLength(1);
    const held = (await s.app.store.outboundMessages.listForConversation(weChatConversationId(APP_ID, openId))).filter((m) => m.status === 'queued_outside_window');
    expect(held).toHaveLength(1);
    const [activity] = (await s.app.store.activities.list(weChatConversationId(APP_ID, openId))).filter((a) => a.activity.id === held[0]!.activityId);
    expect(activity!.activity.text).toContain(`提醒：${parcel}在LOUISVILLE被报告破损。`);
  });
});

describe('alerts on Web Chat', () => {
  let t: { server: WebChatServer; dl: DirectLineSession };
  beforeAll(async () => {
    const server = await startWebChatServer({ demoData: true, env: alertEnv() });
    t = { server, dl: new DirectLineSession(server.url) };
  });
  afterAll(() => t.server.close());

  test('should put the alert once into the conversation, and hold a non-exception at night in her zone until her morning', async () => {
    const { server, dl } = t;
    const { conversationId, token, userId } = await dl.start();
    await server.app.store.identities.link({ channelId: 'webchat', externalId: userId, userId: 'u-alice', linkedAt: server.clock.now().toISOString() });
    const [, , parcel] = await alicesParcels(server.app);
    expect((await dl.post(conversationId, token, userMessage(userId, `tell me when ${parcel} arrives`))).status).toBe(200);
    const seen = (await dl.activities(conversationId, token)).body.watermark;
    const seenSeq = (await server.app.store.activities.list(conversationId)).length;
    // What the conversation holds for the chat to read (its token expires as the clock moves on).
    const alerts = async () => (await server.app.store.activities.list(conversationId)).slice(seenSeq).filter((a) => a.activity.type === 'message').map((a) => a.activity.text);

    await pushed(server.url, parcel!, 'delayed', server.clock.now(), 3);
    const read = (await dl.activities(conversationId, token, seen)).body.activities.filter((a) => a.type === 'message');
    expect(read.map((a) => a.text)).toEqual([`Heads-up: ${parcel} is delayed in LOUISVILLE. I'll tell you here when it moves again.`]);
    expect(await alerts()).toHaveLength(1);

    // 23:00 in Shanghai (15:00 UTC): a plain status change waits for 08:00 there (00:00 UTC).
    moveTo(server.clock, '2026-03-20T15:00:00.000Z');
    await pushed(server.url, parcel!, 'in_transit', server.clock.now(), 3);
    expect(await alerts()).toHaveLength(1);
    const [held] = (await server.app.store.parcelAlerts.list(10)).filter((a) => a.state === 'due');
    expect(held).toMatchObject({ trackingNumber: parcel, dueAt: '2026-03-21T00:00:00.000Z' });
    moveTo(server.clock, '2026-03-21T00:00:01.000Z');
    await server.app.alerts.sendDue();
    expect(await alerts()).toEqual([
      `Heads-up: ${parcel} is delayed in LOUISVILLE. I'll tell you here when it moves again.`,
      `Update: ${parcel} is on its way, now in LOUISVILLE.`,
    ]);
  });
});
