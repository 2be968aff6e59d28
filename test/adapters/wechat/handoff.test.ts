/**
 * A WeChat customer handed to a person: the agent works in the console, and what the agent writes
 * reaches the WeChat API (the local stand-in) as customer-service text messages to the customer's
 * openid; while the agent has the conversation the bot's passive reply is empty ("success").
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { weChatConversationId } from '../../../adapters/wechat/messages.ts';
import { ConsoleClient, createAgent } from '../../support/agentConsole.ts';
import { APP_ID, nowSeconds, plainQuery, post, startWeChatServer, textPush, type WeChatServer } from './harness.ts';

const OPEN_ID = 'oHandoff7Customer';
const CUSTOM_SEND = '/cgi-bin/message/custom/send';

describe('a WeChat customer handed to an agent', () => {
  let s: WeChatServer;
  let n = 0;
  beforeAll(async () => {
    s = await startWeChatServer({ env: { BUSINESS_HOURS: '24/7' } });
  });
  afterAll(() => s.close());

  const push = (content: string) => {
    const t = nowSeconds(s.clock);
    return post(s, plainQuery(t), textPush({ from: OPEN_ID, content, msgId: String(7300000000000000000n + BigInt(++n)), createTime: t }));
  };
  const customSends = () => s.api.to(CUSTOM_SEND).map((r) => ({ token: r.query['access_token'], body: JSON.parse(r.body) as unknown }));

  test('should deliver the agent\'s messages as customer-service messages and keep the bot silent until handed back', async () => {
    const wang = await createAgent(s.app.store, { username: 'wang', displayName: '小王' });
    const console = await ConsoleClient.signIn(s.url, wang.username, wang.password);

    const asked = await push('我要转人工客服');
    expect(asked.text).toMatch(/工单号 CA-\d{6}.*您目前排在第 1 位/s);
    const ticket = /CA-\d{6}/.exec(asked.text)![0];
    const id = await console.handoffId(ticket);

    const before = customSends().length;
    expect((await console.post(`/handoffs/${id}/claim`)).status).toBe(200);
    expect((await console.post(`/handoffs/${id}/messages`, { text: '您好，我是客服小王，请问哪个包裹有问题？' })).status).toBe(201);
    // Committed to the outbox when the console has its 201; sent from there.
    await s.settle();
    // WeChat's customer-service message format, to the customer's openid, with the access token in the query.
    expect(customSends().slice(before)).toEqual([
      { token: expect.any(String), body: { touser: OPEN_ID, msgtype: 'text', text: { content: '客服 小王 已加入对话。' } } },
      { token: expect.any(String), body: { touser: OPEN_ID, msgtype: 'text', text: { content: '您好，我是客服小王，请问哪个包裹有问题？' } } },
    ]);

    // While the agent has it, the push is acknowledged with no reply and nothing else is sent.
    const quiet = customSends().length;
    expect((await push('寄到纽约的那个')).text).toBe('success');
    expect(customSends()).toHaveLength(quiet);
    const view = await console.get<{ history: { author: string; text: string }[] }>(`/handoffs/${id}`);
    expect(view.body.history.at(-1)).toMatchObject({ author: 'customer', text: '寄到纽约的那个' });

    expect((await console.post(`/handoffs/${id}/handback`)).status).toBe(200);
    await s.settle();
    expect(customSends().at(-1)!.body).toMatchObject({ touser: OPEN_ID, text: { content: expect.stringContaining('已将对话交回智能助手') } });
    expect((await push('帮助')).text).toContain('我可以根据 1Z 运单号');
    expect((await s.app.store.conversations.get(weChatConversationId(APP_ID, OPEN_ID)))!.owner).toBe('bot');
  });
});
