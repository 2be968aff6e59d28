/**
 * The satisfaction survey as the store keeps it (issue 20): after an agent resolves a handoff the
 * customer is asked once; the rating and comment are kept with the conversation, the agent and the
 * ticket; a survey the customer passes by is closed unanswered and never asked again.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startConsole, type Console, type Session } from './consoleHarness.ts';

describe('satisfaction survey after a resolution', () => {
  let c: Console;
  let ana: Session;
  beforeEach(async () => {
    c = await startConsole();
    await c.addAgent({ id: 'ana', displayName: 'Ana' });
    ana = await c.signIn('ana');
  });
  afterEach(async () => {
    await c?.close();
  });

  async function resolved(user: string, text?: string) {
    const { conversationId, handoffId } = await c.escalate(user, text);
    await c.api(ana, 'POST', `/handoffs/${handoffId}/claim`);
    await c.api(ana, 'POST', `/handoffs/${handoffId}/messages`, { text: 'Done.' });
    expect((await c.api(ana, 'POST', `/handoffs/${handoffId}/resolve`, { reason: 'answered' })).status).toBe(200);
    return { conversationId, handoff: (await c.store.handoffs.get(handoffId))! };
  }

  test('should keep the rating and the comment with the conversation, the agent and the ticket', async () => {
    const { conversationId, handoff } = await resolved('u-li', '我要找人工客服');
    expect(await c.store.satisfaction.pending(conversationId)).toMatchObject({ handoffId: handoff.id, ticketNumber: handoff.ticketNumber, agentId: 'ana', language: 'zh', rating: null });
    expect((await c.say(conversationId, 'u-li', '非常满意')).map((a) => a.text)).toEqual(['感谢您的评分（5 分）！还有什么想告诉我们的吗？请直接写下，或点“不用了”。']);
    await c.say(conversationId, 'u-li', '小王很耐心');
    const [kept] = await c.store.satisfaction.ratedBetween('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z');
    expect(kept).toMatchObject({ conversationId, ticketNumber: handoff.ticketNumber, agentId: 'ana', rating: 5, comment: '小王很耐心', closedAt: expect.any(String) });
    expect(await c.store.satisfaction.pending(conversationId)).toBeNull();
  });

  test('should close a survey the customer passes by, unanswered, and answer them as usual', async () => {
    const { conversationId } = await resolved('u-alice');
    const said = await c.say(conversationId, 'u-alice', 'hello');
    expect(said.map((a) => a.text).join(' ')).not.toMatch(/rating/);
    expect(await c.store.satisfaction.pending(conversationId)).toBeNull();
    // Not asked again: a "5" later is no rating.
    await c.say(conversationId, 'u-alice', '5');
    expect(await c.store.satisfaction.ratedBetween('2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z')).toEqual([]);
  });
});
