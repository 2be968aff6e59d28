/**
 * Bot Framework activities <-> ours. Inbound ids are namespaced by the Bot Framework channel
 * (`msteams:…`, `emulator:…`) so that a user, a conversation or an activity id on one channel can
 * never pose as one of another (Azure's "webchat" channel vs our own web chat, say), and the
 * original ids stay recoverable for proactive sends.
 */
import type { Activity as BfActivity, ConversationReference } from 'botbuilder';
import { z } from 'zod';
import type { Activity, ActivityType, ChannelAccount, ConversationRef } from '../../src/activity.ts';
import { HANDOFF_INITIATE, handoffEventFor } from './handoffEvent.ts';

export const BOTFRAMEWORK_CHANNEL_ID = 'botframework';
export const EMULATOR_CHANNEL = 'emulator';
/**
 * Channels whose suggested actions may be messageBack (the bubble shows the label, the bot gets the
 * value). Others show imBack only (Teams' suggested actions): there a click sends and shows the value.
 */
const MESSAGE_BACK_CHANNELS: ReadonlySet<string> = new Set([EMULATOR_CHANNEL, 'webchat', 'directline']);

const Account = z.looseObject({ id: z.string().min(1).max(512), name: z.string().max(512).optional(), role: z.string().max(64).optional() });

/** What /api/messages needs in a body before botbuilder sees it; everything else passes through. */
export const BotFrameworkBody = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a Bot Framework channel id such as emulator or msteams'),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: Account,
  recipient: Account,
  text: z.string().max(10_000).optional(),
});

/** The activity types our pipeline takes; the others (installationUpdate, messageReaction …) are acknowledged only. */
const HANDLED: ReadonlySet<string> = new Set<ActivityType>(['message', 'event', 'conversationUpdate', 'endOfConversation']);

/** Our activity for a Bot Framework one, or null when it is a type we do not handle. */
export function fromBotFramework(bf: BfActivity): Activity | null {
  if (!HANDLED.has(bf.type)) return null;
  const channel = bf.channelId;
  const bot = bf.recipient;
  const account = (a: { id: string; name?: string; role?: string }): ChannelAccount =>
    a.id === bot.id
      ? { id: a.id, ...(a.name ? { name: a.name } : {}), role: 'bot' }
      : { id: `${channel}:${a.id}`, ...(a.name ? { name: a.name } : {}), role: 'user' };
  const activity: Activity = {
    type: bf.type as ActivityType,
    ...(bf.id ? { id: `${channel}:${bf.conversation.id}:${bf.id}` } : {}),
    channelId: BOTFRAMEWORK_CHANNEL_ID,
    serviceUrl: bf.serviceUrl,
    from: account(bf.from),
    recipient: { id: bot.id, ...(bot.name ? { name: bot.name } : {}), role: 'bot' },
    conversation: { id: `${channel}:${bf.conversation.id}` },
    channelData: {
      botframework: {
        channelId: channel,
        conversationId: bf.conversation.id,
        ...(bf.id ? { activityId: bf.id } : {}),
        ...(bf.conversation.tenantId ? { tenantId: bf.conversation.tenantId } : {}),
      },
    },
  };
  if (typeof bf.text === 'string') activity.text = bf.text;
  if (bf.textFormat === 'plain' || bf.textFormat === 'markdown' || bf.textFormat === 'xml') activity.textFormat = bf.textFormat;
  if (bf.locale) activity.locale = bf.locale;
  if (bf.localTimezone) activity.localTimezone = bf.localTimezone;
  if (bf.localTimestamp) activity.localTimestamp = new Date(bf.localTimestamp).toISOString();
  if (bf.value !== undefined) activity.value = bf.value;
  if (bf.name) activity.name = bf.name;
  if (bf.attachments?.length) {
    activity.attachments = bf.attachments.map((a) => ({
      contentType: a.contentType,
      ...(a.contentUrl ? { contentUrl: a.contentUrl } : {}),
      ...(a.content !== undefined ? { content: a.content } : {}),
      ...(a.name ? { name: a.name } : {}),
    }));
  }
  if (bf.entities?.length) activity.entities = bf.entities.map((e) => ({ ...e }));
  if (bf.membersAdded?.length) activity.membersAdded = bf.membersAdded.map(account);
  if (bf.membersRemoved?.length) activity.membersRemoved = bf.membersRemoved.map(account);
  return activity;
}

