/**
 * The Broadcast on PostgreSQL. A message is stored in broadcast_events and announced by NOTIFY (one
 * statement, so the announcement carries the row's id: its position in the store); each instance
 * LISTENs on one dedicated connection, opened at the first subscription. When the server drops that
 * connection (a restart, a failover, a terminated backend) the instance reconnects within 2 s (with
 * jitter, so instances do not come back in step), then reads from broadcast_events what was
 * published meanwhile, so no message is lost; ids already delivered are not delivered again. Each
 * instance tags what it sends and ignores its own messages. Every drop and catch-up is logged.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Broadcast, BroadcastStatus } from '../broadcast.ts';
import { inTransaction } from './pool.ts';
import { unitOn } from './transactionScope.ts';

const CHANNEL = 'carrier_assist';
/** PostgreSQL's NOTIFY payload limit is 8000 bytes. */
const MAX_PAYLOAD_BYTES = 7900;
/** Waits before reconnecting: doubling from 250 ms up to 2 s, each cut by up to half at random. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2_000;
/** Ids remembered as delivered (a catch-up and a late notification may carry the same one). */
const REMEMBERED_IDS = 10_000;
/**
 * A catch-up reads from this many ids below the highest delivered: ids are taken at INSERT and
 * announced at COMMIT, so one taken earlier may be announced later than a higher one.
 */
const CATCH_UP_OVERLAP = 1_000;
/** Stored messages older than this are deleted (a listener is never gone that long and still caught up). */
const KEEP_MS = 15 * 60_000;
/** One publish in this many deletes the old messages. */
const PURGE_EVERY = 500;

const PUBLISH_SQL = `WITH e AS (INSERT INTO broadcast_events (origin, topic, message, created_at) VALUES ($1, $2, $3, $4) RETURNING id)
SELECT pg_notify('${CHANNEL}', json_build_object('id', e.id, 'origin', $1::text, 'topic', $2::text, 'message', $3::json)::text) FROM e`;

interface Envelope {
  id: number;
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
  private retries = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Ids delivered here (or sent from here), oldest first, bounded. */
  private readonly delivered = new Set<number>();
  /** The highest id this listener has accounted for: a catch-up starts below it. */
  private highest: number | null = null;
  /** Since when this instance cannot hear the others, and why; null while it listens. */
  private deaf: { since: Date; reason: string } | null = null;
  private publishes = 0;
  private logger: Logger | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
  ) {}

  useLogger(logger: Logger): void {
    this.logger = logger;
  }

  async publish(topic: string, message: Record<string, unknown>): Promise<void> {
    const text = JSON.stringify(message);
    // The envelope adds the id, the origin and the topic to the message.
    if (Buffer.byteLength(text) + Buffer.byteLength(topic) + 120 > MAX_PAYLOAD_BYTES) throw new Error(`broadcast: a ${topic} message over ${MAX_PAYLOAD_BYTES} bytes`);
    // Set off by a unit of work (a turn) that has failed since: what it announces was undone with it.
    if (unitOn(this.pool)?.undone) return;
    const now = new Date();
    const values = [this.origin, topic, text, now.toISOString()];
    // In a unit of work: in its transaction. Otherwise in one of its own, run again when its connection is lost.
    await inTransaction(this.pool, (client) => client.query(PUBLISH_SQL, values));
    if (++this.publishes % PURGE_EVERY === 0) await this.purge(now);
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

  status(): BroadcastStatus {
    if (!this.deaf || this.closed) return { hearing: true };
    return { hearing: false, since: this.deaf.since.toISOString(), reason: this.deaf.reason };
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
      this.deafened(error?.message || 'the listening connection ended');
      this.logger?.warn({ err: error }, 'broadcast: lost the connection that hears the other instances; reconnecting, then catching up from the store');
      client.removeAllListeners();
      client.on('error', () => {}); // what the dying connection still reports
      void client.end().catch(() => {});
      this.retry();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => this.onNotification(n.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      // Listening first, then reading: a message published in between arrives both ways, once delivered.
      if (this.highest === null) this.highest = await this.newestId(client);
      else await this.catchUp(client);
      this.retries = 0;
      if (this.client === client) this.deaf = null;
    } catch (error) {
      if (this.client === client) {
        lost(error as Error);
        return;
      }
      this.deafened((error as Error).message);
      this.logger?.warn({ err: error }, 'broadcast: cannot listen to the other instances yet; retrying');
      client.removeAllListeners();
      client.on('error', () => {});
      void client.end().catch(() => {});
      this.retry();
    }
  }

  private deafened(reason: string): void {
    this.deaf = { since: this.deaf?.since ?? new Date(), reason };
  }

  private async newestId(client: pg.Client): Promise<number> {
    const { rows } = await client.query<{ id: string | null }>('SELECT max(id) AS id FROM broadcast_events');
    return Number(rows[0]?.id ?? 0);
  }

  /** Delivers what other instances published while this one was not listening. */
  private async catchUp(client: pg.Client): Promise<void> {
    const from = Math.max(0, (this.highest ?? 0) - CATCH_UP_OVERLAP);
    const { rows } = await client.query<{ id: string; origin: string; topic: string; message: string }>(
      'SELECT id, origin, topic, message::text AS message FROM broadcast_events WHERE id > $1 ORDER BY id',
      [from],
    );
    let missed = 0;
    for (const r of rows) {
      if (this.deliver({ id: Number(r.id), origin: r.origin, topic: r.topic, message: JSON.parse(r.message) as Record<string, unknown> })) missed++;
    }
    const downMs = this.deaf ? Date.now() - this.deaf.since.getTime() : 0;
    this.logger?.info({ missed, read: rows.length, downMs }, 'broadcast: listening again; caught up with what the other instances published meanwhile');
  }

  private retry(): void {
    if (this.closed || this.retryTimer) return;
    const ceiling = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.retries++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.listen();
    }, ceiling * (0.5 + Math.random() / 2));
    this.retryTimer.unref();
  }

  private onNotification(payload: string | undefined): void {
    if (!payload) return;
    try {
      this.deliver(JSON.parse(payload) as Envelope);
    } catch (error) {
      this.logger?.error({ err: error }, 'broadcast: an unreadable notification');
    }
  }

  /** Hands a message to this instance's listeners unless it is its own or was delivered already; whether it did. */
  private deliver(envelope: Envelope): boolean {
    const { id } = envelope;
    if (this.delivered.has(id)) return false;
    this.delivered.add(id);
    if (this.delivered.size > REMEMBERED_IDS) this.delivered.delete(this.delivered.values().next().value!);
    this.highest = Math.max(this.highest ?? 0, id);
    if (envelope.origin === this.origin) return false;
    for (const listener of this.listeners.get(envelope.topic) ?? []) {
      try {
        listener(envelope.message);
      } catch (error) {
        this.logger?.error({ err: error, topic: envelope.topic }, 'broadcast: a listener failed');
      }
    }
    return true;
  }

  private async purge(now: Date): Promise<void> {
    try {
      await this.pool.query('DELETE FROM broadcast_events WHERE created_at < $1', [new Date(now.getTime() - KEEP_MS).toISOString()]);
    } catch (error) {
      this.logger?.warn({ err: error }, 'broadcast: could not delete old messages; trying again later');
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
      client.on('error', () => {});
      await client.end().catch(() => {});
    }
  }
}
