import { EventEmitter } from 'node:events';
import type { Broadcast } from '../store/broadcast.ts';
import type { HandoffRecord, TicketNoteRecord } from '../store/handoffRecords.ts';

/** What changed at the desk: the agent console's live queue listens. */
export type DeskEvent =
  | { kind: 'queue' }
  | { kind: 'presence' }
  | { kind: 'handoff'; handoff: HandoffRecord }
  | { kind: 'note'; handoffId: number; note: TicketNoteRecord };

/** A desk event as another instance receives it: ids only, loaded from the store there. */
export type DeskSignal = { kind: 'queue' } | { kind: 'presence' } | { kind: 'handoff'; id: number } | { kind: 'note'; handoffId: number; ticketNumber: string; noteId: number };

function signalOf(event: DeskEvent): DeskSignal {
  switch (event.kind) {
    case 'handoff':
      return { kind: 'handoff', id: event.handoff.id };
    case 'note':
      return { kind: 'note', handoffId: event.handoffId, ticketNumber: event.note.ticketNumber, noteId: event.note.id };
    default:
      return event;
  }
}

/** In-process pub/sub of desk events (one listener per open console stream), joined to other instances by connect(). */
export class DeskFeed {
  private readonly emitter = new EventEmitter();
  private broadcast: Broadcast | null = null;

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish(event: DeskEvent): void {
    this.emitter.emit('event', event);
    this.broadcast?.publish('desk', signalOf(event)).catch(() => {});
  }

  subscribe(listener: (event: DeskEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  /** Joins the other instances' desks: their signals are loaded (`load`) and published here locally. */
  connect(broadcast: Broadcast, load: (signal: DeskSignal) => Promise<DeskEvent | null>): () => void {
    this.broadcast = broadcast;
    const off = broadcast.subscribe('desk', (m) => {
      void load(m as unknown as DeskSignal).then(
        (event) => event && this.emitter.emit('event', event),
        () => {},
      );
    });
    return () => {
      off();
      this.broadcast = null;
    };
  }
}
