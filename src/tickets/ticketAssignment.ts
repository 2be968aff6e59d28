/**
 * The tickets the bot opened without a handoff, as work for the automatic assignment (AUTO_ASSIGN=on,
 * src/escalation/autoAssigner.ts): new ones nobody has, in the order of their priority and the
 * account's tier, taken through the ticket desk's assign path (its timeline and listeners).
 */
import { LIVE } from '../escalation/handoffStates.ts';
import type { TicketWork } from '../escalation/autoAssigner.ts';
import { rankOf } from '../escalation/serviceLevels.ts';
import type { TicketRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { TicketDeskError, type TicketDesk } from './ticketDesk.ts';

export function ticketWork(tickets: TicketDesk, store: Store): TicketWork {
  /** Tickets a live handoff carries (or is about to) are the handoff's work, claimed with it. */
  const withoutLiveHandoff = async (list: readonly TicketRecord[]): Promise<TicketRecord[]> => {
    const live = await Promise.all(list.map(async (t) => LIVE.includes((await store.handoffs.byTicket(t.number))?.state ?? 'resolved')));
    return list.filter((_, i) => !live[i]);
  };
  return {
    async waiting() {
      const fresh = await withoutLiveHandoff((await store.tickets.search({ states: ['new'] })).filter((t) => t.assignee === null));
      return (await tickets.worked(fresh)).map(({ ticket, tier }) => ({ key: ticket.number, queue: ticket.queue, rank: rankOf(ticket.priority, tier), waitingSince: ticket.createdAt }));
    },
    async held() {
      const counts = new Map<string, number>();
      for (const t of await withoutLiveHandoff((await store.tickets.search({ states: ['new', 'open'] })).filter((t) => t.assignee !== null))) {
        counts.set(t.assignee!, (counts.get(t.assignee!) ?? 0) + 1);
      }
      return counts;
    },
    async assign(ticketNumber, agent) {
      try {
        await tickets.assign(ticketNumber, agent, agent.id);
        return true;
      } catch (error) {
        if (error instanceof TicketDeskError && error.status === 409) return false;
        throw error;
      }
    },
  };
}
