/**
 * A parcel's status changed because its carrier said so (a lookup's refresh, a Track Alert push):
 * told to whoever listens, once per change. Proactive alerts (issue 21, a later part) listen here.
 */
import type { ShipmentEventRecord, ShipmentStatus } from '../store/records.ts';

export interface ShipmentStatusChange {
  trackingNumber: string;
  from: ShipmentStatus;
  to: ShipmentStatus;
  /** The scan that changed it. */
  event: ShipmentEventRecord;
}

export type ShipmentStatusListener = (change: ShipmentStatusChange) => void | Promise<void>;

export class ShipmentStatusChanges {
  private readonly listeners = new Set<ShipmentStatusListener>();

  /** Adds a listener; returns what removes it. */
  onShipmentStatusChange(listener: ShipmentStatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener, one after the other; a listener's failure is reported to `onError` and does not stop the others. */
  async emit(change: ShipmentStatusChange, onError: (error: unknown) => void = () => {}): Promise<void> {
    for (const listener of [...this.listeners]) {
      try {
        await listener(change);
      } catch (error) {
        onError(error);
      }
    }
  }
}
