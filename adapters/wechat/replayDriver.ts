/**
 * The WeChat channel in the replay runner. The app runs the real WeChat adapter (test credentials,
 * plaintext mode) against a local stand-in for WeChat's API (access token, customer-service
 * messages, media); the customer's turns go in as signed pushes in WeChat's XML (a `subscribe`
 * event opens the chat, text messages, the number typed for a choice, since WeChat shows choices as
 * numbered lines), and the bot's answers are read from the passive XML reply and the
 * customer-service messages the adapter sent to the stand-in.
 *
 * WeChat shows text only: one passive reply joins the turn's messages with blank lines, and a card
 * is flattened into lines. The driver splits the reply back into messages and reads choices and
 * cards with readFlattened (see flattened.ts for what comes from the wire and what from the record).
 */
import { readWeChatXml } from './messages.ts';
import { weChatSignature } from './signature.ts';
import { weChatAdapterWith } from './weChatAdapter.ts';
import type { Activity, CardAction } from '../../src/activity.ts';
import type { App } from '../../src/app.ts';
import { channelLocale, readFlattened, recordedMessages, shapeOf, shownMessage, startStandIn } from '../../src/transcripts/flattened.ts';
import type { ChannelDriver, ChannelSession, ClientIdentity, ClientInput, PreparedChannel } from '../../src/transcripts/channelDriver.ts';

const CHANNEL = 'wechat';
const TOKEN = 'replaytoken';
const APP_ID = 'wxreplay0000000001';
/** The official account's original id (ToUserName of pushes). */
const ACCOUNT = 'gh_replay000001';
/** The replay's customer, as WeChat names a follower of the account. */
const OPEN_ID = 'oReplayCustomer0000000000001';

interface CustomSend {
  touser: string;
  msgtype: string;
  text?: { content: string };
}

class WeChatSession implements ChannelSession {
  readonly conversationId = `${CHANNEL}:${APP_ID}:${OPEN_ID}`;
  private seq = -1;
  private msgIds = 0;
  private readCustom = 0;

  constructor(
    private readonly server: { url: string; app: App },
    private readonly custom: CustomSend[],
    /** What each sent file really is: the stand-in's media API serves it with that type. */
    private readonly mediaTypes: Map<string, string>,
  ) {}

  /** Following the account opens the chat: a `subscribe` event. */
  opened(): Promise<Activity[]> {
    return this.push('event', '<Event><![CDATA[subscribe]]></Event><EventKey><![CDATA[]]></EventKey>', false);
  }

  send(input: ClientInput): Promise<Activity[]> {
    switch (input.kind) {
      case 'text':
        return this.push('text', `<Content>${cdata(input.text)}</Content>`);
      case 'click':
        // Choices are numbered lines on WeChat: the customer types the number (the action's value).
        return this.push('text', `<Content>${cdata(input.value)}</Content>`);
      case 'attachment':
        // WeChat has image messages only; the file is what the transcript says it is when downloaded.
        this.mediaTypes.set(`media-${input.name}`, input.contentType);
        return this.push('image', `<PicUrl><![CDATA[http://mmbiz.qpic.cn/replay]]></PicUrl><MediaId>${cdata(`media-${input.name}`)}</MediaId>`);
      case 'submit':
        return this.push('text', `<Content>${cdata(JSON.stringify(input.value))}</Content>`);
    }
  }

