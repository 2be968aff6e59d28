/**
 * The customer hears of their ticket's moves that came without a word to them: resolved, waiting on
 * the carrier, closed, reopened. A reply or a request already reached them in the agent's own words
 * (TicketDesk.reply/ask send them), so those moves add nothing. Tickets without a conversation have
 * nobody to tell here.
 */
import type { CustomerNotices } from '../escalation/customerNotices.ts';
import type { TicketState } from '../store/records.ts';
import type { TicketDesk, TicketStateChange } from './ticketDesk.ts';

/** The moves the customer is told of, by the state they arrive in. */
const TOLD: ReadonlySet<TicketState> = new Set(['resolved', 'waiting_on_carrier', 'closed']);

export function isToldToCustomer(change: Pick<TicketStateChange, 'from' | 'to' | 'told'>): boolean {
  // The handoff desk's moves come with its own notice (who joined, resolved by …), or were the customer's.
  if (change.told) return false;
  const reopened = (change.from === 'resolved' || change.from === 'closed') && change.to !== 'resolved' && change.to !== 'closed';
  return change.from !== change.to && (TOLD.has(change.to) || reopened);
}

/** Tells the customer of `tickets`' moves through `notices`; returns how to stop. */
export function tellCustomersOfTickets(tickets: TicketDesk, notices: CustomerNotices): () => void {
  return tickets.onTicketChange(async (change) => {
    const conversationId = change.ticket.conversationId;
    if (!conversationId || !isToldToCustomer(change)) return;
    await notices.ticketChanged(conversationId, { ticket: { number: change.ticket.number }, from: change.from, to: change.to, reason: change.reason });
  });
}
