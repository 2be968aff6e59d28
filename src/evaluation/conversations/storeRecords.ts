/**
 * What the store holds after a turn, as far as a customer's request leaves a trace an outsider can
 * check: the open tickets on the accounts concerned, the conversation's handoff (with its ticket's
 * parcels) and the members' roles. Read through the store's interfaces only; the dialog's own state
 * (the conversation record's `state`) is never looked at.
 */
import { TICKET_CATEGORIES, type TicketCategory, type TicketState } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';

export interface TicketSeen {
  number: string;
  category: TicketCategory;
  state: TicketState;
  accountNumber: string | null;
  trackingNumbers: string[];
}

export interface StoreRecords {
  /** Open or pending tickets on the accounts concerned, and every ticket of the conversation, by number. */
  tickets: TicketSeen[];
  /** The conversation's newest handoff and the parcels on its ticket; null when none. */
  handoff: { ticketNumber: string; trackingNumbers: string[] } | null;
  /** Roles per `account/userId` on the accounts concerned. */
  roles: Record<string, string[]>;
}

const seen = (t: TicketSeen): TicketSeen => ({ number: t.number, category: t.category, state: t.state, accountNumber: t.accountNumber, trackingNumbers: [...t.trackingNumbers] });

/** Reads the records of `conversationId` and of `accounts` (the speaker's and any an expectation names). */
export async function readStoreRecords(store: Store, conversationId: string, accounts: readonly string[]): Promise<StoreRecords> {
  const byNumber = new Map<string, TicketSeen>();
  for (const t of await store.tickets.listForConversation(conversationId)) byNumber.set(t.number, seen(t));
  const roles: Record<string, string[]> = {};
  for (const account of new Set(accounts)) {
    for (const category of TICKET_CATEGORIES) for (const t of await store.tickets.openForAccount(account, category)) byNumber.set(t.number, seen(t));
    for (const m of await store.accounts.members(account)) roles[`${account}/${m.userId}`] = [...m.roles].sort();
  }
  const latest = await store.handoffs.latestForConversation(conversationId);
  let handoff: StoreRecords['handoff'] = null;
  if (latest) {
    const ticket = await store.tickets.get(latest.ticketNumber);
    handoff = { ticketNumber: latest.ticketNumber, trackingNumbers: ticket?.trackingNumbers ?? [] };
  }
  return { tickets: [...byNumber.values()], handoff, roles };
}
