/**
 * The 24-hour customer-service window on a fixed clock: inside it messages go out as they are;
 * outside it they are queued (and the configured template sent, if any) until the customer writes.
 */
import { describe, expect, test } from 'vitest';
import { conversationRefOf, type Activity, type ConversationRef } from '../../../src/activity.ts';
import { windowOpen } from '../../../adapters/whatsapp/sender.ts';
import { PHONE_NUMBER_ID, textMessage, useWhatsAppServer, type WhatsAppServer } from './whatsAppTestServer.ts';

const HOUR = 60 * 60 * 1000;
const envelope = (to: string) => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to, biz_opaque_callback_data: trackingOf(to) });
/** Every send names the outbound activity it carries (its id: the conversation, then a UUID). */
const trackingOf = (to: string) => expect.stringMatching(new RegExp(`^whatsapp:${PHONE_NUMBER_ID}:${to}\\|[0-9a-f-]{36}$`));
const conversationOf = (waId: string) => `whatsapp:${PHONE_NUMBER_ID}:${waId}`;
const notice = (text: string) => ({ type: 'message', text }) as Activity;

/** The customer writes "hello" now; returns the conversation reference for later sends. */
async function customerWrites(s: WhatsAppServer, from: string, id: string, text = 'hello'): Promise<ConversationRef> {
  const res = await s.post(textMessage(text, { id, from, timestamp: Math.floor(s.clock.now().getTime() / 1000) }));
  expect(res.status).toBe(200);
  await s.settle();
  const [first] = await s.app.store.activities.list(conversationOf(from));
  return conversationRefOf(first!.activity);
}

const sendsTo = (s: WhatsAppServer, to: string) => s.graph.sends().filter((r) => (r.body as { to: string }).to === to);

describe('windowOpen', () => {
  test.each([
    [0, true],
    [23 * HOUR + 59 * 60 * 1000, true],
    [24 * HOUR, false],
    [30 * HOUR, false],
  ])('should be open %d ms after the last message: %s', (elapsed, open) => {
    expect(windowOpen('2026-03-20T09:00:00.000Z', new Date(Date.parse('2026-03-20T09:00:00.000Z') + elapsed))).toBe(open);
  });

  test('should be closed when the customer never wrote', () => {
    expect(windowOpen(null, new Date())).toBe(false);
  });
});

describe('outside the window without a template', () => {
  const t = useWhatsAppServer();

  test('should send freely up to the last minute of the window', async () => {
    const s = t.server;
    const ref = await customerWrites(s, '447700900400', 'wamid.W.1');
    s.clock.advance(23 * HOUR + 59 * 60 * 1000);
    await s.app.pipeline.sendToConversation(ref, [notice('Your parcel is out for delivery.')], s.adapter.send);
    expect(sendsTo(s, '447700900400').at(-1)!.body).toEqual({
      ...envelope('447700900400'),
      type: 'text',
      text: { preview_url: false, body: 'Your parcel is out for delivery.' },
    });
    s.clock.advance(-(23 * HOUR + 59 * 60 * 1000));
  });

  test('should queue a message after 24 hours, say so in the log, and send it first when the customer writes again', async () => {
    const s = t.server;
    const from = '447700900401';
    const ref = await customerWrites(s, from, 'wamid.W.2');
    const before = sendsTo(s, from).length;
    s.clock.advance(25 * HOUR);

    const [held] = await s.app.pipeline.sendToConversation(ref, [notice('Your claim was approved.')], s.adapter.send);
    expect(sendsTo(s, from)).toHaveLength(before);
    const queued = (await s.app.store.outboundMessages.listForConversation(conversationOf(from))).at(-1);
    expect(queued).toMatchObject({ activityId: held!.id, status: 'queued_outside_window', providerMessageId: null });
    expect(s.logs.warnings()).toContain(
      'outside the 24-hour WhatsApp service window and no WHATSAPP_TEMPLATE_NAME: messages queued until the customer writes again',
    );

    await customerWrites(s, from, 'wamid.W.3', 'thanks');
    const after = sendsTo(s, from).slice(before);
    expect(after[0]!.body).toEqual({ ...envelope(from), type: 'text', text: { preview_url: false, body: 'Your claim was approved.' } });
    expect(after).toHaveLength(2); // the held message, then the answer to "thanks"
    const rows = await s.app.store.outboundMessages.listForConversation(conversationOf(from));
    expect(rows.filter((r) => r.activityId === held!.id).map((r) => r.status)).toEqual(['released', 'accepted']);
    // Released through the durable outbox: committed with the turn of "thanks", ahead of its answer, then sent.
    const deliveries = await s.app.store.deliveries.forConversation(conversationOf(from));
    const released = deliveries.findIndex((d) => d.activityId.startsWith(`${held!.id}@release:`));
    expect(released).toBeGreaterThanOrEqual(0);
    expect(deliveries[released]).toMatchObject({ status: 'sent', transport: 'api', activity: { id: held!.id } });
    expect(deliveries[released + 1]?.inboxId).toBe(deliveries[released]!.inboxId);
    s.clock.advance(-25 * HOUR);
  });

  test('should queue what Meta refuses as outside the window (131047) instead of failing', async () => {
    const s = t.server;
    const from = '447700900402';
    const ref = await customerWrites(s, from, 'wamid.W.4');
    s.graph.sendAnswers.push({
      status: 400,
      body: {
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
          fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
        },
      },
    });
    const [held] = await s.app.pipeline.sendToConversation(ref, [notice('Update on your parcel.')], s.adapter.send);
    const rows = await s.app.store.outboundMessages.listForConversation(conversationOf(from));
    expect(rows.at(-1)).toMatchObject({ activityId: held!.id, status: 'queued_outside_window' });
  });

  test('should record and raise a Graph API refusal of the message', async () => {
    const s = t.server;
    const from = '447700900403';
    const ref = await customerWrites(s, from, 'wamid.W.5');
    s.graph.sendAnswers.push({ status: 400, body: { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 } } });
    await expect(s.app.pipeline.sendToConversation(ref, [notice('Update on your parcel.')], s.adapter.send)).rejects.toThrow('(#100) Invalid parameter');
    const rows = await s.app.store.outboundMessages.listForConversation(conversationOf(from));
    expect(rows.at(-1)).toMatchObject({ status: 'failed', providerMessageId: null, error: '100: (#100) Invalid parameter' });
  });

  test('should raise a busy Graph API (5xx) without recording a failure: the outbox tries again', async () => {
    const s = t.server;
    const from = '447700900404';
    const ref = await customerWrites(s, from, 'wamid.W.6');
    const before = await s.app.store.outboundMessages.listForConversation(conversationOf(from));
    s.graph.sendAnswers.push({ status: 500, body: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } } });
    const error = await s.app.pipeline.sendToConversation(ref, [notice('Update on your parcel.')], s.adapter.send).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'An unknown error has occurred.', transient: true });
    expect(await s.app.store.outboundMessages.listForConversation(conversationOf(from))).toEqual(before);
  });
});

