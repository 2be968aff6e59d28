/**
 * Customer notices on WhatsApp, on a fixed clock, checked at the stand-in Graph API: inside the
 * 24-hour window the notice goes out as text in the customer's language, through the durable outbox;
 * outside it the approved template of the customer's language, its body parameters filled from the
 * notice (ticket number, text); a language without its own template gets WHATSAPP_TEMPLATE_NAME.
 * On Web Chat the notice is in the conversation for the chat to read.
 */
import { describe, expect, test } from 'vitest';
import { PHONE_NUMBER_ID, textMessage, useWhatsAppServer, type WhatsAppServer } from '../adapters/whatsapp/whatsAppTestServer.ts';
import { userMessage } from '../support/directLine.ts';
import { useWebChatServer } from '../support/webChatServer.ts';

const HOUR = 60 * 60 * 1000;
const conversationOf = (waId: string) => `whatsapp:${PHONE_NUMBER_ID}:${waId}`;
const sendsTo = (s: WhatsAppServer, to: string) => s.graph.sends().filter((r) => (r.body as { to: string }).to === to).map((r) => r.body as Record<string, unknown>);

const TEMPLATES = JSON.stringify({
  en: { name: 'ticket_update', language: 'en_US', parameters: ['ticket', 'text'] },
  es: { name: 'actualizacion_ticket', language: 'es', parameters: ['ticket'] },
});

/** The customer writes `text` now (which sets the conversation's language). */
async function customerWrites(s: WhatsAppServer, from: string, id: string, text: string): Promise<void> {
  const res = await s.post(textMessage(text, { id, from, timestamp: Math.floor(s.clock.now().getTime() / 1000) }));
  expect(res.status).toBe(200);
  await s.settle();
}

/** A new customer's first message; returns how many sends to them the stand-in had got by then. */
async function newCustomer(s: WhatsAppServer, from: string, id: string, text: string): Promise<number> {
  await customerWrites(s, from, id, text);
  return sendsTo(s, from).length;
}

/** Runs `body` with the clock `ms` ahead, then puts it back (the server is shared by the tests). */
async function later(s: WhatsAppServer, ms: number, body: () => Promise<void>): Promise<void> {
  s.clock.advance(ms);
  try {
    await body();
  } finally {
    s.clock.advance(-ms);
  }
}

