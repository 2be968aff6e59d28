/** Which handoffs an agent may see and work: their queues; a supervisor every queue. */
import type { AgentRecord, HandoffRecord } from '../store/handoffRecords.ts';

export function mayWork(agent: Pick<AgentRecord, 'role' | 'queues'>, handoff: Pick<HandoffRecord, 'queue'>): boolean {
  return agent.role === 'supervisor' || agent.queues.includes(handoff.queue);
}
