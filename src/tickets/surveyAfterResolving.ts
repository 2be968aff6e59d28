/**
 * A ticket resolved without a live handoff (one the bot opened: customs, exception, billing dispute,
 * address; or worked in the tickets view after its handoff ended) gets the satisfaction survey too, in
 * its conversation, on its first resolution only (a reopened ticket resolved again is not asked twice).
 * A handoff's own resolution asks for itself (HandoffDesk.resolve, or endWithTicket for a ticket a live
 * handoff carries).
 */
import type { Clock } from '../clock.ts';
import type { CustomerMessenger } from '../escalation/handoffDesk.ts';
import { isLive } from '../escalation/handoffStates.ts';
import { askSatisfaction } from '../escalation/satisfactionSurvey.ts';
import type { Store } from '../store/store.ts';
import type { TicketDesk } from './ticketDesk.ts';

/** Asks after every resolution `tickets` makes; returns how to stop. */
export function surveyAfterResolving(tickets: TicketDesk, o: { store: Store; clock: Clock; messenger: CustomerMessenger }): () => void {
  return tickets.onTicketChange(async (change) => {
    const { ticket } = change;
    if (change.to !== 'resolved' || change.handoffId !== undefined || !ticket.conversationId) return;
    const handoff = await o.store.handoffs.byTicket(ticket.number);
    if (handoff && isLive(handoff.state)) return;
    const conversation = await o.store.conversations.get(ticket.conversationId);
    if (!conversation) return;
    const resolutions = (await o.store.tickets.events(ticket.number)).filter((e) => e.to === 'resolved' && e.from !== 'resolved');
    if (resolutions.length > 1) return;
    await askSatisfaction(
      o,
      { conversationId: conversation.id, ticketNumber: ticket.number, handoffId: null, agentId: ticket.assignee, channelId: conversation.channelId, language: conversation.locale },
      o.clock.now().toISOString(),
    );
  });
}
