import type { ChannelAccount } from '../../src/activity.ts';
import type { ConversationRecord } from '../../src/store/records.ts';
import { baseLanguage } from '../../src/turn/middleware/conversation.ts';
import type { Deliver } from '../../src/turn/types.ts';
import type { AdapterContext } from '../types.ts';
import { WebChatErrors } from './errors.ts';
import { newConversationId, type DirectLineTokens, type IssuedToken } from './tokens.ts';
import { joinActivity, WEBCHAT_CHANNEL_ID, type MonotonicTimestamps } from './wireActivity.ts';
import { inboxEntryOf } from '../../src/turn/durable/inbox.ts';

const DEFAULT_LANGUAGE = 'en';

export interface OpenedConversation extends IssuedToken {
  conversationId: string;
}

/** Web chat conversations: creating them in the store, admitting clients, greeting on join. */
export class WebChatConversations {
  constructor(
    private readonly ctx: AdapterContext,
    private readonly tokens: DirectLineTokens,
    private readonly timestamps: MonotonicTimestamps,
    private readonly deliver: Deliver,
  ) {}

  /** Creates a conversation for `userId` and a token admitting that user to it. */
  async create(userId: string, options: { locale?: string; timeZone?: string } = {}): Promise<OpenedConversation> {
    const conversationId = newConversationId();
    await this.ensure(conversationId, userId, options);
    return { conversationId, ...this.tokens.issue(conversationId, userId) };
  }

  /** A fresh token for the stored conversation of web chat user `userId` (a later visit resuming it), or null when it is not theirs. */
  async resume(conversationId: string, userId: string): Promise<OpenedConversation | null> {
    const conversation = await this.ctx.store.conversations.get(conversationId);
    if (conversation?.channelId !== WEBCHAT_CHANNEL_ID || conversation.externalUserId !== userId) return null;
    return { conversationId, ...this.tokens.issue(conversationId, userId) };
  }

  /** Makes sure the conversation exists in the store (idempotent), so reads of a new conversation work. */
  async ensure(conversationId: string, userId: string, options: { locale?: string; timeZone?: string } = {}): Promise<ConversationRecord> {
    return this.ctx.store.conversations.ensure(
      {
        id: conversationId,
        channelId: WEBCHAT_CHANNEL_ID,
        externalUserId: userId,
        // Stored as the base language, as the pipeline's conversation middleware does ("zh-CN" -> "zh").
        locale: baseLanguage(options.locale) ?? DEFAULT_LANGUAGE,
        timeZone: options.timeZone ?? this.ctx.config.defaultTimeZone,
      },
      this.ctx.clock.now().toISOString(),
    );
  }

  /** The stored conversation, or a 404. */
  async require(conversationId: string): Promise<ConversationRecord> {
    const conversation = await this.ctx.store.conversations.get(conversationId);
    if (!conversation || conversation.channelId !== WEBCHAT_CHANNEL_ID) throw WebChatErrors.conversationNotFound(conversationId);
    return conversation;
  }

  /**
   * Tells the bot the user joined (a `conversationUpdate` with membersAdded) so it can greet. The id is
   * stable, so a repeated start is dropped by the pipeline's dedupe. A failed greeting is logged and
   * does not fail the start: the customer can still write.
   */
  async join(conversationId: string, user: ChannelAccount, locale?: string): Promise<void> {
    const activity = joinActivity(conversationId, user, this.timestamps.next(), locale);
    try {
      await this.ctx.inbox.runNow(inboxEntryOf(activity), activity, this.deliver);
    } catch (err) {
      this.ctx.logger.error({ err, conversationId }, 'web chat: the join turn failed');
    }
  }
}
