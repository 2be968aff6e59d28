import type { Middleware, TurnContext } from 'botbuilder';
import { findSpeaker } from '../../accounts/speaker.ts';
import type { Clock } from '../../clock.ts';
import type { AccountRepository, ConversationRepository, IdentityRepository, UserRepository } from '../../store/store.ts';
import { SPEAKER, conversationOf, setConversation } from '../turnState.ts';

/**
 * Finds the carrier user linked to the channel identity (web chat user id, WhatsApp number, WeChat
 * openid). The channel vouches for the identity; linking it to a user is the accounts concern.
 */
export class IdentityMiddleware implements Middleware {
  constructor(
    private readonly repos: {
      identities: IdentityRepository;
      users: UserRepository;
      accounts: AccountRepository;
      conversations: ConversationRepository;
    },
    private readonly clock: Clock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { channelId, from } = context.activity;
    const speaker = await findSpeaker(this.repos, channelId, from.id);
    context.turnState.set(SPEAKER, speaker);
    const conversation = conversationOf(context);
    const userId = speaker?.user.id ?? null;
    if (conversation.userId !== userId) {
      await this.repos.conversations.update(conversation.id, { userId }, this.clock.now().toISOString());
      setConversation(context, { ...conversation, userId });
    }
    await next();
  }
}
