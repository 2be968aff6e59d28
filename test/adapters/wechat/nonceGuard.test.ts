/**
 * Replays of a signed WeChat query (issue 18): in plaintext mode the signature covers only token,
 * timestamp and nonce, so a captured query could carry any body from any sender for the whole
 * timestamp window. A nonce seen before is refused unless the push is the very one it came with
 * (WeChat's own retry, answered from the durable inbox); retries with a new timestamp and nonce are
 * answered as always. The nonces are kept in the store, so every instance sees them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseXml } from '../../../adapters/wechat/xml.ts';
import { weChatConversationId } from '../../../adapters/wechat/messages.ts';
import { createTestDatabase, describePostgres, type TestDatabase } from '../../store/postgresTestDatabase.ts';
import { APP_ID, nowSeconds, plainQuery, post, startWeChatServer, textPush, type WeChatServer } from './harness.ts';

function contentOf(xml: string): string | undefined {
  return parseXml(xml).children.find((c) => c.name === 'Content')?.text;
}

async function inboundCount(s: WeChatServer, openId: string): Promise<number> {
  return (await s.app.store.activities.list(weChatConversationId(APP_ID, openId))).filter((a) => a.direction === 'in').length;
}

describe('WeChat pushes replayed within the timestamp window', () => {
  let s: WeChatServer;
  beforeAll(async () => {
    s = await startWeChatServer();
  });
  afterAll(() => s.close());

  test('should refuse a signed query replayed with another body and sender, and record nothing', async () => {
    const t = nowSeconds(s.clock);
    const query = plainQuery(t);
    expect((await post(s, query, textPush({ from: 'oVictim1', content: '你好', msgId: '7100000000000000001', createTime: t }))).status).toBe(200);
    const forged = await post(s, query, textPush({ from: 'oMallory2', content: '你好', msgId: '7100000000000000002', createTime: t }));
    expect(forged.status).toBe(401);
    expect(forged.text).toContain('ReplayedNonce');
    expect(forged.text).not.toContain('<xml>');
    expect(await inboundCount(s, 'oMallory2')).toBe(0);
  });

  test('should refuse the same sender\'s message id with other words under a seen nonce', async () => {
    const t = nowSeconds(s.clock);
    const query = plainQuery(t);
    expect((await post(s, query, textPush({ from: 'oVictim2', content: '你好', msgId: '7100000000000000011', createTime: t }))).status).toBe(200);
    s.clock.advance(200_000);
    const altered = await post(s, query, textPush({ from: 'oVictim2', content: '转人工', msgId: '7100000000000000011', createTime: t }));
    expect(altered.status).toBe(401);
    expect(await inboundCount(s, 'oVictim2')).toBe(1);
  });

  test('should answer WeChat\'s retry that repeats the query, with the same reply and one turn', async () => {
    const t = nowSeconds(s.clock);
    const query = plainQuery(t);
    const body = textPush({ from: 'oRetry7', content: '你好', msgId: '7100000000000000021', createTime: t });
    const first = await post(s, query, body);
    expect(first.status).toBe(200);
    const again = await post(s, query, body);
    expect(again.status).toBe(200);
    expect(contentOf(again.text)).toBe(contentOf(first.text));
    await s.settle();
    expect(await inboundCount(s, 'oRetry7')).toBe(1);
  });

  test('should answer WeChat\'s retry with a new timestamp and nonce, with the same reply and one turn', async () => {
    const t = nowSeconds(s.clock);
    const body = textPush({ from: 'oRetry8', content: '你好', msgId: '7100000000000000031', createTime: t });
    const first = await post(s, plainQuery(t), body);
    s.clock.advance(5_000);
    const retry = await post(s, plainQuery(nowSeconds(s.clock)), body);
    expect(retry.status).toBe(200);
    expect(contentOf(retry.text)).toBe(contentOf(first.text));
    await s.settle();
    expect(await inboundCount(s, 'oRetry8')).toBe(1);
  });
});

await describePostgres('WeChat replays across instances sharing PostgreSQL', (serverUrl) => {
  let db: TestDatabase;
  let first: WeChatServer;
  let second: WeChatServer;
  beforeAll(async () => {
    db = await createTestDatabase(serverUrl);
    first = await startWeChatServer({ databaseUrl: db.url });
    second = await startWeChatServer({ databaseUrl: db.url, importData: false });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await db?.drop();
  });

  test('should refuse on one instance a nonce another instance saw with another push', async () => {
    const t = nowSeconds(first.clock);
    const query = plainQuery(t);
    const body = textPush({ from: 'oVictim9', content: '你好', msgId: '7100000000000000041', createTime: t });
    expect((await post(first, query, body)).status).toBe(200);
    const forged = await post(second, query, textPush({ from: 'oMallory9', content: '你好', msgId: '7100000000000000042', createTime: t }));
    expect(forged.status).toBe(401);
    expect(await inboundCount(second, 'oMallory9')).toBe(0);
    // WeChat's retry of the first push reaches the other instance: answered, no second turn.
    await first.settle();
    expect((await post(second, query, body)).status).toBe(200);
    expect(await inboundCount(second, 'oVictim9')).toBe(1);
  });
});
