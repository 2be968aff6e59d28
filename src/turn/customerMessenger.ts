/**
 * Sends what did not come from a customer's turn — an agent's message, a notice about their place
 * in the queue — into a conversation, through the customer's own channel: recorded and published
 * like any outbound activity, then delivered by the channel's adapter (Web Chat streams it from the
 * feed; WhatsApp and WeChat call their platform's API).
 */
import { BOT_ACCOUNT, conversationRefOf, type Activity, type ConversationRef, type Reply } from '../activity.ts';
import type { Store } from '../store/store.ts';
import { replyToActivity } from './replyActivity.ts';
import type { Deliver, TurnPipeline } from './types.ts';

export interface MessengerOptions {
  store: Store;
  pipeline: () => TurnPipeline;
  /** The adapter's send for a channel; null when that channel is not on (then it is only recorded). */
  deliverFor: (channelId: string) => Deliver | null;
}

/** Who writes: an agent (named in the chat), or the desk's notices (from the assistant). */
export interface Author {
  agentId: string;
  name: string;
}

export function createCustomerMessenger(o: MessengerOptions) {
  /** `channelData` is merged into every activity (a customer notice's data: src/activity.ts CustomerNoticeData). */
  return async (conversationId: string, replies: Reply[], author?: Author, notice?: string, channelData?: Record<string, unknown>): Promise<Activity[]> => {
    const conversation = await o.store.conversations.get(conversationId);
    if (!conversation) throw new Error(`no conversation ${conversationId}`);
    const ref = await referenceOf(o.store, conversationId, conversation.channelId, conversation.externalUserId);
    const activities = replies.map((r) => {
      const a = replyToActivity(r, conversation.locale) as Activity;
      if (author) {
        a.from = { ...BOT_ACCOUNT, name: author.name };
        a.channelData = { ...a.channelData, handoff: { author: 'agent', agentId: author.agentId, name: author.name } };
      } else {
        a.channelData = { ...a.channelData, handoff: { author: 'system', ...(notice ? { notice } : {}) } };
      }
      if (channelData) a.channelData = { ...a.channelData, ...channelData };
      return a;
    });
    const deliver = o.deliverFor(conversation.channelId) ?? (async () => {});
    return o.pipeline().sendToConversation(ref, activities, deliver);
  };
}

/** The reference from the customer's newest activity (it carries the serviceUrl a Bot Framework channel needs). */
async function referenceOf(store: Store, conversationId: string, channelId: string, externalUserId: string): Promise<ConversationRef> {
  const lastIn = await store.activities.lastInbound(conversationId);
  if (lastIn) return conversationRefOf(lastIn.activity);
  return { channelId, conversationId, user: { id: externalUserId, role: 'user' }, bot: BOT_ACCOUNT };
}
