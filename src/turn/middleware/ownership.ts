import type { Middleware, TurnContext } from 'botbuilder';
import { conversationOf, setStatus } from '../turnState.ts';

/**
 * Exactly one owner answers a conversation. While an agent owns it the bot stays silent: the
 * customer's message is already recorded and on the feed, which is where the agent console reads it.
 */
export class OwnershipRouter implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (conversationOf(context).owner !== 'bot') {
      setStatus(context, 'relayed');
      return;
    }
    await next();
  }
}
