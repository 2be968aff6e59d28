/**
 * The tickets a customer may ask about: those opened in this conversation and the open ones of the
 * accounts the speaker belongs to. Another account's ticket is never shown, whatever number is typed.
 */
import { isMemberOf } from '../../accounts/speaker.ts';
import { queueOf, type DeadlineClock } from '../../escalation/serviceLevels.ts';
import { TICKET_CATEGORIES, type TicketRecord } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';
import type { TurnInput } from '../types.ts';

/** What the answer says of a ticket beyond its record: its queue and the promised time (ISO), null once it is settled. */
export interface TicketQueueing {
  queue: string;
  dueAt: string | null;
}

/** The speaker's tickets, oldest first: this conversation's (any state) and their accounts' open ones. */
export async function yourTickets(store: Store, turn: Pick<TurnInput, 'conversation' | 'speaker'>): Promise<TicketRecord[]> {
  const byNumber = new Map<string, TicketRecord>();
  for (const t of await store.tickets.listForConversation(turn.conversation.id)) byNumber.set(t.number, t);
  for (const m of turn.speaker?.memberships ?? []) {
    for (const category of TICKET_CATEGORIES) for (const t of await store.tickets.openForAccount(m.accountNumber, category)) byNumber.set(t.number, t);
  }
  return [...byNumber.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number.localeCompare(b.number));
}

/** True when the speaker may see the ticket: opened in this conversation, or on one of their accounts. */
export function isYours(ticket: TicketRecord, turn: Pick<TurnInput, 'conversation' | 'speaker'>): boolean {
  return ticket.conversationId === turn.conversation.id || (ticket.accountNumber !== null && isMemberOf(turn.speaker, ticket.accountNumber));
}

export const isOpen = (t: TicketRecord): boolean => t.state !== 'resolved' && t.state !== 'closed';

/** Every ticket asked for, not "my ticket": "my open tickets", "我所有的工单", "mis incidencias". */
const EVERY_TICKET = /\btickets\b|\bincidencias\b|\breclamos\b|所有.{0,3}工单|哪些工单|几个工单|几张工单/i;
export const asksForEveryTicket = (text: string): boolean => EVERY_TICKET.test(text);

/**
 * The open tickets "my ticket" can mean: the one opened in this chat comes first (a customer who has
 * just been given CA-000003 and asks "what's the ticket number again?" means that one, not the account's
 * older ones); all of them when the question asks for every ticket or this chat opened none.
 */
export function meantTickets(open: readonly TicketRecord[], conversationId: string, text: string): readonly TicketRecord[] {
  if (asksForEveryTicket(text)) return open;
  const here = open.filter((t) => t.conversationId === conversationId);
  return here.length ? here : open;
}

/**
 * Where the ticket waits and by when an answer was promised: its handoff's queue and deadline when it
 * has one (the first answer's, then the resolution's once a person answered), else the deadline its
 * text promised (`details.firstResponseDueAt`), else the desk's deadline from its opening.
 */
export async function queueingOf(store: Store, deadlines: DeadlineClock, ticket: TicketRecord): Promise<TicketQueueing> {
  const account = ticket.accountNumber ? await store.accounts.get(ticket.accountNumber) : null;
  const tier = account?.tier ?? null;
  const latest = ticket.conversationId ? await store.handoffs.latestForConversation(ticket.conversationId) : null;
  const handoff = latest?.ticketNumber === ticket.number ? latest : null;
  const queue = handoff?.queue ?? queueOf(ticket.category, tier);
  if (!isOpen(ticket)) return { queue, dueAt: null };
  if (handoff) return { queue, dueAt: handoff.firstResponseAt ? handoff.resolutionDue : handoff.firstResponseDue };
  const promised = ticket.details['firstResponseDueAt'];
  return { queue, dueAt: typeof promised === 'string' ? promised : deadlines(ticket.category, tier, ticket.priority, new Date(ticket.createdAt)).firstResponseDue };
}
