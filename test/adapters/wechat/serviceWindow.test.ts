/**
 * WeChat's customer-service limits, on a fixed clock, checked at the stand-in WeChat API: at most 5
 * customer-service messages after the customer's message, within 48 hours of it; beyond that a
 * customer notice goes out as the configured template message, and anything else is held (with the
 * reason, as agents see it) until the customer writes again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { weChatConversationId } from '../../../adapters/wechat/messages.ts';
import { HELD_REASONS } from '../../../adapters/wechat/serviceWindow.ts';
import type { Activity, ConversationRef } from '../../../src/activity.ts';
import { APP_ID, ACCOUNT, nowSeconds, plainQuery, post, startWeChatServer, textPush, type WeChatServer } from './harness.ts';

const HOUR = 60 * 60 * 1000;
const conversationOf = (openId: string) => weChatConversationId(APP_ID, openId);
const refOf = (openId: string): ConversationRef => ({ channelId: 'wechat', conversationId: conversationOf(openId), user: { id: openId }, bot: { id: ACCOUNT } });
/** An agent's chat message (no customer notice), recorded in the conversation and sent by the adapter now; returns its id. */
async function agentWrites(s: WeChatServer, openId: string, text: string): Promise<string> {
  const adapter = s.app.adapters.find((a) => a.channelId === 'wechat')!;
  const message = { type: 'message', from: { id: 'agent-7', role: 'agent' }, text } as Activity;
  const [sent] = await s.app.pipeline.sendToConversation(refOf(openId), [message], (ref, activities) => adapter.send(ref, activities));
  return sent!.id!;
}
const customSends = (s: WeChatServer, openId: string) =>
  s.api.to('/cgi-bin/message/custom/send').map((r) => JSON.parse(r.body) as { touser: string; text: { content: string } }).filter((m) => m.touser === openId).map((m) => m.text.content);
const heldRows = async (s: WeChatServer, openId: string) =>
  (await s.app.store.outboundMessages.listForConversation(conversationOf(openId))).filter((m) => m.status === 'queued_outside_window');

let msgIds = 7_300_000_000_000_000_000n;
/** The customer writes `content` now; returns the passive reply's body. */
async function customerWrites(s: WeChatServer, openId: string, content: string): Promise<string> {
  const t = nowSeconds(s.clock);
  const res = await post(s, plainQuery(t), textPush({ from: openId, content, msgId: String(++msgIds), createTime: t }));
  expect(res.status).toBe(200);
  await s.settle();
  return res.text;
}

describe('WeChat customer-service limits without a template', () => {
  let s: WeChatServer;
  beforeAll(async () => {
    s = await startWeChatServer();
  });
  afterAll(() => s.close());

  test('should send 5 customer-service messages after a message, hold the 6th with the reason, and send it when the customer writes again', async () => {
    const openId = 'oLimit1';
    await customerWrites(s, openId, '你好');
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) ids.push(await agentWrites(s, openId, `第${i}条`));
    expect(customSends(s, openId)).toEqual(['第1条', '第2条', '第3条', '第4条', '第5条']);
    expect(await heldRows(s, openId)).toEqual([expect.objectContaining({ activityId: ids[5], error: HELD_REASONS.count })]);

    const passive = await customerWrites(s, openId, '还在吗');
    expect(`${passive}\n${customSends(s, openId).join('\n')}`).toContain('第6条');
    const rows = (await s.app.store.outboundMessages.listForConversation(conversationOf(openId))).filter((m) => m.activityId === ids[5]);
    expect(rows.map((r) => r.status)).toEqual(['released']);
  });

  test('should hold a notice 48 hours after the customer\'s last message', async () => {
    const openId = 'oLate1';
    await customerWrites(s, openId, '你好');
    s.clock.advance(48 * HOUR);
    try {
      const [told] = await s.app.notices.tell(conversationOf(openId), { text: () => '您的工单 CA-000400 已处理完毕。', ticket: 'CA-000400' });
      await s.settle();
      expect(customSends(s, openId)).not.toContain('您的工单 CA-000400 已处理完毕。');
      expect(await heldRows(s, openId)).toEqual([expect.objectContaining({ activityId: told!.id, error: HELD_REASONS.window })]);
    } finally {
      s.clock.advance(-48 * HOUR);
    }
  });
});

describe('WeChat customer-service limits with a notice template', () => {
  let s: WeChatServer;
  beforeAll(async () => {
    s = await startWeChatServer({
      env: { WECHAT_NOTICE_TEMPLATE: JSON.stringify({ id: 'ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY', data: { character_string1: 'ticket', thing2: 'text' } }) },
    });
  });
  afterAll(() => s.close());

  test('should send a notice beyond the 48 hours as the template message, and still hold an agent\'s chat message', async () => {
    const openId = 'oTemplate1';
    await customerWrites(s, openId, '你好');
    s.clock.advance(50 * HOUR);
    try {
      const [told] = await s.app.notices.ticketChanged(conversationOf(openId), { ticket: { number: 'CA-000401' }, from: 'open', to: 'waiting_on_carrier' });
      await s.settle();
      const templates = s.api.to('/cgi-bin/message/template/send');
      expect(templates.map((r) => JSON.parse(r.body) as unknown)).toEqual([
        {
          touser: openId,
          template_id: 'ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY',
          data: { character_string1: { value: 'CA-000401' }, thing2: { value: '您的工单 CA-000401：我们已向配送网络查询，正在等待答复，一有消息就会在这里告诉您。' } },
        },
      ]);
      expect(templates[0]!.query).toEqual({ access_token: expect.stringMatching(/^ACCESS_TOKEN_/) });
      const rows = await s.app.store.outboundMessages.listForConversation(conversationOf(openId));
      expect(rows.find((r) => r.activityId === told!.id)).toMatchObject({ status: 'accepted', providerMessageId: expect.stringMatching(/^template:\d+$/) });

      const asked = await agentWrites(s, openId, '请提供发票');
      expect(s.api.to('/cgi-bin/message/template/send')).toHaveLength(1);
      expect(await heldRows(s, openId)).toEqual([expect.objectContaining({ activityId: asked, error: HELD_REASONS.window })]);
    } finally {
      s.clock.advance(-50 * HOUR);
    }
  });
});