/** Events of Bot Framework's handoff protocol that go to every channel as they are. */
const HANDOFF_EVENTS: ReadonlySet<string> = new Set(['handoff.status']);

/**
 * What of our outbound activity a Bot Framework channel gets; the turn context fills in the
 * addressing (from, recipient, conversation, replyToId, serviceUrl). Traces and our other events go
 * to the Emulator only: other channels must never show diagnostics. `handoff.initiate` goes only to
 * the channels in `handoffChannels`, and without the agents' internal fields (handoffEvent.ts).
 */
export function toBotFramework(activity: Activity, channel: string, handoffChannels: readonly string[] = []): Partial<BfActivity> | null {
  if (activity.type === 'event' && activity.name === HANDOFF_INITIATE) return handoffEventFor(activity, channel, handoffChannels);
  const shown = activity.type === 'message' || activity.type === 'typing' || (activity.type === 'event' && HANDOFF_EVENTS.has(activity.name ?? ''));
  const forTools = activity.type === 'trace' || activity.type === 'event';
  if (!shown && !(forTools && channel === EMULATOR_CHANNEL)) return null;
  const out: Partial<BfActivity> = { type: activity.type };
  const keys = ['text', 'textFormat', 'locale', 'speak', 'inputHint', 'suggestedActions', 'attachments', 'attachmentLayout', 'entities', 'value', 'valueType', 'name', 'label'] as const;
  for (const key of keys) {
    if (activity[key] !== undefined) (out as Record<string, unknown>)[key] = activity[key];
  }
  if (!MESSAGE_BACK_CHANNELS.has(channel) && activity.suggestedActions) {
    const actions = activity.suggestedActions.actions.map(({ title, value }) => ({ type: 'imBack', title, value }));
    (out as Record<string, unknown>).suggestedActions = { ...activity.suggestedActions, actions };
  }
  return out;
}

/** The Bot Framework conversation reference behind one of our conversation refs (for proactive sends). */
export function botFrameworkReference(ref: ConversationRef): Partial<ConversationReference> {
  const [channel, conversationId] = splitChannel(ref.conversationId);
  const [, userId] = splitChannel(ref.user.id);
  if (!ref.serviceUrl) throw new Error(`botframework: no serviceUrl for conversation ${ref.conversationId}`);
  return {
    channelId: channel,
    serviceUrl: ref.serviceUrl,
    conversation: { id: conversationId, isGroup: false, conversationType: '', name: '' },
    user: { id: userId, name: ref.user.name ?? '' },
    bot: { id: ref.bot.id, name: ref.bot.name ?? '' },
    ...(ref.locale ? { locale: ref.locale } : {}),
  };
}

/**
 * The channel's own id of one of our inbound activity ids in `conversationId` (fromBotFramework names
 * them "<channel>:<conversation>:<activity>"), or undefined for anything else.
 */
export function platformActivityIdOf(ourId: string | undefined, conversationId: string): string | undefined {
  const prefix = `${conversationId}:`;
  return ourId?.startsWith(prefix) && ourId.length > prefix.length ? ourId.slice(prefix.length) : undefined;
}

/** "msteams:19:abc@thread" -> ["msteams", "19:abc@thread"] (channel ids have no colon). */
export function splitChannel(namespaced: string): [string, string] {
  const i = namespaced.indexOf(':');
  if (i <= 0) throw new Error(`botframework: "${namespaced}" is not a namespaced Bot Framework id`);
  return [namespaced.slice(0, i), namespaced.slice(i + 1)];
}
