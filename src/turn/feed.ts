import { EventEmitter } from 'node:events';
import type { Broadcast } from '../store/broadcast.ts';
import type { StoredActivity } from '../store/records.ts';
import { inOpenUnitOfWork } from '../store/unitOfWork.ts';

/**
 * In-process feed of every activity recorded in a conversation, in and out. Direct Line streams
 * and the agent console subscribe to it; the store stays the source of truth. Joined to the other
 * instances on the same database (connect), it also carries what they record.
 */
export class ConversationFeed {
  private readonly emitter = new EventEmitter();
  private broadcast: Broadcast | null = null;
  /** Per conversation, the announcement to the other instances last queued: the next one waits for it. */
  private readonly announcing = new Map<string, Promise<void>>();

  constructor() {
    // Each open Web Chat socket or console view is one listener; there is no fixed bound.
    this.emitter.setMaxListeners(0);
  }

  publish(stored: StoredActivity): void {
    this.emit(stored);
    const broadcast = this.broadcast;
    if (!broadcast) return;
    // Other instances load it by its position: the message stays small whatever the activity holds.
    // A conversation's announcements go out one after the other, so the others hear them in the order
    // they were recorded (side by side on the pool's connections, a later one could commit first).
    const { conversationId, seq } = stored;
    // In a unit of work (a turn on PostgreSQL) the announcement joins its transaction now: the unit's
    // one connection keeps the order, and a turn that fails takes its announcements with it.
    if (inOpenUnitOfWork()) {
      void broadcast.publish('activity', { conversationId, seq }).catch(() => {});
      return;
    }
    const sent = (this.announcing.get(conversationId) ?? Promise.resolve()).then(() => broadcast.publish('activity', { conversationId, seq }).catch(() => {}));
    this.announcing.set(conversationId, sent);
    void sent.then(() => {
      if (this.announcing.get(conversationId) === sent) this.announcing.delete(conversationId);
    });
  }

  /** Subscribes to one conversation (or '*' for all); returns the unsubscribe function. */
  subscribe(conversationId: string, listener: (stored: StoredActivity) => void): () => void {
    this.emitter.on(conversationId, listener);
    return () => this.emitter.off(conversationId, listener);
  }

  /**
   * Joins the other instances' feeds: what they publish is loaded from the store (`load`) and
   * published here to local listeners only, in the order it was announced within each conversation
   * (loads run side by side; a slow load holds back the later activities of its conversation, so an
   * agent or a customer never reads a conversation out of order, after a catch-up included).
   * Returns the function that leaves.
   */
  connect(broadcast: Broadcast, load: (conversationId: string, seq: number) => Promise<StoredActivity | null>): () => void {
    this.broadcast = broadcast;
    /** Per conversation, the emit of the last activity announced: the next one waits for it. */
    const tails = new Map<string, Promise<void>>();
    const off = broadcast.subscribe('activity', (m) => {
      const conversationId = String(m['conversationId']);
      const loading = load(conversationId, Number(m['seq'])).catch(() => null);
      const emitted = (tails.get(conversationId) ?? Promise.resolve()).then(async () => {
        const stored = await loading;
        if (stored) this.emit(stored);
      });
      tails.set(conversationId, emitted);
      void emitted.then(() => {
        if (tails.get(conversationId) === emitted) tails.delete(conversationId);
      });
    });
    return () => {
      off();
      this.broadcast = null;
    };
  }

  private emit(stored: StoredActivity): void {
    this.emitter.emit(stored.conversationId, stored);
    this.emitter.emit('*', stored);
  }
}
