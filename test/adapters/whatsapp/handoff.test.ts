/**
 * A WhatsApp customer handed to a person: the agent works in the console, and what the agent writes
 * reaches the Graph API (the local stand-in) as WhatsApp text messages to the customer's number; the
 * bot stays silent until the agent resolves, then answers again.
 */
import { describe, expect, test } from 'vitest';
import { ConsoleClient, createAgent } from '../../support/agentConsole.ts';
import { ACCESS_TOKEN, GRAPH_VERSION, PHONE_NUMBER_ID, textMessage, useWhatsAppServer, type WhatsAppServer } from './whatsAppTestServer.ts';

const WA_ID = '447700900777';
const CONVERSATION = `whatsapp:${PHONE_NUMBER_ID}:${WA_ID}`;

interface SentBody {
  messaging_product: string;
  to: string;
  type: string;
  text?: { body: string };
  interactive?: { body: { text: string } };
}

describe('a WhatsApp customer handed to an agent', () => {
  const t = useWhatsAppServer();
  let n = 0;

  /** The customer writes; returns what the Graph API was asked to send meanwhile. */
  async function customerWrites(s: WhatsAppServer, text: string): Promise<SentBody[]> {
    const before = s.graph.sends().length;
    expect((await s.post(textMessage(text, { id: `wamid.H.${++n}`, from: WA_ID }))).status).toBe(200);
    await s.settle();
    return s.graph.sends().slice(before).map((r) => r.body as SentBody);
  }

  test('should deliver the agent\'s messages through the Graph API and keep the bot silent until resolved', async () => {
    const s = t.server;
    const ana = await createAgent(s.app.store, { username: 'ana-wa', displayName: 'Ana' });
    const console = await ConsoleClient.signIn(s.url, ana.username, ana.password);

    const asked = await customerWrites(s, 'I want to talk to a person');
    expect(asked.map((b) => b.text?.body)).toEqual([expect.stringMatching(/ticket number is CA-\d{6}\..*You are number 1 in the queue/)]);
    const ticket = /CA-\d{6}/.exec(asked[0]!.text!.body)![0];
    const id = await console.handoffId(ticket);
    expect((await console.get<{ item: { channel: string } }>(`/handoffs/${id}`)).body.item.channel).toBe('whatsapp');

    const before = s.graph.sends().length;
    expect((await console.post(`/handoffs/${id}/claim`)).status).toBe(200);
    expect((await console.post(`/handoffs/${id}/messages`, { text: 'Hello, this is Ana. Which parcel is it about?' })).status).toBe(201);
    // Committed to the outbox when the console has its 201; sent from there.
    await s.settle();
    const sent = s.graph.sends().slice(before);
    // The platform's own format: a text message to the customer's number, with the business's token.
    expect(sent.map((r) => r.body)).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: WA_ID, biz_opaque_callback_data: expect.stringMatching(/^whatsapp:.+\|/), type: 'text', text: { preview_url: false, body: 'Ana from customer service has joined the conversation.' } },
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: WA_ID, biz_opaque_callback_data: expect.stringMatching(/^whatsapp:.+\|/), type: 'text', text: { preview_url: false, body: 'Hello, this is Ana. Which parcel is it about?' } },
    ]);
    expect(sent.every((r) => r.path === `/${GRAPH_VERSION}/${PHONE_NUMBER_ID}/messages` && r.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);

    // While Ana has it, the bot answers nothing; the message is in her view.
    expect(await customerWrites(s, 'the one to Toronto')).toEqual([]);
    const view = await console.get<{ history: { author: string; text: string }[] }>(`/handoffs/${id}`);
    expect(view.body.history.at(-1)).toMatchObject({ author: 'customer', text: 'the one to Toronto' });

    expect((await console.post(`/handoffs/${id}/resolve`, { reason: 'answered' })).status).toBe(200);
    await s.settle();
    const back = await customerWrites(s, 'hello');
    // The bot again: its greeting, with the help choices as WhatsApp buttons.
    expect(back.map((b) => [b.type, b.text?.body ?? b.interactive?.body.text])).toEqual([['interactive', 'Hello! How can I help with your parcels today?']]);
    expect((await s.app.store.conversations.get(CONVERSATION))!.owner).toBe('bot');
    expect((await s.app.store.handoffs.get(id))!.state).toBe('returned');
  });

  test("should tell the agent when WhatsApp's 24-hour window holds a reply back, and send it when the customer writes", async () => {
    const s = t.server;
    const customer = '447700900888';
    const bo = await createAgent(s.app.store, { username: 'bo-wa', displayName: 'Bo' });
    let console = await ConsoleClient.signIn(s.url, bo.username, bo.password);
    const before = s.graph.sends().length;
    expect((await s.post(textMessage('I want to talk to a person', { id: 'wamid.W.1', from: customer }))).status).toBe(200);
    await s.settle();
    const ticket = /CA-\d{6}/.exec((s.graph.sends().slice(before)[0]!.body as SentBody).text!.body)![0];
    const id = await console.handoffId(ticket);
    expect((await console.post(`/handoffs/${id}/claim`)).status).toBe(200);

    // A day and more later, the customer has not written again: Meta would refuse a free-form message.
    s.clock.advance(25 * 60 * 60_000);
    console = await ConsoleClient.signIn(s.url, bo.username, bo.password); // a new day, a new session
    const quiet = s.graph.sends().length;
    const reply = await console.post<{ entry: { text: string; delivery: { status: string } | null } }>(`/handoffs/${id}/messages`, { text: 'Sorry for the wait, your parcel is found.' });
    expect(reply.status).toBe(201);
    expect(reply.body.entry).toMatchObject({ text: 'Sorry for the wait, your parcel is found.', delivery: { status: 'queued_outside_window' } });
    expect(s.graph.sends()).toHaveLength(quiet);
    const view = await console.get<{ history: { text: string; delivery: { status: string } | null }[] }>(`/handoffs/${id}`);
    expect(view.body.history.at(-1)).toMatchObject({ text: 'Sorry for the wait, your parcel is found.', delivery: { status: 'queued_outside_window' } });

    // The customer writes: the window opens and the held reply goes out.
    const nowSeconds = Math.floor(s.clock.now().getTime() / 1000);
    expect((await s.post(textMessage('hello?', { id: 'wamid.W.2', from: customer, timestamp: nowSeconds }))).status).toBe(200);
    await s.settle();
    expect(s.graph.sends().slice(quiet).map((r) => (r.body as SentBody).text?.body)).toContain('Sorry for the wait, your parcel is found.');
    s.clock.advance(-25 * 60 * 60_000);
  });
});
