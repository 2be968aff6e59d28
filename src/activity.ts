/**
 * Channel-neutral activity types: a subset of the Bot Framework Activity schema
 * (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md).
 * The core depends on these, not on botbuilder, so the SDK stays swappable behind src/turn/.
 */

export type ActivityType =
  | 'message'
  | 'event'
  | 'conversationUpdate'
  | 'typing'
  | 'endOfConversation'
  | 'invoke'
  | 'trace';

export type Role = 'user' | 'bot' | 'agent' | 'system';

export interface ChannelAccount {
  id: string;
  name?: string;
  role?: Role;
}

export interface CardAction {
  type: 'imBack' | 'postBack' | 'messageBack' | 'openUrl';
  title: string;
  value: string;
  text?: string;
  displayText?: string;
}

export interface Attachment {
  contentType: string;
  content?: unknown;
  contentUrl?: string;
  name?: string;
  thumbnailUrl?: string;
}

export interface Entity {
  type: string;
  [key: string]: unknown;
}

export interface Activity {
  type: ActivityType;
  id?: string;
  timestamp?: string;
  localTimestamp?: string;
  localTimezone?: string;
  channelId: string;
  serviceUrl?: string;
  from: ChannelAccount;
  recipient?: ChannelAccount;
  conversation: { id: string; name?: string };
  replyToId?: string;
  text?: string;
  textFormat?: 'plain' | 'markdown' | 'xml';
  locale?: string;
  speak?: string;
  inputHint?: 'acceptingInput' | 'ignoringInput' | 'expectingInput';
  suggestedActions?: { actions: CardAction[]; to?: string[] };
  attachments?: Attachment[];
  attachmentLayout?: 'list' | 'carousel';
  entities?: Entity[];
  value?: unknown;
  valueType?: string;
  label?: string;
  name?: string;
  membersAdded?: ChannelAccount[];
  membersRemoved?: ChannelAccount[];
  channelData?: Record<string, unknown>;
}

/** Everything needed to send to a conversation later (proactively, or from an agent). */
export interface ConversationRef {
  channelId: string;
  conversationId: string;
  user: ChannelAccount;
  bot: ChannelAccount;
  serviceUrl?: string;
  locale?: string;
}

/** A choice offered to the customer; `value` is what comes back when it is picked. */
export interface Choice {
  label: string;
  value: string;
}

/** A small card of labelled facts (a shipment's status, a ticket). */
export interface FactCard {
  title: string;
  subtitle?: string;
  facts: { label: string; value: string }[];
}

/**
 * What the dialog says, before any channel renders it. The turn layer turns a Reply into a
 * Bot Framework message (suggested actions, an Adaptive Card); adapters degrade that per channel.
 */
export type Reply =
  | { type: 'message'; text: string; choices?: Choice[]; card?: FactCard }
  | { type: 'event'; name: string; value?: unknown; attachments?: Attachment[] }
  /** Diagnostics for tools (Emulator, transcript tests): recorded, never shown to the customer. */
  | { type: 'trace'; name: string; label: string; valueType: string; value: unknown };

/** The bot's own account on every channel. Web Chat needs it to differ from any user id. */
export const BOT_ACCOUNT: ChannelAccount = Object.freeze({ id: 'carrier-assist', name: 'Carrier Assist', role: 'bot' });

/** A conversation reference for an inbound activity. */
export function conversationRefOf(activity: Activity): ConversationRef {
  return {
    channelId: activity.channelId,
    conversationId: activity.conversation.id,
    user: activity.from,
    bot: activity.recipient ?? BOT_ACCOUNT,
    ...(activity.serviceUrl ? { serviceUrl: activity.serviceUrl } : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

/**
 * `channelData.customerNotice`: marks a message told to the customer outside their turn (a ticket's
 * update, an agent's reply on it: src/escalation/customerNotices.ts). A channel that needs an
 * approved template outside its service window fills the template's parameters from it.
 */
export interface CustomerNoticeData {
  /** The ticket the notice is about, when it is about one. */
  ticket: string | null;
}

/** The notice data an activity carries, or null when it is not a customer notice. */
export function customerNoticeOf(activity: Activity): CustomerNoticeData | null {
  const data = activity.channelData?.['customerNotice'] as { ticket?: unknown } | undefined;
  if (!data || typeof data !== 'object') return null;
  return { ticket: typeof data.ticket === 'string' ? data.ticket : null };
}
