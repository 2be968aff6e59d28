/**
 * What the console's tickets view shows (src/console/API.md "Tickets"): a ticket as a list item with
 * its customer, channel and SLA, and its timeline with agents named. Customers and conversations are
 * read once per list.
 */
import type { AgentRecord } from '../store/handoffRecords.ts';
import type { ConversationRecord, UserRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import type { WorkedTicket } from '../tickets/ticketDesk.ts';
import type { TimelineEntry } from '../tickets/ticketTimeline.ts';

export interface TicketItem {
  number: string;
  category: string;
  queue: string;
  state: string;
  priority: string;
  subject: string;
  channel: string | null;
  language: string | null;
  customer: { name: string | null; email: string | null; phone: string | null; accountNumber: string | null; tier: string | null };
  trackingNumbers: string[];
  assignee: { id: string; displayName: string } | null;
  mine: boolean;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  sla: WorkedTicket['sla'];
}

/** Builds list items, reading each customer and conversation once. */
export async function ticketItems(store: Store, worked: readonly WorkedTicket[], viewer: AgentRecord, agentNames: ReadonlyMap<string, string>): Promise<TicketItem[]> {
  const users = new Map<string, UserRecord | null>();
  const conversations = new Map<string, ConversationRecord | null>();
  for (const { ticket } of worked) {
    if (ticket.userId && !users.has(ticket.userId)) users.set(ticket.userId, await store.users.get(ticket.userId));
    if (ticket.conversationId && !conversations.has(ticket.conversationId)) conversations.set(ticket.conversationId, await store.conversations.get(ticket.conversationId));
  }
  return worked.map(({ ticket: t, tier, sla }) => {
    const user = t.userId ? users.get(t.userId) : null;
    const conversation = t.conversationId ? conversations.get(t.conversationId) : null;
    const details = t.details as { channel?: string; language?: string };
    return {
      number: t.number,
      category: t.category,
      queue: t.queue,
      state: t.state,
      priority: t.priority,
      subject: t.subject,
      channel: conversation?.channelId ?? details.channel ?? null,
      language: conversation?.locale.slice(0, 2) ?? details.language ?? null,
      customer: { name: user?.name ?? null, email: user?.email ?? null, phone: user?.phone ?? null, accountNumber: t.accountNumber, tier },
      trackingNumbers: t.trackingNumbers,
      assignee: t.assignee ? { id: t.assignee, displayName: agentNames.get(t.assignee) ?? t.assignee } : null,
      mine: t.assignee === viewer.id,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      firstResponseAt: t.firstResponseAt,
      sla,
    };
  });
}

/** A timeline entry with its actor's display name (agents by name; customer, bot, carrier as they are). */
export function timelineView(e: TimelineEntry, agentNames: ReadonlyMap<string, string>) {
  const agent = e.actor.startsWith('agent:') ? e.actor.slice('agent:'.length) : null;
  return { ...e, name: agent ? (agentNames.get(agent) ?? agent) : e.actor };
}
