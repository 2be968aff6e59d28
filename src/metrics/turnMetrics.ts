import { Counter, Histogram, type Registry } from 'prom-client';
import type { Activity } from '../activity.ts';
import { PARSE_TRACE } from '../dialog/assistant.ts';
import { LabelledChildren, METRIC_PREFIX } from './registry.ts';

/** 1 ms to 5 s: a parse is a few ms, a turn on the enterprise account tens, a stuck one seconds. */
export const TURN_SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

/** The intent label of a turn without a parse (a member joined, a duplicate, a message relayed to an agent). */
export const NO_INTENT = 'none';

/**
 * Turns by channel, intent and status, and how long they take. Called once per turn from the
 * pipeline and once per inbox turn: counters and histograms only, children looked up without
 * building strings, no store read.
 */
export class TurnMetrics {
  private readonly turns: LabelledChildren<Counter.Internal>;
  private readonly seconds: LabelledChildren<Histogram.Internal<string>>;
  private readonly inboxSeconds: LabelledChildren<Histogram.Internal<string>>;

  constructor(registry: Registry) {
    const turns = new Counter({
      name: `${METRIC_PREFIX}turns_total`,
      help: 'Customer turns by channel, intent (none: no parse) and status (processed, relayed, duplicate, failed)',
      labelNames: ['channel', 'intent', 'status'],
      registers: [registry],
    });
    const seconds = new Histogram({
      name: `${METRIC_PREFIX}turn_duration_seconds`,
      help: 'A turn in the pipeline: the activity received to its replies sent (Direct Line, Bot Framework) or handed over for the outbox (inbox channels)',
      labelNames: ['channel'],
      buckets: [...TURN_SECONDS_BUCKETS],
      registers: [registry],
    });
    const inboxSeconds = new Histogram({
      name: `${METRIC_PREFIX}inbox_turn_latency_seconds`,
      help: 'Inbox channels (WhatsApp, WeChat): the webhook accepted the message to its replies committed to the outbox',
      labelNames: ['channel'],
      buckets: [...TURN_SECONDS_BUCKETS],
      registers: [registry],
    });
    this.turns = new LabelledChildren((channel, intent, status) => turns.labels(channel, intent, status));
    this.seconds = new LabelledChildren((channel) => seconds.labels(channel));
    this.inboxSeconds = new LabelledChildren((channel) => inboxSeconds.labels(channel));
  }

  /** A turn ended (`startedAt`: performance.now() when the pipeline got it): counted with the intent of its parse trace. */
  turnEnded(channelId: string, status: string, replies: readonly Activity[], startedAt: number): void {
    this.turns.of(channelId, intentOf(replies), status).inc();
    this.seconds.of(channelId).observe((performance.now() - startedAt) / 1000);
  }

  /** An inbox turn's replies are committed to the outbox: the time since the webhook accepted its message. */
  inboxTurnCompleted(channelId: string, acceptedAt: string, now: Date): void {
    this.inboxSeconds.of(channelId).observe(Math.max(0, now.getTime() - Date.parse(acceptedAt)) / 1000);
  }
}

/** The intent the assistant read, from the parse trace it records with its replies. */
function intentOf(replies: readonly Activity[]): string {
  for (const a of replies) {
    if (a.type === 'trace' && a.name === PARSE_TRACE.name) {
      const intent = (a.value as { parse?: { intent?: unknown } } | undefined)?.parse?.intent;
      return typeof intent === 'string' ? intent : NO_INTENT;
    }
  }
  return NO_INTENT;
}
