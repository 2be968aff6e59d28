import { EventEmitter } from 'node:events';
import type { Broadcast } from '../store/broadcast.ts';
import type { StoredActivity } from '../store/records.ts';

/**
 * In-process feed of every activity recorded in a conversation, in and out. Direct Line streams
 * and the agent console subscribe to it; the store stays the source of truth. Joined to the other
 * instances on the same database (connect), it also carries what they record.
 */
export class ConversationFeed {
  private readonly emitter = new EventEmitter();
  private broadcast: Broadcast | null = null;

  constructor() {
    // Each open Web Chat socket or console view is one listener; there is no fixed bound.
    this.emitter.setMaxListeners(0);
  }

  publish(stored: StoredActivity): void {
    this.emit(stored);
    // Other instances load it by its position: the message stays small whatever the activity holds.
    this.broadcast?.publish('activity', { conversationId: stored.conversationId, seq: stored.seq }).catch(() => {});
  }

  /** Subscribes to one conversation (or '*' for all); returns the unsubscribe function. */
  subscribe(conversationId: string, listener: (stored: StoredActivity) => void): () => void {
    this.emitter.on(conversationId, listener);
    return () => this.emitter.off(conversationId, listener);
  }

  /**
   * Joins the other instances' feeds: what they publish is loaded from the store (`load`) and
   * published here to local listeners only. Returns the function that leaves.
   */
  connect(broadcast: Broadcast, load: (conversationId: string, seq: number) => Promise<StoredActivity | null>): () => void {
    this.broadcast = broadcast;
    const off = broadcast.subscribe('activity', (m) => {
      void load(String(m['conversationId']), Number(m['seq'])).then(
        (stored) => stored && this.emit(stored),
        () => {},
      );
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
