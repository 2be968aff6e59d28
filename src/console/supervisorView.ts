/** The supervisor's view: queue depth and waits per queue, SLA breaches, and each agent's load. */
import type { HandoffDesk } from '../escalation/handoffDesk.ts';
import { averageHandleMinutes } from '../escalation/queueOrder.ts';
import { QUEUES } from '../escalation/serviceLevels.ts';
import type { AgentRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import type { AvailabilityView } from './availabilityView.ts';
import type { QueueItem } from './consoleViews.ts';

const DAY_MS = 86_400_000;
/** Undeliverable messages shown, newest first. */
const UNDELIVERABLE_SHOWN = 50;
/** Proactive alerts shown, newest first. */
const ALERTS_SHOWN = 50;

export async function supervisorSummary(o: { store: Store; desk: HandoffDesk; now: Date; viewer: AgentRecord; items: QueueItem[]; availability: ReadonlyMap<string, AvailabilityView> }) {
  const waiting = o.items.filter((i) => i.state === 'queued');
  const queues = [...new Set([...QUEUES, ...o.items.map((i) => i.queue)])].map((queue) => {
    const here = waiting.filter((i) => i.queue === queue);
    return {
      queue,
      waiting: here.length,
      longestWaitSeconds: Math.max(0, ...here.map((i) => i.waitingSeconds)),
      breached: o.items.filter((i) => i.queue === queue && i.breached).length,
    };
  });
  const online = await o.desk.board.online();
  const agents = (await o.store.agents.list()).map((a) => ({
    id: a.id,
    displayName: a.displayName,
    role: a.role,
    online: online.has(a.id),
    assigned: o.items.filter((i) => i.assignee?.id === a.id && i.state === 'assigned').length,
    active: o.items.filter((i) => i.assignee?.id === a.id && i.state === 'active').length,
    availability: o.availability.get(a.id) ?? null,
  }));
  const handled = await o.store.handoffs.recentlyHandled(1000);
  return {
    queues,
    agents,
    breaches: o.items.filter((i) => i.breached),
    handledToday: handled.filter((h) => h.endedAt && o.now.getTime() - Date.parse(h.endedAt) < DAY_MS).length,
    // Only from conversations agents actually handled: no made-up default here.
    averageHandleMinutes: handled.length ? Math.round(averageHandleMinutes(handled.slice(0, 20)) * 10) / 10 : null,
    // Messages the durable outbox gave up on: the customer never got them, and an agent should know why.
    undeliverable: (await o.store.deliveries.undeliverable(UNDELIVERABLE_SHOWN)).map((d) => ({
      conversationId: d.conversationId,
      channel: d.channelId,
      text: d.activity.text ?? '',
      reason: d.lastError ?? '',
      attempts: d.attempts,
      at: d.settledAt,
    })),
    // Proactive alerts (issue 21): sent, waiting for the customer's morning (due), or failed with the reason.
    alerts: (await o.store.parcelAlerts.list(ALERTS_SHOWN)).map((a) => ({
      conversationId: a.conversationId,
      trackingNumber: a.trackingNumber,
      exception: a.exception,
      state: a.state,
      dueAt: a.dueAt,
      sentAt: a.sentAt,
      error: a.error,
    })),
  };
}
