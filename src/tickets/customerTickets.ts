/**
 * Tickets as a customer may hear of them: only those on the accounts the speaker belongs to (or, for
 * someone not linked, those of their own conversation). Whatever a customer types — another
 * account's ticket number, its tracking number — a customer-facing answer never names another
 * account's ticket. Agents search every ticket through the ticket desk instead.
 */
import type { TicketRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';

/** Whose tickets a customer may hear of. */
export interface CustomerScope {
  /** The accounts the speaker is a member of (none when not linked). */
  accountNumbers: readonly string[];
  /** The conversation they write in: an unlinked customer's own tickets were opened there. */
  conversationId: string;
}

const inScope = (t: TicketRecord, scope: CustomerScope): boolean =>
  t.accountNumber !== null ? scope.accountNumbers.includes(t.accountNumber) : t.conversationId === scope.conversationId;

/** The customer's tickets, newest first; `text` narrows them as the console's search does. */
export async function customerTickets(store: Store, scope: CustomerScope, text?: string): Promise<TicketRecord[]> {
  const [onAccounts, here] = await Promise.all([
    scope.accountNumbers.length ? store.tickets.search({ accountNumbers: scope.accountNumbers, ...(text ? { text } : {}) }) : Promise.resolve([]),
    store.tickets.listForConversation(scope.conversationId),
  ]);
  const narrowed = text ? here.filter((t) => t.number === text.trim().toUpperCase() || t.trackingNumbers.includes(text.trim().toUpperCase())) : here;
  const seen = new Set<string>();
  return [...onAccounts, ...narrowed.reverse()].filter((t) => inScope(t, scope) && !seen.has(t.number) && seen.add(t.number));
}

/** One ticket by number when it is the customer's; null for an unknown one and for another account's alike. */
export async function customerTicket(store: Store, scope: CustomerScope, number: string): Promise<TicketRecord | null> {
  const ticket = await store.tickets.get(number.trim().toUpperCase());
  return ticket && inScope(ticket, scope) ? ticket : null;
}
