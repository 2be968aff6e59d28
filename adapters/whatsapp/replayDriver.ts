/**
 * The WhatsApp channel in the replay runner. The app runs the real WhatsApp adapter (test
 * credentials) against a local stand-in for the Graph API; the customer's turns go in as signed
 * webhook notifications in Meta's format (text; an interactive button or list reply when the bot
 * showed buttons or a list, the number typed when it showed numbered lines; a document), and the
 * bot's answers are read from the message bodies the adapter sent to the stand-in:
 * text bodies through readFlattened (numbered choices, card lines), interactive bodies with their
 * buttons or list rows as the choices (a row's description, when it has one, is the full label).
 */
import { whatsAppAdapterWith } from './whatsAppAdapter.ts';
import { signatureHeader } from './signature.ts';
import type { Activity, CardAction } from '../../src/activity.ts';
import type { App } from '../../src/app.ts';
import { channelLocale, readFlattened, recordedMessages, shapeOf, shownMessage, startStandIn } from '../../src/transcripts/flattened.ts';
import type { ChannelDriver, ChannelSession, ClientIdentity, ClientInput, PreparedChannel } from '../../src/transcripts/channelDriver.ts';

const CHANNEL = 'whatsapp';
const APP_SECRET = 'replay-app-secret';
const PHONE_NUMBER_ID = '100000000000001';
const DISPLAY_NUMBER = '15550000001';
/** The replay's customer (a UK mobile in Meta's wa_id form). */
const WA_ID = '447700900123';
const GRAPH_VERSION = 'v21.0';

interface SentBody {
  to: string;
  type: string;
  text?: { body: string };
  interactive?: {
    type: 'button' | 'list';
    body: { text: string };
    action: { buttons?: { reply: { id: string; title: string } }[]; sections?: { rows: { id: string; title: string; description?: string }[] }[] };
  };
  template?: { name: string };
}

/** What a click sends back: an interactive reply (postBack) or the number typed (imBack). */
const INTERACTIVE: CardAction['type'] = 'postBack';
const TYPED: CardAction['type'] = 'imBack';

class WhatsAppSession implements ChannelSession {
  readonly conversationId = `${CHANNEL}:${PHONE_NUMBER_ID}:${WA_ID}`;
  private seq = -1;
  private sentMessages = 0;
  private read = 0;
  /** The interactive kind of the last message that offered choices (button_reply / list_reply). */
  private replyKind: 'button_reply' | 'list_reply' = 'button_reply';

  constructor(
    private readonly server: { url: string; app: App },
    private readonly outbox: SentBody[],
  ) {}

  /** The chat opens with Meta's `request_welcome` (a customer's first visit to the business's chat). */
  opened(): Promise<Activity[]> {
    return this.deliver({ type: 'request_welcome' });
  }

  send(input: ClientInput): Promise<Activity[]> {
    switch (input.kind) {
      case 'text':
        return this.deliver({ type: 'text', text: { body: input.text } });
      case 'click':
        return input.type === INTERACTIVE
          ? this.deliver({ type: 'interactive', interactive: { type: this.replyKind, [this.replyKind]: { id: input.value, title: input.title } } })
          : this.deliver({ type: 'text', text: { body: input.value } });
      case 'attachment':
        return this.deliver({ type: 'document', document: { id: `media-${this.sentMessages + 1}`, mime_type: input.contentType, filename: input.name } });
      case 'submit':
        // WhatsApp has no forms: what a card form would submit is typed.
        return this.deliver({ type: 'text', text: { body: JSON.stringify(input.value) } });
    }
  }

