/**
 * A ticket's service levels: by when a person must first answer and resolve it, on the desk's
 * business-hours calendar (src/escalation/serviceLevels.ts deadlineClock) — the clock the customer's
 * promise was computed on when the ticket was opened, so the desk keeps the time the bot promised —
 * and whether the deadline that runs now is close or missed.
 */
import type { AccountTier, TicketRecord } from '../store/records.ts';
import type { DeadlineClock } from '../escalation/serviceLevels.ts';
import { isDone } from './ticketStates.ts';

/** A deadline this close counts as due (the console's "SLA due" filter). */
export const DUE_SOON_MS = 60 * 60_000;

export const SLA_STATUSES = ['done', 'on_track', 'due_soon', 'breached'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

export interface TicketSla {
  firstResponseDue: string;
  resolutionDue: string;
  /** The deadline that runs now: the first response until a person answered, then the resolution. */
  due: string;
  /** Seconds to `due` (negative once missed). */
  secondsLeft: number;
  /** done: resolved or closed (no clock runs); breached: `due` passed while it is still open. */
  status: SlaStatus;
}

/** The SLA of `ticket` at `now`, counted from its opening in the hours that apply to its account's tier. */
export function ticketSla(
  ticket: Pick<TicketRecord, 'category' | 'priority' | 'createdAt' | 'firstResponseAt' | 'state'>,
  tier: AccountTier | null,
  deadlines: DeadlineClock,
  now: Date,
): TicketSla {
  const { firstResponseDue, resolutionDue } = deadlines(ticket.category, tier, ticket.priority, new Date(ticket.createdAt));
  const due = ticket.firstResponseAt ? resolutionDue : firstResponseDue;
  const left = Date.parse(due) - now.getTime();
  const status: SlaStatus = isDone(ticket.state) ? 'done' : left < 0 ? 'breached' : left <= DUE_SOON_MS ? 'due_soon' : 'on_track';
  return { firstResponseDue, resolutionDue, due, secondsLeft: Math.round(left / 1000), status };
}
