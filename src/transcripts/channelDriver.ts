/**
 * What the replay needs of a channel: a driver that mounts the channel's real adapter and speaks its
 * protocol as the platform's client would. Drivers live beside their adapters
 * (adapters/<channel>/replayDriver.ts); the replay gets them from the composition root (channelDrivers.ts).
 */
import type { AdapterFactory } from '../channels/channelAdapter.ts';
import type { Activity } from '../activity.ts';
import type { App } from '../app.ts';
import type { Store } from '../store/store.ts';

/** What the customer does in one turn, as the channel's client would send it. */
export type ClientInput =
  | { kind: 'text'; text: string }
  /** A click on a suggested action or card button: the action as the bot offered it. */
  | { kind: 'click'; type: string; title: string; value: string }
  | { kind: 'attachment'; name: string; contentType: string }
  | { kind: 'submit'; value: unknown };

/** Who opens the conversation. */
export interface ClientIdentity {
  /** A demo user the channel identity is linked to (as the carrier's site sign-in does), or null. */
  userId: string | null;
  /** The client's language, when the channel reports one. */
  locale: string | null;
}

/** One conversation driven over the channel's own protocol. */
export interface ChannelSession {
  readonly conversationId: string;
  /** Bot-side activities the customer was shown when the conversation opened (the welcome). */
  opened(): Promise<Activity[]>;
  /** Sends one input; resolves with the bot-side activities the customer was shown for it. */
  send(input: ClientInput): Promise<Activity[]>;
  /** What reached the customer since the last read without them writing (an agent's messages, notices). */
  received(): Promise<Activity[]>;
}

/** The running server a session talks to (the app is there for fixtures a real client would have, e.g. signed webhooks). */
export interface ChannelServer {
  url: string;
  app: App;
}

/**
 * What a channel needs before the app is built, for one replay: a stand-in for the platform's API
 * (listening on 127.0.0.1:0), the environment that configures the adapter with test credentials and
 * that stand-in, and the adapter as configured for this conversation.
 */
export interface PreparedChannel {
  /** Environment variables added to the replay's configuration (e.g. WHATSAPP_GRAPH_URL). */
  readonly env: Readonly<Record<string, string>>;
  readonly adapter: AdapterFactory;
  open(server: ChannelServer, who: ClientIdentity): Promise<ChannelSession>;
  /** Stops the stand-in. */
  close(): Promise<void>;
}

/**
 * A channel in the replay runner: its adapter (mounted on an in-process server on 127.0.0.1:0) and a
 * client that speaks its protocol. WhatsApp and WeChat join as one entry each.
 */
export interface ChannelDriver {
  readonly channel: string;
  readonly adapter: AdapterFactory;
  /** Opens a conversation on the running server at `url` (channels with `prepare` open through what it returns). */
  open?(server: ChannelServer, who: ClientIdentity): Promise<ChannelSession>;
  /**
   * Channels whose adapter calls the platform's API: starts the stand-in and configures the adapter
   * for one replay of a conversation by `who` (then `open` and `adapter` of the result are used);
   * `data` is what the carrier knows (a linked user's language, as the web chat sign-in uses it).
   */
  prepare?(who: ClientIdentity, data: { store: Store }): Promise<PreparedChannel>;
}
