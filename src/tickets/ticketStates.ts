/**
 * The moves a ticket may make between its states (src/store/records.ts TICKET_STATES), as data: a
 * ticket is new until a person works it, open while they do, waits on the customer or the carrier,
 * and ends resolved (reopened when the customer comes back) or closed.
 */
import type { TicketState } from '../store/records.ts';

export const TICKET_MOVES: Readonly<Record<TicketState, readonly TicketState[]>> = {
  new: ['open', 'waiting_on_customer', 'waiting_on_carrier', 'resolved', 'closed'],
  // Back to new: the agent cannot finish it and hands it back to the queue.
  open: ['new', 'waiting_on_customer', 'waiting_on_carrier', 'resolved', 'closed'],
  waiting_on_customer: ['open', 'waiting_on_carrier', 'resolved', 'closed'],
  waiting_on_carrier: ['open', 'waiting_on_customer', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  // A closed ticket is reopened only on purpose (a supervisor, or the same problem again).
  closed: ['open'],
};

/** Whether a ticket in `from` may move to `to` (staying put is not a move). */
export const mayMove = (from: TicketState, to: TicketState): boolean => TICKET_MOVES[from].includes(to);

/** The states a ticket may be in to move to `to`: the compare-and-set of the store's change. */
export const statesBefore = (to: TicketState): TicketState[] =>
  (Object.keys(TICKET_MOVES) as TicketState[]).filter((from) => mayMove(from, to));

/** Resolved and closed tickets are done: still findable, no longer worked. */
export const isDone = (state: TicketState): boolean => state === 'resolved' || state === 'closed';
