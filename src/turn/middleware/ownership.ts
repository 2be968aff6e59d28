import type { Middleware, TurnContext } from 'botbuilder';
import type { Reply } from '../../activity.ts';
import type { ConversationRecord } from '../../store/records.ts';
import { replyToActivity } from '../replyActivity.ts';
import { conversationOf, localeOf, setConversation, setStatus } from '../turnState.ts';

/** What the turn needs from the human handoff (src/escalation/handoffDesk.ts). */
export interface HandoffRouting {
  /** The customer wrote while people own the conversation; returns what to tell them (often nothing). */
  customerWrote(conversation: ConversationRecord): Promise<Reply[]>;
  /** A waiting customer takes the request for a person back: the notice to send before the bot answers, or null. */
  customerWithdraws?(conversation: ConversationRecord, text: string): Promise<{ notices: Reply[]; asksMore: boolean } | null>;
  /** Whether the bot answers a customer who writes while waiting for a person (nobody has taken the conversation yet). */
  botAnswersWhileWaiting?(conversation: ConversationRecord): Promise<boolean>;
  /** A resolved handoff becomes "returned" when the customer writes again. */
  botResumes(conversationId: string): Promise<void>;
  /** The customer closed the chat or unfollowed: an open handoff is abandoned. */
  customerLeft(conversationId: string): Promise<void>;
}

/**
 * Exactly one owner answers a conversation. While a customer waits in the queue the bot still answers
 * what it can (the handoff stays queued). Once a person has it the bot stays silent: the
 * customer's message is already recorded and on the feed, which is where the agent console reads
 * it; only the desk's notices (a waiting customer's place in the queue) go out. A resolved
 * conversation is the bot's again at the customer's next message.
 */
export class OwnershipRouter implements Middleware {
  constructor(private readonly handoffs: HandoffRouting) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversation = conversationOf(context);
    const { activity } = context;
    if (leaves(activity)) {
      await this.handoffs.customerLeft(conversation.id);
      setStatus(context, 'processed');
      return;
    }
    const withdrawn = conversation.owner !== 'bot' && activity.type === 'message' ? await this.handoffs.customerWithdraws?.(conversation, activity.text ?? '') : null;
    if (withdrawn) {
      // "算了，先帮我查一下…" while still waiting: the request for a person is withdrawn and the bot answers the rest.
      await context.sendActivities(withdrawn.notices.map((r) => replyToActivity(r, localeOf(context))) as never);
      setConversation(context, { ...conversation, owner: 'bot' });
      // "不用转人工了，我自己查吧", "never mind, figured it out": nothing more to answer.
      if (withdrawn.asksMore) await next();
      else setStatus(context, 'processed');
      return;
    }
    // Waiting in the queue, nobody has the conversation yet: the bot answers what it can meanwhile.
    if (conversation.owner !== 'bot' && activity.type === 'message' && (await this.handoffs.botAnswersWhileWaiting?.(conversation))) {
      let answered = false;
      context.onSendActivities(async (_ctx, activities, send) => {
        if (activities.some((a) => a.type === 'message')) answered = true;
        return send();
      });
      await next();
      // Nothing the bot could answer ("still there?"): the person's, and now and then a reminder of their place.
      if (!answered) await this.remind(context, conversation);
      return;
    }
    if (conversation.owner !== 'bot') {
      setStatus(context, 'relayed');
      if (activity.type !== 'message') return;
      await this.remind(context, conversation);
      return;
    }
    if (activity.type === 'message') await this.handoffs.botResumes(conversation.id);
    await next();
  }

  /** What the desk tells a customer who writes while people own the conversation (often nothing). */
  private async remind(context: TurnContext, conversation: ConversationRecord): Promise<void> {
    const notices = await this.handoffs.customerWrote(conversation);
    if (notices.length) await context.sendActivities(notices.map((r) => replyToActivity(r, localeOf(context))) as never);
  }
}

/** The customer ended the conversation (Bot Framework endOfConversation, or left it). */
function leaves(activity: TurnContext['activity']): boolean {
  if (activity.type === 'endOfConversation') return true;
  return activity.type === 'conversationUpdate' && (activity.membersRemoved ?? []).some((m) => m.id === activity.from?.id || m.role === 'user');
}
