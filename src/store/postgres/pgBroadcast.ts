/**
 * The Broadcast on PostgreSQL: NOTIFY on one channel through the pool, LISTEN on one dedicated
 * connection opened at the first subscription and reopened (with backoff) when the server drops it.
 * Each instance tags what it sends and ignores its own messages.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Broadcast } from '../broadcast.ts';

const CHANNEL = 'carrier_assist';
/** PostgreSQL's NOTIFY payload limit is 8000 bytes. */
const MAX_PAYLOAD_BYTES = 7900;

interface Envelope {
  origin: string;
  topic: string;
  message: Record<string, unknown>;
}

export class PgBroadcast implements Broadcast {
  private readonly origin = randomUUID();
  private readonly listeners = new Map<string, Set<(message: Record<string, unknown>) => void>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private retryMs = 250;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly onError: (error: Error) => void = () => {},
  ) {}

  async publish(topic: string, message: Record<string, unknown>): Promise<void> {
    const payload = JSON.stringify({ origin: this.origin, topic, message } satisfies Envelope);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error(`broadcast: a ${topic} message over ${MAX_PAYLOAD_BYTES} bytes`);
    await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }

  subscribe(topic: string, listener: (message: Record<string, unknown>) => void): () => void {
    let set = this.listeners.get(topic);
    if (!set) this.listeners.set(topic, (set = new Set()));
    set.add(listener);
    void this.listen();
    return () => set.delete(listener);
  }

  /** Resolves once this instance is listening (tests wait for it before publishing elsewhere). */
  ready(): Promise<void> {
    return this.listen();
  }

  private listen(): Promise<void> {
    if (this.closed || this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'carrier-assist listener' });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      if (error) this.onError(error);
      client.removeAllListeners();
      void client.end().catch(() => {});
      this.retry();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => this.deliver(n.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.retryMs = 250;
    } catch (error) {
      this.onError(error as Error);
      client.removeAllListeners();
      void client.end().catch(() => {});
      this.retry();
    }
  }

  private retry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.listen();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
  }

  private deliver(payload: string | undefined): void {
    if (!payload) return;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch {
      return;
    }
    if (envelope.origin === this.origin) return;
    for (const listener of this.listeners.get(envelope.topic) ?? []) {
      try {
        listener(envelope.message);
      } catch (error) {
        this.onError(error as Error);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.connecting?.catch(() => {});
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      await client.end().catch(() => {});
    }
  }
}
