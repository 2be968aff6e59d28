/** Agents' availability as the console shows it: available or away (idle says why), capacity and open load. */
import { availabilityOf, type AvailabilityPolicy } from '../escalation/agentAvailability.ts';
import { HELD } from '../escalation/handoffStates.ts';
import type { AvailabilityStatus } from '../store/availabilityRecords.ts';
import type { HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';

export interface AvailabilityView {
  status: AvailabilityStatus;
  /** Said available, but did nothing in the console for the idle time: counted as away. */
  idle: boolean;
  capacity: number;
  /** Conversations the agent holds now (assigned or active). */
  open: number;
}

/** Every agent's availability by agent id (an agent who never said is away with the default capacity). */
export async function availabilityViews(store: Store, live: readonly HandoffRecord[], now: Date, policy: AvailabilityPolicy): Promise<Map<string, AvailabilityView>> {
  const [agents, rows] = await Promise.all([store.agents.list(), store.agentAvailability.list()]);
  const byAgent = new Map(rows.map((r) => [r.agentId, r]));
  return new Map(
    agents.map((a) => {
      const { available, idle, capacity } = availabilityOf(byAgent.get(a.id) ?? null, now, policy);
      const open = live.filter((h) => h.assignee === a.id && HELD.includes(h.state)).length;
      return [a.id, { status: available ? 'available' : 'away', idle, capacity, open }];
    }),
  );
}
