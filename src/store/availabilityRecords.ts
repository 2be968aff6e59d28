/**
 * Agents' availability (issue 20): whether an agent takes conversations now, how many at once, and
 * when they last acted in the console. What "available" means with the idle time is decided in
 * src/escalation/agentAvailability.ts; the store only keeps the rows.
 */
import { str, type Row } from './rows.ts';

export const AVAILABILITY_STATUSES = ['available', 'away'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

export interface AgentAvailabilityRecord {
  agentId: string;
  status: AvailabilityStatus;
  /** Conversations the agent takes at once; null: the configured default (AGENT_CAPACITY). */
  capacity: number | null;
  /** The agent's last action in the console (idle time counts from here). */
  activeAt: string;
  changedAt: string;
}

export interface AgentAvailabilityRepository {
  get(agentId: string): Promise<AgentAvailabilityRecord | null>;
  list(): Promise<AgentAvailabilityRecord[]>;
  /** Sets the agent available or away (an agent without a row gets one); the agent acted at `at`. */
  setStatus(agentId: string, status: AvailabilityStatus, at: string): Promise<AgentAvailabilityRecord>;
  /** Sets the agent's capacity (null: the default); an agent without a row gets one, away. */
  setCapacity(agentId: string, capacity: number | null, at: string): Promise<AgentAvailabilityRecord>;
  /**
   * The agent acted at `at`: refreshes `activeAt` of an available agent who acted at or after
   * `activeSince` (one gone idle stays away until they say otherwise) and not after `quietBefore`
   * (at most one write per agent in that span). False when nothing changed.
   */
  touch(agentId: string, at: string, activeSince: string, quietBefore: string): Promise<boolean>;
}

export function availabilityFromRow(r: Row): AgentAvailabilityRecord {
  return {
    agentId: str(r.agent_id),
    status: str(r.status) as AvailabilityStatus,
    capacity: r.capacity === null || r.capacity === undefined ? null : Number(r.capacity),
    activeAt: str(r.active_at),
    changedAt: str(r.changed_at),
  };
}
