/**
 * The order people take waiting conversations in: rank (priority, VIP), then the SLA deadline for
 * the first answer, then age. Also where a customer stands and how long they may wait.
 */
import type { HandoffRecord } from '../store/handoffRecords.ts';

type Queued = Pick<HandoffRecord, 'id' | 'rank' | 'firstResponseDue' | 'queuedAt' | 'requestedAt'>;

export function compareQueued(a: Queued, b: Queued): number {
  return (
    a.rank - b.rank ||
    a.firstResponseDue.localeCompare(b.firstResponseDue) ||
    (a.queuedAt ?? a.requestedAt).localeCompare(b.queuedAt ?? b.requestedAt) ||
    a.id - b.id
  );
}

/** The waiting handoffs in serving order. */
export function orderQueue<T extends Queued>(waiting: readonly T[]): T[] {
  return [...waiting].sort(compareQueued);
}

/** 1-based position of a handoff among those waiting in the same queue (0 when not waiting). */
export function positionIn<T extends Queued & Pick<HandoffRecord, 'queue'>>(ordered: readonly T[], id: number): number {
  const me = ordered.find((h) => h.id === id);
  if (!me) return 0;
  return ordered.filter((h) => h.queue === me.queue).findIndex((h) => h.id === id) + 1;
}

/** When nothing has been handled yet: a typical chat takes this long. */
export const DEFAULT_HANDLE_MINUTES = 6;

/** The mean minutes agents took from claiming to ending, over recent handoffs (a default without history). */
export function averageHandleMinutes(handled: readonly Pick<HandoffRecord, 'assignedAt' | 'endedAt'>[]): number {
  const spans = handled
    .filter((h) => h.assignedAt && h.endedAt)
    .map((h) => (Date.parse(h.endedAt!) - Date.parse(h.assignedAt!)) / 60_000)
    .filter((m) => Number.isFinite(m) && m >= 0);
  if (!spans.length) return DEFAULT_HANDLE_MINUTES;
  return Math.max(1, spans.reduce((a, b) => a + b, 0) / spans.length);
}

/**
 * Minutes until an agent is likely free for the customer at `position`: the conversations ahead
 * (and theirs) shared among the agents at work, rounded up to whole minutes, at least one.
 */
export function waitMinutes(position: number, handleMinutes: number, agentsAtWork: number): number {
  return Math.max(1, Math.ceil((position * handleMinutes) / Math.max(1, agentsAtWork)));
}