describe('outside the window with a template', () => {
  const t = useWhatsAppServer({ WHATSAPP_TEMPLATE_NAME: 'service_follow_up', WHATSAPP_TEMPLATE_LANGUAGE: 'en_US' });

  test('should keep the messages queued once when the template cannot be sent, and record the failure', async () => {
    const s = t.server;
    const from = '447700900501';
    const ref = await customerWrites(s, from, 'wamid.T.0');
    s.clock.advance(30 * HOUR);
    s.graph.sendAnswers.push({ status: 500, body: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } } });
    // Resolves: the outbox must not send it again (that would queue it twice).
    const [held] = await s.app.pipeline.sendToConversation(ref, [notice('Your claim was approved.')], s.adapter.send);
    const rows = (await s.app.store.outboundMessages.listForConversation(conversationOf(from))).slice(-2);
    expect(rows.map((r) => [r.activityId, r.status])).toEqual([
      [held!.id, 'queued_outside_window'],
      [null, 'failed'],
    ]);
    expect(rows[1]!.error).toBe('template service_follow_up: 1: An unknown error has occurred.');
    s.clock.advance(-30 * HOUR);
  });

  test('should send the approved template once and queue the messages', async () => {
    const s = t.server;
    const from = '447700900500';
    const ref = await customerWrites(s, from, 'wamid.T.1');
    const before = sendsTo(s, from).length;
    s.clock.advance(30 * HOUR);
    const held = await s.app.pipeline.sendToConversation(ref, [notice('Your claim was approved.'), notice('The refund follows in 5 days.')], s.adapter.send);

    const after = sendsTo(s, from).slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]!.path).toBe(`/v21.0/${PHONE_NUMBER_ID}/messages`);
    expect(after[0]!.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: from, type: 'template', template: { name: 'service_follow_up', language: { code: 'en_US' } } });
    const rows = (await s.app.store.outboundMessages.listForConversation(conversationOf(from))).slice(-3);
    expect(rows.map((r) => [r.activityId, r.status])).toEqual([
      [held[0]!.id, 'queued_outside_window'],
      [held[1]!.id, 'queued_outside_window'],
      [null, 'accepted'],
    ]);
    expect(rows[2]!.providerMessageId).toMatch(/^wamid\.OUT/);

    // While the customer has not answered the template, later messages queue behind it without another.
    await s.app.pipeline.sendToConversation(ref, [notice('A driver will call you.')], s.adapter.send);
    expect(sendsTo(s, from).slice(before)).toHaveLength(1);
    expect((await s.app.store.outboundMessages.listForConversation(conversationOf(from))).at(-1)).toMatchObject({ status: 'queued_outside_window' });

    // The customer answers the template: the three held messages go out in order, then the answer.
    await customerWrites(s, from, 'wamid.T.2', 'ok');
    const released = sendsTo(s, from).slice(before + 1).map((r) => (r.body as { text?: { body: string } }).text?.body);
    expect(released.slice(0, 3)).toEqual(['Your claim was approved.', 'The refund follows in 5 days.', 'A driver will call you.']);
    expect(released).toHaveLength(4);
    s.clock.advance(-30 * HOUR);
  });
});
