/**
 * The web chat channel in the replay runner: Direct Line 3.0 over HTTP against the in-process server,
 * as Web Chat does it (demo sign-in, start, post, poll with a watermark). Nothing goes around the adapter.
 */
import { createWebChatAdapter } from './webChatAdapter.ts';
import type { Activity } from '../../src/activity.ts';
import type { ChannelDriver, ChannelSession, ClientIdentity, ClientInput } from '../../src/transcripts/channelDriver.ts';

interface DemoSessionBody {
  conversationId: string;
  token: string;
  userID: string;
}

async function call<T>(url: string, method: string, bearer: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (bearer) headers['Authorization'] = `Bearer ${bearer}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  if (!res.ok) throw new Error(`web chat: ${method} ${new URL(url).pathname} answered ${res.status}: ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : {}) as T;
}

class WebChatSession implements ChannelSession {
  private watermark = '';
  private sent = 0;

  constructor(
    private readonly base: string,
    readonly conversationId: string,
    private token: string,
    private readonly userId: string,
    private readonly locale: string | null,
  ) {}

  async start(): Promise<void> {
    const started = await call<{ token: string }>(`${this.base}/conversations`, 'POST', this.token, {
      user: { id: this.userId },
      ...(this.locale ? { locale: this.locale } : {}),
    });
    this.token = started.token;
  }

  opened(): Promise<Activity[]> {
    return this.read();
  }

  async send(input: ClientInput): Promise<Activity[]> {
    const clientActivityID = `replay-${++this.sent}`;
    const common = {
      type: 'message',
      from: { id: this.userId, role: 'user' },
      ...(this.locale ? { locale: this.locale } : {}),
    };
    let body: Record<string, unknown>;
    switch (input.kind) {
      case 'text':
        body = { ...common, text: input.text, textFormat: 'plain', channelData: { clientActivityID } };
        break;
      case 'click':
        // Web Chat: imBack sends the value as text; postBack sends it hidden from the transcript;
        // messageBack sends the value and shows its displayText (the label) in the customer's bubble.
        body =
          input.type === 'messageBack'
            ? { ...common, text: input.value, value: input.value, channelData: { clientActivityID, messageBack: { displayText: input.title } } }
            : input.type === 'postBack'
              ? { ...common, text: input.value, channelData: { clientActivityID, postBack: true } }
              : { ...common, text: input.value, textFormat: 'plain', channelData: { clientActivityID } };
        break;
      case 'attachment':
        body = { ...common, attachments: [{ contentType: input.contentType, name: input.name, contentUrl: `https://example.com/uploads/${encodeURIComponent(input.name)}` }], channelData: { clientActivityID } };
        break;
      case 'submit':
        body = { ...common, value: input.value, channelData: { clientActivityID, postBack: true } };
        break;
    }
    await call(`${this.base}/conversations/${this.conversationId}/activities`, 'POST', this.token, body);
    return this.read();
  }

  received(): Promise<Activity[]> {
    return this.read();
  }

  /** Polls like Web Chat and keeps what the bot side said (the user's own echo is dropped). */
  private async read(): Promise<Activity[]> {
    const set = await call<{ activities: Activity[]; watermark?: string }>(
      `${this.base}/conversations/${this.conversationId}/activities?watermark=${this.watermark}`,
      'GET',
      this.token,
    );
    if (set.watermark !== undefined) this.watermark = set.watermark;
    return set.activities.filter((a) => a.from.id !== this.userId);
  }
}

export const webChatReplayDriver: ChannelDriver = {
  channel: 'webchat',
  adapter: createWebChatAdapter,
  async open(server, who: ClientIdentity) {
    // The development demo sign-in links a fresh web chat identity to the demo user, as the site's login would.
    const demo = await call<DemoSessionBody>(`${server.url}/demo/token`, 'POST', null, {
      ...(who.userId ? { userId: who.userId } : {}),
      ...(who.locale ? { locale: who.locale } : {}),
    });
    const session = new WebChatSession(`${server.url}/v3/directline`, demo.conversationId, demo.token, demo.userID, who.locale);
    await session.start();
    return session;
  },
};
