/**
 * The queues as the desk and the console read them: live handoffs in serving order, where a waiting
 * customer stands and how long they may wait, and which agents are at work (their console is open).
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { AgentRecord, HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import { mayWork } from './agentAccess.ts';
import type { DeskFeed } from './deskFeed.ts';
import type { QueueStanding } from './handoffNotices.ts';
import { WITH_PEOPLE } from './handoffStates.ts';
import { averageHandleMinutes, orderQueue, positionIn, waitMinutes } from './queueOrder.ts';

/** How many recently handled conversations the handle time is averaged over. */
const HANDLED_SAMPLE = 20;
/** An open console refreshes its agent's presence this often; unrefreshed presence lapses after the TTL. */
const PRESENCE_BEAT_MS = 15_000;
const PRESENCE_TTL_MS = 45_000;

export class QueueBoard {
  /** Open console streams per agent on this instance. */
  private readonly onlineHere = new Map<string, number>();
  private readonly beats = new Map<string, NodeJS.Timeout>();
  /** This instance, in the presence rows it refreshes. */
  private readonly instanceId = randomUUID();

  constructor(
    private readonly store: Store,
    private readonly feed: DeskFeed,
    private readonly clock: Clock,
  ) {}

  /** Live handoffs (queued, assigned, active) this agent may see, waiting ones first in serving order. */
  async live(agent: AgentRecord | null): Promise<(HandoffRecord & { position: number })[]> {
    const all = await this.store.handoffs.listByState(WITH_PEOPLE);
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

  /**
   * Marks an agent as at work while their console is connected; returns the function that ends it.
   * Kept in the store and refreshed while connected, so every instance counts agents at work on any.
   */
  present(agentId: string): () => void {
    const n = (this.onlineHere.get(agentId) ?? 0) + 1;
    this.onlineHere.set(agentId, n);
    if (n === 1) {
      this.beat(agentId);
      this.beats.set(agentId, setInterval(() => this.beat(agentId), PRESENCE_BEAT_MS).unref());
    }
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = (this.onlineHere.get(agentId) ?? 1) - 1;
      if (left > 0) {
        this.onlineHere.set(agentId, left);
        return;
      }
      this.onlineHere.delete(agentId);
      clearInterval(this.beats.get(agentId));
      this.beats.delete(agentId);
      this.store.agentPresence.leave(agentId, this.instanceId).then(
        () => this.feed.publish({ kind: 'presence' }),
        () => {},
      );
    };
  }

  /**
   * Refreshes the agent's row, and deletes the rows that lapsed (an instance killed without saying
   * leave): whichever instance beats first deletes them, the others find nothing.
   */
  private beat(agentId: string): void {
    const now = this.clock.now();
    this.store.agentPresence
      .beat(agentId, this.instanceId, now.toISOString())
      .then(() => this.store.agentPresence.expire(new Date(now.getTime() - PRESENCE_TTL_MS).toISOString()))
      .then(
        () => this.feed.publish({ kind: 'presence' }),
        () => {},
      );
  }

  /** Agents with a console open on any instance. */
  async online(): Promise<Set<string>> {
    const since = new Date(this.clock.now().getTime() - PRESENCE_TTL_MS).toISOString();
    return new Set([...(await this.store.agentPresence.seenSince(since)), ...this.onlineHere.keys()]);
  }

  /** Stops refreshing this instance's presence (shutdown); its rows expire. */
  close(): void {
    for (const timer of this.beats.values()) clearInterval(timer);
    this.beats.clear();
  }

  /** Agents connected now who work this queue (at least one is assumed, so a wait estimate is never infinite). */
  async agentsAtWork(queue: string): Promise<number> {
    const online = await this.online();
    if (!online.size) return 1;
    const agents = await this.store.agents.list();
    return Math.max(1, agents.filter((a) => online.has(a.id) && mayWork(a, { queue })).length);
  }
}