  /** Posts one signed notification, waits for the adapter to finish with it, and reads what it sent. */
  private async deliver(message: Record<string, unknown>): Promise<Activity[]> {
    const now = Math.floor(this.server.app.clock.now().getTime() / 1000);
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '200000000000001',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: DISPLAY_NUMBER, phone_number_id: PHONE_NUMBER_ID },
                contacts: [{ profile: { name: 'Replay Customer' }, wa_id: WA_ID }],
                messages: [{ from: WA_ID, id: `wamid.REPLAY${++this.sentMessages}`, timestamp: String(now), ...message }],
              },
            },
          ],
        },
      ],
    });
    const res = await fetch(`${this.server.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureHeader(APP_SECRET, body) },
      body,
    });
    if (res.status !== 200) throw new Error(`whatsapp: the webhook answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
    return this.shown();
  }

  /** Agents' messages and notices go out through the Graph API as the outbox sends them. */
  received(): Promise<Activity[]> {
    return this.shown();
  }

  /** The bodies sent since the last read, as the bot messages the customer saw. */
  private async shown(): Promise<Activity[]> {
    // Meta gets its 200 before the turn runs, and the outbox sends after: wait for the adapter's work.
    const adapter = this.server.app.adapters.find((a) => a.channelId === CHANNEL) as { idle?(): Promise<void> } | undefined;
    await adapter?.idle?.();
    const bodies = this.outbox.slice(this.read);
    this.read = this.outbox.length;
    const { messages, lastSeq } = await recordedMessages(this.server.app.store, this.conversationId, this.seq);
    this.seq = lastSeq;
    return bodies.map((b, i) => this.readBody(b, messages[i]));
  }

  private readBody(b: SentBody, recorded: Activity | undefined): Activity {
    const shape = shapeOf(recorded);
    if (b.type === 'interactive' && b.interactive) {
      const i = b.interactive;
      const choices: CardAction[] =
        i.type === 'button'
          ? (i.action.buttons ?? []).map((x) => ({ type: INTERACTIVE, title: x.reply.title, value: x.reply.id }))
          : (i.action.sections ?? []).flatMap((s) => s.rows).map((r) => ({ type: INTERACTIVE, title: r.description ?? r.title, value: r.id }));
      this.replyKind = i.type === 'button' ? 'button_reply' : 'list_reply';
      const read = readFlattened(i.body.text, { ...shape, choices: 0 }, false);
      return shownMessage(CHANNEL, this.conversationId, read.text, choices, read.card);
    }
    const text = b.text?.body ?? (b.template ? `(template ${b.template.name})` : '');
    const read = readFlattened(text, shape, true);
    const choices: CardAction[] = read.choices.map((c) => ({ type: TYPED, title: c.label, value: c.typed }));
    return shownMessage(CHANNEL, this.conversationId, read.text, choices, read.card);
  }
}

export const whatsAppReplayDriver: ChannelDriver = {
  channel: CHANNEL,
  adapter: whatsAppAdapterWith({}),
  async prepare(who: ClientIdentity, data): Promise<PreparedChannel> {
    const locale = await channelLocale(who, data.store);
    const outbox: SentBody[] = [];
    const documents = new Map<string, string>();
    let wamids = 0;
    const graph = await startStandIn(({ method, url, body }) => {
      const json = (value: unknown, status = 200) => ({ status, type: 'application/json', body: JSON.stringify(value) });
      const path = url.pathname.replace(`/${GRAPH_VERSION}`, '');
      if (method === 'POST' && path === `/${PHONE_NUMBER_ID}/messages`) {
        const sent = JSON.parse(body.toString('utf8')) as SentBody;
        outbox.push(sent);
        return json({ messaging_product: 'whatsapp', contacts: [{ input: sent.to, wa_id: sent.to }], messages: [{ id: `wamid.OUT${++wamids}` }] });
      }
      const file = /^\/files\/([\w-]+)$/.exec(path);
      if (method === 'GET' && file) return { status: 200, type: documents.get(file[1]!) ?? 'application/octet-stream', body: Buffer.from(`replayed file ${file[1]}`) };
      const media = /^\/(media-\d+)$/.exec(path);
      if (method === 'GET' && media) {
        documents.set(media[1]!, 'application/octet-stream');
        // The stand-in sees requests without their port: the file URL is built from where it listens.
        return json({ url: `${graph.url}/${GRAPH_VERSION}/files/${media[1]}`, mime_type: 'application/octet-stream', id: media[1] });
      }
      return json({ error: { message: `not in the stand-in: ${method} ${url.pathname}`, code: 100 } }, 400);
    });
    return {
      env: {
        WHATSAPP_VERIFY_TOKEN: 'replay-verify-token',
        WHATSAPP_APP_SECRET: APP_SECRET,
        WHATSAPP_ACCESS_TOKEN: 'replay-access-token',
        WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_GRAPH_URL: `${graph.url}/${GRAPH_VERSION}`,
      },
      // WhatsApp does not say the customer's language: the number serves the transcript's (see channelLocale).
      adapter: whatsAppAdapterWith(locale ? { locale } : {}),
      async open(server, identity) {
        if (identity.userId) {
          // The wa_id linked to the transcript's user, as the carrier's identity linking leaves it.
          await server.app.store.identities.link({ channelId: CHANNEL, externalId: WA_ID, userId: identity.userId, linkedAt: server.app.clock.now().toISOString() });
        }
        return new WhatsAppSession(server, outbox);
      },
      close: () => graph.close(),
    };
  },
};