  /** Posts a signed plaintext push; the answer is the passive reply, plus any customer-service messages. */
  private async push(msgType: string, fields: string, withMsgId = true): Promise<Activity[]> {
    const createTime = Math.floor(this.server.app.clock.now().getTime() / 1000);
    const nonce = String(100000 + this.msgIds);
    const timestamp = String(createTime);
    const n = ++this.msgIds;
    const msgId = withMsgId ? `<MsgId>${24_000_000_000_000 + n}</MsgId>` : '';
    const xml =
      `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${OPEN_ID}]]></FromUserName>` +
      `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[${msgType}]]></MsgType>${fields}${msgId}</xml>`;
    const query = new URLSearchParams({ signature: weChatSignature(TOKEN, timestamp, nonce), timestamp, nonce, openid: OPEN_ID });
    const res = await fetch(`${this.server.url}/webhooks/wechat?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`wechat: the push was answered ${res.status}: ${body.slice(0, 300)}`);
    // What the turn sends past the passive reply (customer-service messages) comes after it.
    await this.settle();
    const passive = body.trim() === 'success' || body.trim() === '' ? null : readWeChatXml(body)['Content'] ?? '';
    const later = this.custom.slice(this.readCustom).map((c) => c.text?.content ?? `(${c.msgtype})`);
    this.readCustom = this.custom.length;
    return this.shown(passive, later);
  }

  /** Outside a push (agents' messages, notices) everything arrives as customer-service messages. */
  async received(): Promise<Activity[]> {
    // They go out from the outbox, after the desk committed them.
    await this.settle();
    const later = this.custom.slice(this.readCustom).map((c) => c.text?.content ?? `(${c.msgtype})`);
    this.readCustom = this.custom.length;
    return this.shown(null, later);
  }

  private async settle(): Promise<void> {
    const adapter = this.server.app.adapters.find((a) => a.channelId === CHANNEL) as { idle?(): Promise<void> } | undefined;
    await adapter?.idle?.();
  }

  private async shown(passive: string | null, later: string[]): Promise<Activity[]> {
    const { messages, lastSeq } = await recordedMessages(this.server.app.store, this.conversationId, this.seq);
    this.seq = lastSeq;
    const texts = splitJoined([...(passive !== null ? [passive] : []), ...later], messages);
    return texts.map((text, i) => {
      const read = readFlattened(text, shapeOf(messages[i]), true);
      const choices: CardAction[] = read.choices.map((c) => ({ type: 'imBack', title: c.label, value: c.typed }));
      return shownMessage(CHANNEL, this.conversationId, read.text, choices, read.card);
    });
  }
}

/**
 * The texts the customer received, one per recorded message. A passive reply joins several messages
 * with blank lines, and a message too long for one WeChat text continues in the next: the recorded
 * messages' paragraph counts say where each one ends.
 */
export function splitJoined(received: string[], recorded: Activity[]): string[] {
  const paragraphs = received.join('\n\n').split('\n\n');
  if (!received.length) return [];
  if (!recorded.length) return [paragraphs.join('\n\n')];
  const out: string[] = [];
  let at = 0;
  recorded.forEach((m, i) => {
    const n = i === recorded.length - 1 ? paragraphs.length - at : ((m.text ?? '').trim().match(/\n\n/g)?.length ?? 0) + 1;
    if (at < paragraphs.length) out.push(paragraphs.slice(at, at + n).join('\n\n'));
    at += n;
  });
  return out;
}

const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

export const weChatReplayDriver: ChannelDriver = {
  channel: CHANNEL,
  adapter: weChatAdapterWith({}),
  async prepare(who: ClientIdentity, data): Promise<PreparedChannel> {
    const locale = await channelLocale(who, data.store);
    const custom: CustomSend[] = [];
    const mediaTypes = new Map<string, string>();
    const api = await startStandIn(({ method, url, body }) => {
      const json = (value: unknown) => ({ status: 200, type: 'application/json', body: JSON.stringify(value) });
      if (url.pathname === '/cgi-bin/token') return json({ access_token: 'REPLAY_ACCESS_TOKEN', expires_in: 7200 });
      if (method === 'POST' && url.pathname === '/cgi-bin/message/custom/send') {
        custom.push(JSON.parse(body.toString('utf8')) as CustomSend);
        return json({ errcode: 0, errmsg: 'ok' });
      }
      if (url.pathname === '/cgi-bin/media/get') {
        const type = mediaTypes.get(url.searchParams.get('media_id') ?? '') ?? 'image/jpeg';
        return { status: 200, type, body: Buffer.from('replayed file') };
      }
      return json({ errcode: 40004, errmsg: `not in the stand-in: ${url.pathname}` });
    });
    return {
      env: {
        WECHAT_TOKEN: TOKEN,
        WECHAT_APP_ID: APP_ID,
        WECHAT_APP_SECRET: 'replay-app-secret',
        WECHAT_API_URL: api.url,
        // The longest passive-reply budget WeChat's five seconds allow: a busy test machine stays passive.
        WECHAT_REPLY_BUDGET_MS: '4800',
      },
      // WeChat does not say the customer's language: the account serves the transcript's (see channelLocale).
      // Transcripts are web chat conversations: their agents may write more than WeChat's 5 customer-service messages in a row.
      adapter: weChatAdapterWith({ locale: locale ?? 'en-US', customerServiceMessages: 1000 }),
      async open(server, identity) {
        if (identity.userId) {
          // The openid linked to the transcript's user, as the carrier's identity linking leaves it.
          await server.app.store.identities.link({ channelId: CHANNEL, externalId: OPEN_ID, userId: identity.userId, linkedAt: server.app.clock.now().toISOString() });
        }
        return new WeChatSession(server, custom, mediaTypes);
      },
      close: () => api.close(),
    };
  },
};
