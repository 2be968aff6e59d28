/**
 * Issue 20's story for a WhatsApp customer, checked at the stand-in Graph API on a fixed clock: the
 * customs question on Sunday opens a ticket whose promise names Monday's time; on Monday, the 24-hour
 * window closed, the agent's request for the invoice goes out as the approved template of the
 * customer's language naming the ticket; once the customer answers, the request follows as text, the
 * agent resolves, and the customer's 5 is the survey's rating.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { satisfactionTexts } from '../../src/escalation/satisfactionTexts.ts';
import { PHONE_NUMBER_ID, startWhatsAppServer, textMessage, type WhatsAppServer } from '../adapters/whatsapp/whatsAppTestServer.ts';

const WA_ID = '447700900777';
const CONVERSATION = `whatsapp:${PHONE_NUMBER_ID}:${WA_ID}`;
/** Sunday 22 March 2026, 12:00 UTC (20:00 in Alice's Shanghai); the desk (Mon-Fri 09:00-18:00 UTC) is closed. */
const SUNDAY = Date.parse('2026-03-22T12:00:00.000Z');
/** Monday 13:00 UTC: the desk is open, and Alice last wrote 25 hours ago. */
const MONDAY = Date.parse('2026-03-23T13:00:00.000Z');
const TEMPLATES = JSON.stringify({ en: { name: 'ticket_update', language: 'en_US', parameters: ['ticket', 'text'] } });

describe('the customs story on WhatsApp', () => {
  let s: WhatsAppServer | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  test('should send the agent’s request as the template after the window closed, then take the customer through to a rating', async () => {
    s = await startWhatsAppServer({ WHATSAPP_TEMPLATES: TEMPLATES });
    const server = s;
    const { app } = server;
    let messages = 0;
    const customerWrites = async (text: string) => {
      const res = await server.post(textMessage(text, { id: `wamid.STORY.${++messages}`, from: WA_ID, timestamp: Math.floor(server.clock.now().getTime() / 1000) }));
      expect(res.status).toBe(200);
      await server.settle();
    };
    const sent = () => server.graph.sends().filter((r) => (r.body as { to: string }).to === WA_ID).map((r) => r.body as Record<string, unknown>);
    const texts = (from: number) => sent().slice(from).map((b) => (b['text'] as { body: string } | undefined)?.body ?? (b['interactive'] ? JSON.stringify(b['interactive']) : ''));
    await app.store.identities.link({ channelId: 'whatsapp', externalId: WA_ID, userId: 'u-alice', linkedAt: new Date(SUNDAY).toISOString() });
    const nora = await app.store.agents.create({ id: 'nora', username: 'nora', displayName: 'Nora Quinn', role: 'agent', queues: ['customs'], passwordHash: 'test:no-sign-in' }, new Date(SUNDAY).toISOString());

    // --- Sunday: the question opens a ticket promising Monday's time.
    server.clock.advance(SUNDAY - server.clock.now().getTime());
    await customerWrites(`my parcel ${STORY.customsHeld} is held in customs`);
    // The advisor is offered, never imposed: the yes opens the ticket.
    await customerWrites('yes');
    expect(texts(0).join('\n')).toMatch(/customs ticket CA-\d{6}: a customs advisor will contact you by Mon, 23 Mar 2026, \d{2}:\d{2}/);
    const [ticket] = await app.store.tickets.listForConversation(CONVERSATION);
    expect(ticket).toMatchObject({ category: 'customs', state: 'new' });

    // --- Monday, 25 hours later: the request goes out as the approved template, naming the ticket.
    server.clock.advance(MONDAY - server.clock.now().getTime());
    const before = sent().length;
    await app.tickets.ask(ticket!.number, nora, 'invoice', 'Please send the commercial invoice for your parcel.');
    await server.settle();
    expect(sent().slice(before)).toEqual([
      expect.objectContaining({
        type: 'template',
        template: {
          name: 'ticket_update',
          language: { code: 'en_US' },
          components: [{ type: 'body', parameters: [{ type: 'text', text: ticket!.number }, { type: 'text', text: expect.stringContaining('commercial invoice') }] }],
        },
      }),
    ]);
    expect((await app.store.tickets.get(ticket!.number))!.state).toBe('waiting_on_customer');

    // --- Alice answers the template: the request follows as text; she sends the invoice.
    const answered = sent().length;
    await customerWrites('ok, sending it now');
    expect(texts(answered)[0]).toContain('commercial invoice');
    await customerWrites('I have emailed the invoice to the broker as well');

    // --- Nora resolves; Alice hears it in the window, is asked once, and rates 5.
    const resolvedAt = sent().length;
    await app.tickets.resolve(ticket!.number, nora, 'Commercial invoice received', true);
    await server.settle();
    const told = texts(resolvedAt).join('\n');
    expect(told).toContain('has been resolved');
    expect(told).toContain(satisfactionTexts('en').question);
    await customerWrites('5');
    const [rated] = await app.store.satisfaction.ratedBetween(new Date(SUNDAY).toISOString(), new Date(MONDAY + 3_600_000).toISOString());
    expect(rated).toMatchObject({ ticketNumber: ticket!.number, rating: 5, channelId: 'whatsapp' });
  });
});