describe('CustomerNotices on WhatsApp', () => {
  const t = useWhatsAppServer({ WHATSAPP_TEMPLATES: TEMPLATES, WHATSAPP_TEMPLATE_NAME: 'service_follow_up', WHATSAPP_TEMPLATE_LANGUAGE: 'en_US' });

  test('should send a ticket update as text in the customer\'s language inside the window, through the outbox', async () => {
    const s = t.server;
    const from = '447700900601';
    const before = await newCustomer(s, from, 'wamid.N.1', 'hola, necesito ayuda con un envío por favor');
    const [told] = await s.app.notices.ticketChanged(conversationOf(from), { ticket: { number: 'CA-000321' }, from: 'open', to: 'waiting_on_carrier' });
    await s.settle();
    expect(sendsTo(s, from).slice(before).map((b) => (b['text'] as { body: string }).body)).toEqual([
      'Tu ticket CA-000321: hemos consultado a nuestra red de reparto y esperamos su respuesta. Te avisaremos aquí en cuanto sepamos algo.',
    ]);
    expect(told!.channelData).toMatchObject({ customerNotice: { ticket: 'CA-000321' } });
    const deliveries = await s.app.store.deliveries.forConversation(conversationOf(from));
    expect(deliveries.find((d) => d.activityId === told!.id)).toMatchObject({ status: 'sent', transport: 'api' });
  });

  test('should send the template of the customer\'s language with its parameters outside the window, and the notice once they answer', async () => {
    const s = t.server;
    const from = '447700900602';
    const before = await newCustomer(s, from, 'wamid.N.2', 'hi, I need help with a shipment please');
    await later(s, 30 * HOUR, async () => {
      await s.app.notices.ticketChanged(conversationOf(from), {
        ticket: { number: 'CA-000322' },
        from: 'open',
        to: 'resolved',
        agentId: 'ag-ana',
        reply: { agentName: 'Ana', text: 'The refund is on its way.' },
      });
      await s.settle();
      expect(sendsTo(s, from).slice(before)).toEqual([
        {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: from,
          type: 'template',
          template: {
            name: 'ticket_update',
            language: { code: 'en_US' },
            components: [
              {
                type: 'body',
                parameters: [
                  { type: 'text', text: 'CA-000322' },
                  { type: 'text', text: 'Ana (customer service), about your ticket CA-000322: The refund is on its way. Your ticket CA-000322 has been resolved.' },
                ],
              },
            ],
          },
        },
      ]);
      await customerWrites(s, from, 'wamid.N.3', 'thanks');
      const released = sendsTo(s, from).slice(before + 1)[0]!;
      expect((released['text'] as { body: string }).body).toBe('Ana (customer service), about your ticket CA-000322: The refund is on its way. Your ticket CA-000322 has been resolved.');
    });
  });

  test('should fill only the parameters the language\'s template names (Spanish: the ticket)', async () => {
    const s = t.server;
    const from = '447700900603';
    const before = await newCustomer(s, from, 'wamid.N.4', 'hola, necesito ayuda con un envío por favor');
    await later(s, 25 * HOUR, async () => {
      await s.app.notices.ticketChanged(conversationOf(from), { ticket: { number: 'CA-000323' }, from: 'open', to: 'closed' });
      await s.settle();
      expect(sendsTo(s, from).slice(before).map((b) => b['template'])).toEqual([
        { name: 'actualizacion_ticket', language: { code: 'es' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'CA-000323' }] }] },
      ]);
    });
  });

  test('should fall back to WHATSAPP_TEMPLATE_NAME for a language without its own template, and for a message that is no notice', async () => {
    const s = t.server;
    const zh = '447700900604';
    const before = await newCustomer(s, zh, 'wamid.N.5', '你好，我想查一下我的包裹');
    await later(s, 25 * HOUR, async () => {
      await s.app.notices.tell(conversationOf(zh), { text: () => '您的工单已更新。', ticket: 'CA-000324' });
      await s.settle();
      expect(sendsTo(s, zh).slice(before).map((b) => b['template'])).toEqual([{ name: 'service_follow_up', language: { code: 'en_US' } }]);
    });
  });

  test('should write the notice as the agent when an agent replied, and send nothing when nothing changed', async () => {
    const s = t.server;
    const from = '447700900605';
    await customerWrites(s, from, 'wamid.N.6', 'hi, I need help with a shipment please');
    const [reply] = await s.app.notices.ticketChanged(conversationOf(from), {
      ticket: { number: 'CA-000325' },
      from: 'open',
      to: 'open',
      agentId: 'ag-ana',
      reply: { agentName: 'Ana', text: 'Checking with the depot.' },
    });
    expect(reply!.from.name).toBe('Ana');
    expect(reply!.channelData).toMatchObject({ handoff: { author: 'agent', agentId: 'ag-ana', name: 'Ana' } });
    expect(await s.app.notices.ticketChanged(conversationOf(from), { ticket: { number: 'CA-000325' }, from: 'open', to: 'open' })).toEqual([]);
    await s.settle();
  });
});

describe('CustomerNotices on Web Chat', () => {
  const t = useWebChatServer({ demoData: true });

  test('should put the notice into the conversation, in its language, where the chat reads it when it connects again', async () => {
    const { conversationId, token, userId } = await t.dl.start();
    expect((await t.dl.post(conversationId, token, userMessage(userId, '你好'))).status).toBe(200);
    const seen = (await t.dl.activities(conversationId, token)).body.watermark;
    // No socket is open: the notice waits in the conversation's history for the chat's next read.
    await t.server.app.notices.ticketChanged(conversationId, { ticket: { number: 'CA-000330' }, from: 'waiting_on_carrier', to: 'resolved', reason: '已退款' });
    const later = (await t.dl.activities(conversationId, token, seen)).body.activities.filter((a) => a.type === 'message');
    expect(later.map((a) => [a.from.name, a.text])).toEqual([['Carrier Assist', '您的工单 CA-000330 已处理完毕。处理结果：已退款']]);
  });
});
