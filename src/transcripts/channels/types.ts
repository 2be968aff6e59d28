import type { AdapterFactory } from '../../../adapters/types.ts';
import type { Activity } from '../../activity.ts';
import type { App } from '../../app.ts';

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
}

/**
 * A channel in the replay runner: its adapter (mounted on an in-process server on 127.0.0.1:0) and a
 * client that speaks its protocol. WhatsApp and WeChat join as one entry each.
 */
export interface ChannelDriver {
  readonly channel: string;
  readonly adapter: AdapterFactory;
  /** Opens a conversation on the running server at `url` (the app is there for fixtures a real client would have, e.g. signed webhooks). */
  open(server: { url: string; app: App }, who: ClientIdentity): Promise<ChannelSession>;
}
