/**
 * Messages between the instances that share one database, so several carrier-assist processes behind
 * a load balancer act as one: a customer's message taken by one instance reaches the agent whose
 * console stream is open on another, and an agent's reply reaches the customer's web chat socket
 * wherever it is. Messages are small (ids); the store stays the source of truth.
 */
import type { Logger } from 'pino';

/** Whether this instance hears the others now; when not, since when and why (for /readyz). */
export type BroadcastStatus = { hearing: true } | { hearing: false; since: string; reason: string };

export interface Broadcast {
  /** Sends to every other instance listening on `topic` (at most ~7,900 bytes of JSON). */
  publish(topic: string, message: Record<string, unknown>): Promise<void>;
  /** Listens to what other instances publish on `topic`; returns the function that stops it. */
  subscribe(topic: string, listener: (message: Record<string, unknown>) => void): () => void;
  /** Whether messages from the other instances reach this one now. */
  status(): BroadcastStatus;
  /** Where drops of the listening connection and the catch-ups after them are logged. */
  useLogger(logger: Logger): void;
}
