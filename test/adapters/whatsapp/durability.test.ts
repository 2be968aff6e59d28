/**
 * The durable inbox and outbox on the WhatsApp channel, against the stand-in Graph API: a message
 * accepted but never answered is answered once when Meta redelivers it; a busy Graph API (5xx, 429)
 * is tried again with backoff until it takes the message; a refusal, or too many failures, leaves
 * the message undeliverable with its reason. (A real process killed mid-run: test/server/crash.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { whatsAppConversationId } from '../../../adapters/whatsapp/inbound.ts';
import { PHONE_NUMBER_ID, textMessage, useWhatsAppServer, type WhatsAppServer } from './whatsAppTestServer.ts';

const busy = { status: 500, body: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } } };
const throttled = { status: 429, body: { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429 } } };
/** Meta's throttling as it usually comes: HTTP 400, told apart by its code (Meta's error-code reference). */
const throughput400 = { status: 400, body: { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429, error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because there were too many messages sent from this phone number in a short period of time' } } } };
const pairRate400 = { status: 400, body: { error: { message: '(#131056) (Business Account, Consumer Account) pair rate limit hit', type: 'OAuthException', code: 131056 } } };
const refused = { status: 400, body: { error: { message: '(#131030) Recipient phone number not in allowed list', type: 'OAuthException', code: 131030 } } };

/** Lets the retry time come (the clock is fixed) and the outbox send what is due. */
async function nextRetry(s: WhatsAppServer): Promise<void> {
  s.clock.advance(60_000);
  s.app.outbox.kick();
  await s.settle();
}

describe('the durable outbox on WhatsApp', () => {
  const t = useWhatsAppServer({ OUTBOX_RETRY_BASE_MS: '1000', OUTBOX_MAX_ATTEMPTS: '3' });

  test('should answer a message accepted before a crash once when Meta redelivers it', async () => {
    const s = t.server;
    const from = '447700900701';
    const body = textMessage('hello', { id: 'wamid.D.1', from });
    // What a crash leaves: the message committed (Meta had its 200), no turn run, nothing sent.
    const activity = { type: 'message', id: 'wamid.D.1', channelId: 'whatsapp', text: 'hello', timestamp: s.clock.now().toISOString(), from: { id: from, role: 'user' }, recipient: { id: 'carrier-assist', role: 'bot' }, conversation: { id: whatsAppConversationId(PHONE_NUMBER_ID, from) } };
    await s.app.store.inbox.accept([{ channelId: 'whatsapp', messageId: 'wamid.D.1', conversationId: activity.conversation.id, payload: { activity, media: null } }], s.clock.now().toISOString());
    const before = s.graph.sends().length;
    expect((await s.post(body)).status).toBe(200);
    await s.settle();
    expect((await s.post(body)).status).toBe(200);
    await s.settle();
    expect(s.graph.sends().slice(before).map((r) => (r.body as { to: string }).to)).toEqual([from]);
    expect((await s.app.store.inbox.get('whatsapp', 'wamid.D.1'))?.completedAt).not.toBeNull();
  });

  test('should send once a busy Graph API takes the reply, after backing off', async () => {
    const s = t.server;
    const from = '447700900702';
    s.graph.sendAnswers.push(busy, throttled);
    const before = s.graph.sends().length;
    expect((await s.post(textMessage('hello', { id: 'wamid.D.2', from }))).status).toBe(200);
    await s.settle();
    const [pending] = await s.app.store.deliveries.forConversation(whatsAppConversationId(PHONE_NUMBER_ID, from));
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastError: 'An unknown error has occurred.' });
    expect(Date.parse(pending!.notBefore) - s.clock.now().getTime()).toBeGreaterThanOrEqual(500);
    await nextRetry(s);
    await nextRetry(s);
    const [sent] = await s.app.store.deliveries.forConversation(whatsAppConversationId(PHONE_NUMBER_ID, from));
    expect(sent).toMatchObject({ status: 'sent', attempts: 3, transport: 'api' });
    // Three tries reached the Graph API; Meta accepted one.
    expect(s.graph.sends().slice(before)).toHaveLength(3);
    const accepted = (await s.app.store.outboundMessages.listForConversation(whatsAppConversationId(PHONE_NUMBER_ID, from))).filter((m) => m.status === 'accepted');
    expect(accepted).toHaveLength(1);
  });

  test("should send once Meta's throttling ends when it comes as HTTP 400 with a throttling code (130429, 131056)", async () => {
    const s = t.server;
    const from = '447700900705';
    s.graph.sendAnswers.push(throughput400, pairRate400);
    expect((await s.post(textMessage('hello', { id: 'wamid.D.5', from }))).status).toBe(200);
    await s.settle();
    const [pending] = await s.app.store.deliveries.forConversation(whatsAppConversationId(PHONE_NUMBER_ID, from));
    expect(pending).toMatchObject({ status: 'pending', attempts: 1, lastError: '(#130429) Rate limit hit' });
    await nextRetry(s);
    await nextRetry(s);
    const [sent] = await s.app.store.deliveries.forConversation(whatsAppConversationId(PHONE_NUMBER_ID, from));
    expect(sent).toMatchObject({ status: 'sent', attempts: 3 });
    // A throttled send is not a refusal: nothing recorded as failed.
    const statuses = (await s.app.store.outboundMessages.listForConversation(whatsAppConversationId(PHONE_NUMBER_ID, from))).map((m) => m.status);
    expect(statuses).not.toContain('failed');
  });

  test('should give a refused reply up at once, and one that keeps failing after the last attempt, with the reason', async () => {
    const s = t.server;
    s.graph.sendAnswers.push(refused);
    expect((await s.post(textMessage('hello', { id: 'wamid.D.3', from: '447700900703' }))).status).toBe(200);
    await s.settle();
    s.graph.sendAnswers.push(busy, busy, busy);
    expect((await s.post(textMessage('hello', { id: 'wamid.D.4', from: '447700900704' }))).status).toBe(200);
    await s.settle();
    await nextRetry(s);
    await nextRetry(s);
    const given = await s.app.store.deliveries.undeliverable(10);
    expect(given.map((d) => [d.conversationId, d.attempts, d.lastError])).toEqual([
      [whatsAppConversationId(PHONE_NUMBER_ID, '447700900704'), 3, 'An unknown error has occurred.'],
      [whatsAppConversationId(PHONE_NUMBER_ID, '447700900703'), 1, '(#131030) Recipient phone number not in allowed list'],
    ]);
  });
});
