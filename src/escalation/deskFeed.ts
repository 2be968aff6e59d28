import { EventEmitter } from 'node:events';
import type { HandoffRecord, TicketNoteRecord } from '../store/handoffRecords.ts';

/** What changed at the desk: the agent console's live queue listens. */
export type DeskEvent =
  | { kind: 'queue' }
  | { kind: 'presence' }
  | { kind: 'handoff'; handoff: HandoffRecord }
  | { kind: 'note'; handoffId: number; note: TicketNoteRecord };

/** In-process pub/sub of desk events (one listener per open console stream). */
export class DeskFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(event: DeskEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: DeskEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
