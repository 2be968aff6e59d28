/**
 * Keeps the customer informed outside their own turns: `tell` puts a message into the customer's own
 * thread, on their channel, in their language, through the CustomerMessenger (recorded, then the
 * durable outbox on WhatsApp and WeChat; Web Chat streams it to an open chat and shows it with the
 * conversation's history on the next visit). What a channel does outside its service window (a
 * WhatsApp template per language, WeChat's customer-service limits) is the adapter's: the message
 * carries `channelData.customerNotice` (src/activity.ts) for it.
 */
import type { Activity, Choice } from '../activity.ts';
import type { Store } from '../store/store.ts';
import type { CustomerMessenger } from './handoffDesk.ts';
import { ticketUpdateText, type TicketChange } from './ticketUpdateTexts.ts';

/** One message for the customer: its text in their language, the ticket it is about, who writes it. */
export interface CustomerNotice {
  /** The text in the conversation's language (`locale` as the conversation holds it, e.g. "zh-CN"). */
  text: (locale: string) => string;
  ticket?: string | null;
  /** An agent writing (named in the chat); the assistant's notice when absent. */
  from?: { agentId: string; name: string };
  /** What the customer may do next, as choices in their language (an alert's fix: src/alerts/). */
  choices?: (locale: string) => Choice[];
}

/** A ticket's change as the ticket listener (`onTicketChange`) reports it, with the replying agent's id. */
export type TicketChangeNotice = TicketChange & { agentId?: string };

export interface CustomerNoticesOptions {
  store: Store;
  messenger: CustomerMessenger;
}

export class CustomerNotices {
  constructor(private readonly o: CustomerNoticesOptions) {}

  /** Tells the customer of the conversation `notice`; returns what was recorded (and is being delivered). */
  async tell(conversationId: string, notice: CustomerNotice): Promise<Activity[]> {
    const conversation = await this.o.store.conversations.get(conversationId);
    if (!conversation) throw new Error(`no conversation ${conversationId}`);
    const text = notice.text(conversation.locale);
    const choices = notice.choices?.(conversation.locale) ?? [];
    const reply = choices.length ? { type: 'message' as const, text, choices } : { type: 'message' as const, text };
    return this.o.messenger(conversationId, [reply], notice.from, undefined, { customerNotice: { ticket: notice.ticket ?? null } });
  }

  /**
   * Tells the customer what happened to their ticket (its new state, the agent's reply): the hook for
   * the ticket listener. Nothing is sent when nothing changed for them.
   */
  async ticketChanged(conversationId: string, change: TicketChangeNotice): Promise<Activity[]> {
    const reply = change.reply?.text.trim() ? change.reply : null;
    const from = reply && change.agentId ? { agentId: change.agentId, name: reply.agentName } : undefined;
    if (ticketUpdateText(change, 'en') === null) return [];
    return this.tell(conversationId, { text: (locale) => ticketUpdateText(change, locale)!, ticket: change.ticket.number, ...(from ? { from } : {}) });
  }
}
