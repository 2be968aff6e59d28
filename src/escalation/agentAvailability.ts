/**
 * Whether an agent takes conversations now: they said available in the console and acted within the
 * idle time (an agent who walked away without signing out counts as away). Pure; the rows are in
 * the store (src/store/availabilityRecords.ts).
 */
import type { AgentAvailabilityRecord } from '../store/availabilityRecords.ts';

/** AGENT_CAPACITY and AGENT_IDLE_MINUTES (src/config.ts). */
export interface AvailabilityPolicy {
  readonly defaultCapacity: number;
  readonly idleMs: number;
}

export interface Availability {
  readonly available: boolean;
  /** Said available but did nothing in the console for the idle time. */
  readonly idle: boolean;
  readonly capacity: number;
}

export function availabilityOf(row: AgentAvailabilityRecord | null, now: Date, policy: AvailabilityPolicy): Availability {
  const capacity = row?.capacity ?? policy.defaultCapacity;
  if (row?.status !== 'available') return { available: false, idle: false, capacity };
  const idle = now.getTime() - Date.parse(row.activeAt) > policy.idleMs;
  return { available: !idle, idle, capacity };
}
