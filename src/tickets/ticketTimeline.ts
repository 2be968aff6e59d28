/**
 * A ticket's timeline, oldest first: its opening, what the customer wrote about it (in the
 * conversation that opened it and when asking again elsewhere), what people did (moves, replies,
 * requests, notes, the handoff's audit) and the carrier's events of its parcels.
 */
import type { StoredActivity, TicketCustomerMessage, TicketRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';

export const TIMELINE_KINDS = ['opened', 'customer', 'agent', 'bot', 'action', 'note', 'handoff', 'carrier'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  at: string;
  kind: TimelineKind;
  /** Who: customer, bot, system, agent:<id>, or the carrier. */
  actor: string;
  text: string;
  detail: Record<string, unknown>;
}

/** The conversation's messages from the one that opened the ticket on (the newest at or before its opening). */
export function messagesSinceOpening(activities: readonly StoredActivity[], ticket: Pick<TicketRecord, 'createdAt'>): StoredActivity[] {
  const messages = activities.filter((s) => s.activity.type === 'message');
  const opened = Date.parse(ticket.createdAt);
  let first = messages.findIndex((s) => Date.parse(s.activity.timestamp ?? '') > opened);
  if (first < 0) first = messages.length;
  const opening = messages.slice(0, first).reverse().find((s) => s.direction === 'in');
  return messages.slice(opening ? messages.indexOf(opening) : first);
}

/** Who wrote a recorded message: the customer, an agent (the console marks theirs), or the bot. */
export function authorOf(s: StoredActivity): 'customer' | 'agent' | 'bot' {
  if (s.direction === 'in') return 'customer';
  const handoff = s.activity.channelData?.['handoff'] as { author?: string } | undefined;
  return handoff?.author === 'agent' ? 'agent' : 'bot';
}

/** Customer messages added when they asked again (in another conversation, or before a conversation was kept). */
export const addedMessages = (ticket: Pick<TicketRecord, 'details'>): TicketCustomerMessage[] =>
  Array.isArray(ticket.details['customerMessages']) ? (ticket.details['customerMessages'] as TicketCustomerMessage[]) : [];

export async function ticketTimeline(store: Store, ticket: TicketRecord): Promise<TimelineEntry[]> {
  const [events, notes, handoff, activities, carrier] = await Promise.all([
    store.tickets.events(ticket.number),
    store.ticketNotes.list(ticket.number),
    store.handoffs.byTicket(ticket.number),
    ticket.conversationId ? store.activities.list(ticket.conversationId) : Promise.resolve([]),
    Promise.all(ticket.trackingNumbers.map((n) => store.shipments.events(n))),
  ]);
  const audit = handoff ? await store.handoffs.events(handoff.id) : [];
  const entries: TimelineEntry[] = [
    { at: ticket.createdAt, kind: 'opened', actor: 'bot', text: ticket.subject, detail: { category: ticket.category } },
    ...messagesSinceOpening(activities, ticket).map((s): TimelineEntry => {
      const author = authorOf(s);
      return { at: s.activity.timestamp ?? ticket.createdAt, kind: author, actor: author, text: s.activity.text ?? '', detail: { seq: s.seq } };
    }),
    ...addedMessages(ticket)
      .filter((m) => m.conversationId !== ticket.conversationId)
      .map((m): TimelineEntry => ({ at: m.at, kind: 'customer', actor: 'customer', text: m.text, detail: { conversationId: m.conversationId } })),
    ...events.map((e): TimelineEntry => ({ at: e.at, kind: 'action', actor: e.actor, text: e.kind, detail: { ...e.detail, state: { from: e.from, to: e.to } } })),
    ...notes.map((n): TimelineEntry => ({ at: n.createdAt, kind: 'note', actor: `agent:${n.agentId}`, text: n.text, detail: {} })),
    // The handoff's own moves: its log lines are the replies and notes listed already, and a move that
    // changed the ticket is its action line above.
    ...audit.filter((e) => e.from !== e.to && !events.some((t) => t.detail['handoff'] === e.handoffId && t.detail['move'] === e.to && t.at === e.at)).map((e): TimelineEntry => ({ at: e.at, kind: 'handoff', actor: e.actor, text: e.to, detail: { from: e.from, to: e.to } })),
    ...carrier.flat().map((e): TimelineEntry => ({
      at: e.at,
      kind: 'carrier',
      actor: 'carrier',
      text: e.description,
      detail: { trackingNumber: e.trackingNumber, status: e.status, city: e.city, country: e.country },
    })),
  ];
  // Stable: entries at the same instant keep the order above (the opening before its first message).
  return entries.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) => Date.parse(a.at) - Date.parse(b.at) || i - j).map(([e]) => e);
}
