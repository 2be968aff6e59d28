import { formatPromiseTime } from '../format.ts';
import { asksDisputeStatus } from '../flows/billing/billingWords.ts';
import { ticketName, ticketStatusTexts } from '../ticketStatus/texts.ts';
import { isOpen, isYours, meantTickets, queueingOf, yourTickets } from '../ticketStatus/yourTickets.ts';
import type { TicketRecord } from '../../store/records.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

type TicketContext = Pick<RunnerContext, 'turn' | 'store' | 'desk'>;

/**
 * "What's happening with my ticket?": the one named, the one open (this chat's first: see meantTickets;
 * none open, how this chat's latest ended), or which one when several are open.
 */
export const ticketRunners = {
  async ticket_status(action: ActionOf<'ticket_status'>, ctx: TicketContext) {
    const { turn, store } = ctx;
    const t = ticketStatusTexts(turn.locale);
    if (action.number) {
      const ticket = await store.tickets.get(action.number);
      // Another account's ticket reads as no ticket at all: a number never tells whether it exists.
      return ticket && isYours(ticket, turn) ? say(await standingText(ticket, ctx)) : say(t.notFound(action.number));
    }
    const yours = await yourTickets(store, turn);
    const text = turn.activity.text ?? '';
    // "what's the status of my dispute": the invoice disputes among the open tickets, when there are any (a handoff of a
    // billing question while a dispute is open is a billing_dispute ticket too, but not the dispute).
    const disputes = asksDisputeStatus(text) ? yours.filter((ticket) => isOpen(ticket) && ticket.details['kind'] === 'invoice_dispute') : [];
    const open = meantTickets(disputes.length ? disputes : yours.filter(isOpen), turn.conversation.id, text);
    // Nothing open: this chat's latest ticket says how it ended ("resolved"), if it has one.
    const settled = yours.filter((ticket) => ticket.conversationId === turn.conversation.id).at(-1);
    if (!open.length) return settled ? say(await standingText(settled, ctx)) : say(t.none);
    if (open.length === 1) return say(await standingText(open[0]!, ctx));
    const choices = open.map((ticket) => ({ label: t.choice({ number: ticket.number, name: ticketName(ticket.category, turn.locale), parcel: ticket.trackingNumbers[0] ?? null }), value: ticket.number }));
    return say(t.several(open.length), choices);
  },
} satisfies RunnerFamily;

async function standingText(ticket: TicketRecord, { turn, store, desk }: TicketContext): Promise<string> {
  const { queue, dueAt } = await queueingOf(store, desk.deadlines, ticket);
  return ticketStatusTexts(turn.locale).one({
    number: ticket.number,
    name: ticketName(ticket.category, turn.locale),
    parcel: ticket.trackingNumbers[0] ?? null,
    state: ticket.state,
    queue,
    due: dueAt ? formatPromiseTime(dueAt, turn.locale, turn.timeZone) : null,
  });
}
