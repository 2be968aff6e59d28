/**
 * The queues as the desk and the console read them: live handoffs in serving order, where a waiting
 * customer stands and how long they may wait, and which agents are at work (their console is open).
 */
import type { AgentRecord, HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import { mayWork } from './agentAccess.ts';
import type { DeskFeed } from './deskFeed.ts';
import type { QueueStanding } from './handoffNotices.ts';
import { averageHandleMinutes, orderQueue, positionIn, waitMinutes } from './queueOrder.ts';

/** How many recently handled conversations the handle time is averaged over. */
const HANDLED_SAMPLE = 20;

export class QueueBoard {
  /** Open console streams per agent on this instance. */
  private readonly online = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly feed: DeskFeed,
  ) {}

  /** Live handoffs (queued, assigned, active) this agent may see, waiting ones first in serving order. */
  async live(agent: AgentRecord | null): Promise<(HandoffRecord & { position: number })[]> {
    const all = await this.store.handoffs.listByState(['queued', 'assigned', 'active']);
    const waiting = orderQueue(all.filter((h) => h.state === 'queued'));
    const rest = all.filter((h) => h.state !== 'queued').sort((a, b) => (a.assignedAt ?? '').localeCompare(b.assignedAt ?? ''));
    return [...waiting, ...rest]
      .filter((h) => !agent || mayWork(agent, h))
      .map((h) => ({ ...h, position: h.state === 'queued' ? positionIn(waiting, h.id) : 0 }));
  }

  /** Where a waiting handoff stands (null when it is not waiting). */
  async standing(h: HandoffRecord): Promise<QueueStanding | null> {
    if (h.state !== 'queued') return null;
    const waiting = orderQueue(await this.store.handoffs.listByState(['queued']));
    const position = positionIn(waiting, h.id);
    if (!position) return null;
    return { position, waitMinutes: waitMinutes(position, await this.handleMinutes(), await this.agentsAtWork(h.queue)) };
  }

  async handleMinutes(): Promise<number> {
    return averageHandleMinutes(await this.store.handoffs.recentlyHandled(HANDLED_SAMPLE));
  }

  /** Marks an agent as at work while their console is connected; returns the function that ends it. */
  present(agentId: string): () => void {
    this.online.set(agentId, (this.online.get(agentId) ?? 0) + 1);
    this.feed.publish({ kind: 'presence' });
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const n = (this.online.get(agentId) ?? 1) - 1;
      if (n <= 0) this.online.delete(agentId);
      else this.online.set(agentId, n);
      this.feed.publish({ kind: 'presence' });
    };
  }

  isOnline(agentId: string): boolean {
    return this.online.has(agentId);
  }

  /** Agents connected now who work this queue (at least one is assumed, so a wait estimate is never infinite). */
  async agentsAtWork(queue: string): Promise<number> {
    if (!this.online.size) return 1;
    const agents = await this.store.agents.list();
    return Math.max(1, agents.filter((a) => this.online.has(a.id) && mayWork(a, { queue })).length);
  }
}
