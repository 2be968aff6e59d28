/**
 * The conversation on WhatsApp: a lookup by description, a choice among several parcels, a
 * handoff request. The answers are the ones web chat gets, rendered WhatsApp's way.
 */
import { describe, expect, test } from 'vitest';
import { choicePresentation } from '../../../adapters/whatsapp/render.ts';
import type { Activity } from '../../../src/activity.ts';
import { STORY_TRACKING_NUMBERS as STORY } from '../../../src/demo/index.ts';
import { DEMO_NOW, PHONE_NUMBER_ID, notification, textMessage, useWhatsAppServer, type GraphRequest, type WhatsAppServer } from './whatsAppTestServer.ts';

const WA_ID = '447700900600';
const CONVERSATION = `whatsapp:${PHONE_NUMBER_ID}:${WA_ID}`;

interface SentBody {
  type: string;
  text?: { body: string };
  interactive?: { type: string; body: { text: string }; action: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string }[] }[] } };
}

/** The text a WhatsApp customer reads in one message body. */
const readable = (b: SentBody) => b.text?.body ?? b.interactive?.body.text ?? '';
/** What the customer can pick: reply buttons or list rows by id, or numbered lines (the offered values). */
const tappableOrNumbered = (b: SentBody, offered: Activity) =>
  (
    b.interactive?.action.buttons?.map((x) => x.reply.id) ??
    b.interactive?.action.sections?.flatMap((s) => s.rows.map((r) => r.id)) ??
    offered.suggestedActions!.actions.filter((_, i) => new RegExp(`^${i + 1}\\. `, 'm').test(readable(b))).map((a) => a.value)
  ).sort();

describe('the same conversation on WhatsApp and web chat', () => {
  const t = useWhatsAppServer();
  let n = 0;

  /** One WhatsApp turn: what the Graph API was asked to send, and the activities the pipeline recorded. */
  async function whatsAppTurn(s: WhatsAppServer, body: string): Promise<{ sent: SentBody[]; replies: Activity[] }> {
    const sendsBefore = s.graph.sends().length;
    const storedBefore = await s.app.store.activities.count(CONVERSATION);
    expect((await s.post(body)).status).toBe(200);
    await s.settle();
    const sent = s.graph.sends().slice(sendsBefore).map((r: GraphRequest) => r.body as SentBody);
    const replies = (await s.app.store.activities.list(CONVERSATION, storedBefore - 1))
      .filter((a) => a.direction === 'out' && a.activity.type === 'message')
      .map((a) => a.activity);
    return { sent, replies };
  }

  /** The same texts on web chat's channel id, through the same pipeline: the bot's message texts per turn. */
  async function webChatTexts(s: WhatsAppServer, texts: string[]): Promise<string[][]> {
    const turns: string[][] = [];
    for (const text of texts) {
      const outcome = await s.app.pipeline.process(
        { type: 'message', id: `web-${++n}`, channelId: 'webchat', from: { id: 'dl_alice' }, conversation: { id: 'web-alice' }, text, timestamp: DEMO_NOW },
        async () => {},
      );
      turns.push(outcome.replies.filter((a) => a.type === 'message').map((a) => a.text ?? ''));
    }
    return turns;
  }

  test('should find by description, offer the parcels to tap, answer the tapped one and hand over to a person', async () => {
    const s = t.server;
    for (const [channelId, externalId] of [['whatsapp', WA_ID], ['webchat', 'dl_alice']] as const) {
      await s.app.store.identities.link({ channelId, externalId, userId: 'u-alice', linkedAt: DEMO_NOW });
    }

    const ask = await whatsAppTurn(s, textMessage('where are my parcels to London?', { id: 'wamid.C.1', from: WA_ID }));
    expect(ask.sent).toHaveLength(ask.replies.length);
    const question = ask.replies.find((a) => a.suggestedActions)!;
    const shown = ask.sent[ask.replies.indexOf(question)]!;
    expect(readable(shown)).toMatch(/^I found 2 parcels that fit\. Which one do you mean\?/);
    // Whichever way the choices are shown (buttons, list, numbered lines), what comes back is a tracking number.
    expect(tappableOrNumbered(shown, question)).toEqual([STORY.londonDelivered, STORY.londonInTransit].sort());

    // The customer taps the parcel still in transit, or types its number when the choices are numbered lines.
    const tapped = STORY.londonInTransit;
    const presentation = choicePresentation(question);
    const kind = presentation === 'buttons' ? 'button_reply' : 'list_reply';
    const position = question.suggestedActions!.actions.findIndex((a) => a.value === tapped) + 1;
    const answer =
      presentation === 'numbered'
        ? textMessage(String(position), { id: 'wamid.C.2', from: WA_ID })
        : notification({ type: 'interactive', interactive: { type: kind, [kind]: { id: tapped, title: 'picked' } } }, { id: 'wamid.C.2', from: WA_ID });
    // The dialog's text lists the parcels by number already; numbered choices do not repeat the list.
    if (presentation === 'numbered') expect(readable(shown)).toBe(question.text);
    const pick = await whatsAppTurn(s, answer);
    expect(pick.sent.map(readable).join('\n')).toContain(`${tapped}: In transit.`);

    const handoff = await whatsAppTurn(s, textMessage('I want to talk to a real person', { id: 'wamid.C.3', from: WA_ID }));
    expect(handoff.sent.length).toBeGreaterThan(0);
    // The handoff event and any trace stay inside: only messages reach WhatsApp.
    expect(handoff.sent.every((b) => b.type === 'text' || b.type === 'interactive')).toBe(true);
    expect(await s.app.store.tickets.listForConversation(CONVERSATION)).toHaveLength(1);

    // Web chat, same speaker, same words: the same texts, which WhatsApp showed at the start of each body.
    const web = await webChatTexts(s, ['where are my parcels to London?', tapped, 'I want to talk to a real person']);
    // Each conversation opens its own ticket and waits behind the first: ticket and place in the queue differ.
    const sameTicket = (text: string) =>
      text.replace(/CA-\d{6}/g, 'CA-######').replace(/number \d+ in the queue; the wait is about \d+ minutes?/, 'number # in the queue; the wait is about # minutes');
    for (const [i, turn] of [ask, pick, handoff].entries()) {
      expect(turn.replies.map((a) => sameTicket(a.text ?? ''))).toEqual(web[i]!.map(sameTicket));
      turn.sent.forEach((b, j) => expect(sameTicket(readable(b)).startsWith(sameTicket(web[i]![j]!))).toBe(true));
    }
  });
});
