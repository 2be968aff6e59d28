/**
 * Drains the outbox: each pass claims the oldest unsent messages (no other instance on the database
 * takes them while the claim lasts: each message goes out once) and hands them to the transport,
 * recording a delivery (sent_at, transport) or a failure (error, one more attempt). A failed message
 * is tried again on later passes until it has used `maxAttempts`; then it stays in the outbox with
 * its last error. Passes never overlap: `flush()` and the interval share one queue.
 */
import type { Logger } from 'pino';
import type { Clock } from '../../clock.ts';
import type { Store } from '../../store/store.ts';
import type { MailTransport } from './transports.ts';

export interface MailDeliveryOptions {
  /** Time between passes of the `start()` loop. */
  readonly intervalMs: number;
  /** Messages one pass takes at most. */
  readonly batchSize: number;
  /** Delivery attempts per message before it is left alone. */
  readonly maxAttempts: number;
  /**
   * How long a pass holds the messages it claimed: longer than a pass takes (a batch of sends, each
   * bounded by the transport's timeouts). A claim of an instance that died lapses after it.
   */
  readonly claimMs: number;
}

export const MAIL_DELIVERY_DEFAULTS: MailDeliveryOptions = Object.freeze({ intervalMs: 5_000, batchSize: 20, maxAttempts: 5, claimMs: 5 * 60_000 });

/** Errors are stored, so they are cut to a size a column and a page can hold. */
const MAX_ERROR_LENGTH = 1_000;

export interface MailDeliveryDeps {
  store: Pick<Store, 'outbox' | 'durable'>;
  clock: Clock;
  transport: MailTransport;
  /** The From header (config.mail.from). */
  from: string;
  logger?: Logger;
  options?: Partial<MailDeliveryOptions>;
}

export interface FlushResult {
  sent: number;
  failed: number;
}

export class MailDelivery {
  readonly options: MailDeliveryOptions;
  readonly transport: MailTransport;
  private readonly deps: MailDeliveryDeps;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(deps: MailDeliveryDeps) {
    this.deps = deps;
    this.transport = deps.transport;
    this.options = Object.freeze({ ...MAIL_DELIVERY_DEFAULTS, ...deps.options });
  }

  /** One pass over the pending messages, after any pass already running. */
  flush(): Promise<FlushResult> {
    const pass = this.queue.then(() => this.pass());
    this.queue = pass.catch(() => {});
    return pass;
  }

  /** Starts the loop: a pass now, then one every `intervalMs`. Does not keep the process alive. Idempotent. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      this.flush().catch((err: unknown) => this.deps.logger?.error({ err }, 'mail delivery pass failed'));
    };
    this.timer = setInterval(tick, this.options.intervalMs);
    this.timer.unref();
    tick();
  }

  /** Stops the loop, waits for the pass in progress and closes the transport. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.queue;
    await this.transport.close();
  }

  private async pass(): Promise<FlushResult> {
    const { store, clock, from, logger } = this.deps;
    const result: FlushResult = { sent: 0, failed: 0 };
    const now = clock.now();
    const messages = await store.outbox.claim({
      limit: this.options.batchSize,
      maxAttempts: this.options.maxAttempts,
      now: now.toISOString(),
      until: new Date(now.getTime() + this.options.claimMs).toISOString(),
    });
    // What a mail says (a code, a ticket) is committed before it leaves.
    if (messages.length) await store.durable();
    for (const m of messages) {
      try {
        await this.transport.send({ from, to: m.toAddress, subject: m.subject, text: m.bodyText });
      } catch (err) {
        const reason = ((err as Error).message || String(err)).slice(0, MAX_ERROR_LENGTH);
        await store.outbox.markFailed(m.id, reason, clock.now().toISOString());
        result.failed++;
        const givingUp = m.attempts + 1 >= this.options.maxAttempts;
        logger?.warn({ outboxId: m.id, attempt: m.attempts + 1, givingUp, reason }, 'mail delivery failed');
        continue;
      }
      await store.outbox.markSent(m.id, clock.now().toISOString(), this.transport.name);
      result.sent++;
    }
    return result;
  }
}
