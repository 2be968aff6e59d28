import { EventEmitter } from 'node:events';
import type { StoredActivity } from '../store/records.ts';

/**
 * In-process feed of every activity recorded in a conversation, in and out. Direct Line streams
 * and the agent console subscribe to it; the store stays the source of truth.
 */
export class ConversationFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Each open Web Chat socket or console view is one listener; there is no fixed bound.
    this.emitter.setMaxListeners(0);
  }

  publish(stored: StoredActivity): void {
    this.emitter.emit(stored.conversationId, stored);
    this.emitter.emit('*', stored);
  }

  /** Subscribes to one conversation (or '*' for all); returns the unsubscribe function. */
  subscribe(conversationId: string, listener: (stored: StoredActivity) => void): () => void {
    this.emitter.on(conversationId, listener);
    return () => this.emitter.off(conversationId, listener);
  }
}
