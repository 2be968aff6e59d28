/**
 * The channel port: what a channel adapter is (ChannelAdapter) and what it gets from the composition
 * root (AdapterContext). The core declares it and adapters/ implements it, one folder per channel;
 * nothing here knows a channel.
 */
import type { Server } from 'node:http';
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { Activity, ConversationRef } from '../activity.ts';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { RouteLimits } from '../server/routeLimits.ts';
import type { Store } from '../store/store.ts';
import type { DurableInbox } from '../turn/durable/inbox.ts';
import type { Outbox } from '../turn/durable/outbox.ts';
import type { ConversationFeed } from '../turn/feed.ts';
import type { TurnPipeline } from '../turn/types.ts';
import type { Metrics } from '../metrics/metrics.ts';

/** What every adapter gets from the composition root. */
export interface AdapterContext {
  readonly config: Config;
  readonly store: Store;
  readonly pipeline: TurnPipeline;
  readonly feed: ConversationFeed;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The durable inbox: a platform channel commits what it accepts here before answering 200. */
  readonly inbox: DurableInbox;
  /** The durable outbox: sends of the channels that set `sendsThroughOutbox`. */
  readonly outbox: Outbox;
  /** Prometheus metrics: a rate limiter calls `metrics.rateLimited(route)` when it refuses. */
  readonly metrics: Metrics;
  /** The configured rate limits, to put on the channel's routes (src/server/routeLimits.ts). */
  readonly limits: RouteLimits;
}

/**
 * The channel edge: verifies and parses the channel's native payloads into Activities, hands them to
 * the turn pipeline, and sends replies back in the channel's own format, degrading what it cannot show.
 */
export interface ChannelAdapter {
  /** The Bot Framework channel id this adapter stamps on activities (webchat, whatsapp, wechat …). */
  readonly channelId: string;
  /** Mounts the channel's HTTP endpoints. */
  mount(router: Router): void;
  /**
   * True when what goes out on this channel outside a customer turn (agents' replies, notices) is
   * committed to the durable outbox, which then calls `send` until the platform accepts it.
   */
  readonly sendsThroughOutbox?: boolean;
  /** Delivers recorded outbound activities to the customer on this channel. */
  send(ref: ConversationRef, activities: Activity[]): Promise<void>;
  /** Attaches to the HTTP server itself (WebSocket upgrades), when the channel needs it. */
  attach?(server: Server): void;
  /** Releases sockets and timers at shutdown. */
  close(): Promise<void>;
}

/** Builds an adapter, or returns null when the channel's configuration is absent (channel off). */
export type AdapterFactory = (ctx: AdapterContext) => ChannelAdapter | null;
