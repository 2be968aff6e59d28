/**
 * Who takes what next (issue 20): the oldest most urgent waiting work goes to the available agent
 * who works its queue and has the fewest open conversations, never above their capacity. Pure: the
 * caller gathers the waiting work (handoffs today; tickets too once they have queues) and the agents'
 * availability, capacity and load, and carries the choices out through the claim path.
 */
import type { AgentRecord } from '../store/handoffRecords.ts';
import { mayWork } from './agentAccess.ts';

/** Something waiting for a person, keyed as the caller likes (a handoff id, a ticket number). */
export interface WaitingWork<K> {
  readonly key: K;
  readonly queue: string;
  /** Urgency, lower first (serviceLevels.rankOf: priority, then VIP). */
  readonly rank: number;
  /** Since when it waits (ISO-8601): the older goes first among the same rank. */
  readonly waitingSince: string;
}

export interface CandidateAgent extends Pick<AgentRecord, 'id' | 'role' | 'queues'> {
  readonly available: boolean;
  /** Conversations (and tickets) the agent takes at once. */
  readonly capacity: number;
  /** Open ones the agent has now. */
  readonly open: number;
  /** When the agent last got one (null: never); among equally loaded agents the longest without goes first. */
  readonly lastAssignedAt: string | null;
}

export interface Assignment<K> {
  readonly key: K;
  readonly agentId: string;
}

/** The waiting work in the order it is handed out: rank, then the longest waiting, then as given. */
export function assignmentOrder<W extends WaitingWork<unknown>>(waiting: readonly W[]): W[] {
  return waiting
    .map((w, i) => ({ w, i }))
    .sort((a, b) => a.w.rank - b.w.rank || a.w.waitingSince.localeCompare(b.w.waitingSince) || a.i - b.i)
    .map(({ w }) => w);
}

/**
 * The assignments to make now, in order. Work no available agent of its queue has room for stays
 * waiting (later work of other queues may still go out); each choice counts toward the agent's load.
 */
export function chooseAssignments<K>(waiting: readonly WaitingWork<K>[], agents: readonly CandidateAgent[]): Assignment<K>[] {
  const load = new Map(agents.map((a) => [a.id, { open: a.open, last: a.lastAssignedAt }]));
  const chosen: Assignment<K>[] = [];
  for (const work of assignmentOrder(waiting)) {
    const free = agents.filter((a) => a.available && mayWork(a, work) && load.get(a.id)!.open < a.capacity);
    const agent = free.sort((a, b) => compareLoad(load.get(a.id)!, load.get(b.id)!) || a.id.localeCompare(b.id))[0];
    if (!agent) continue;
    chosen.push({ key: work.key, agentId: agent.id });
    // A marker later than any time: whoever just got one is last among equals.
    load.set(agent.id, { open: load.get(agent.id)!.open + 1, last: '\uffff' });
  }
  return chosen;
}

function compareLoad(a: { open: number; last: string | null }, b: { open: number; last: string | null }): number {
  return a.open - b.open || (a.last ?? '').localeCompare(b.last ?? '');
}
