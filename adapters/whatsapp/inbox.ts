/**
 * Works through acknowledged notifications after the 200 went out: statuses onto outbound_messages,
 * media into the store, messages through the turn pipeline. One conversation's messages run in
 * order; different conversations run side by side. `close()` waits for all of it (graceful shutdown).
 */
import type { Logger } from 'pino';
import { conversationRefOf, type Activity, type Attachment } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import { resolveNumberedChoice } from '../shared/numberedChoices.ts';
import type { Store } from '../../src/store/store.ts';
import type { Deliver, TurnPipeline } from '../../src/turn/types.ts';
import { EARLY_STATUSES, RECENT_MESSAGE_IDS, WHATSAPP_CHANNEL_ID } from './constants.ts';
import type { GraphApiClient } from './graphClient.ts';
import type { InboundItem, MediaToFetch } from './inbound.ts';
import type { WhatsAppSender } from './sender.ts';

export interface WhatsAppInboxOptions {
  store: Store;
  pipeline: TurnPipeline;
  clock: Clock;
  logger: Logger;
  graph: GraphApiClient;
  sender: WhatsAppSender;
  deliver: Deliver;
  /** The language assumed for customers (WhatsApp does not say); see WhatsAppAdapterOptions. */
  locale?: string;
}

type StatusItem = Extract<InboundItem, { kind: 'status' }>;

export class WhatsAppInbox {
  private readonly inFlight = new Set<Promise<void>>();
  /** The tail of each conversation's work, so its messages are taken in order. */
  private readonly tails = new Map<string, Promise<void>>();
  private readonly recent = new RecentIds(RECENT_MESSAGE_IDS);
  /** Statuses that arrived before we recorded the message they are about, by wamid. */
  private readonly early = new Map<string, StatusItem[]>();
  private closing = false;

  constructor(private readonly o: WhatsAppInboxOptions) {}

  get accepting(): boolean {
    return !this.closing;
  }

  /** Work not finished yet (notifications acknowledged but not processed). */
  pending(): number {
    return this.inFlight.size;
  }

  /** Queues the items of one acknowledged notification. */
  accept(items: InboundItem[]): void {
    for (const item of items) {
      switch (item.kind) {
        case 'ignored':
          this.o.logger.debug({ id: item.id }, item.reason);
          break;
        case 'status':
          this.track(`status:${item.providerMessageId}`, () => this.applyStatus(item));
          break;
        case 'message':
          // Meta redelivers until it sees a 200; a burst of copies stops here, and the pipeline's
          // atomic receipt (channel, wamid) catches copies from before a restart or on another instance.
          if (!this.recent.add(item.activity.id!)) {
            this.o.logger.debug({ id: item.activity.id }, 'duplicate WhatsApp delivery dropped');
            break;
          }
          this.track(item.activity.conversation.id, () => this.takeMessage(item.activity, item.media));
          break;
      }
    }
  }

  /** Resolves when nothing is in flight (work queued meanwhile is waited for too). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops taking work and waits for what is in flight (graceful shutdown). */
  async close(): Promise<void> {
    this.closing = true;
    await this.idle();
  }

  private track(key: string, work: () => Promise<void>): void {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const run: Promise<void> = previous
      .then(work)
      .catch((error: unknown) => this.o.logger.error({ err: error, key }, 'WhatsApp notification processing failed'))
      .finally(() => {
        this.inFlight.delete(run);
        if (this.tails.get(key) === run) this.tails.delete(key);
      });
    this.tails.set(key, run);
    this.inFlight.add(run);
  }

  /**
   * The sender recorded a message Meta accepted: applies the statuses that came in before it did
   * (Meta's "sent" can overtake the response to our own send).
   */
  async recorded(wamid: string): Promise<void> {
    const waiting = this.early.get(wamid);
    if (!waiting) return;
    this.early.delete(wamid);
    for (const item of waiting) await this.applyStatus(item, false);
  }

  /** Statuses kept for messages not recorded yet. */
  earlyStatuses(): number {
    return [...this.early.values()].reduce((n, items) => n + items.length, 0);
  }

  private async applyStatus(item: StatusItem, keepIfUnknown = true): Promise<void> {
    const changed = await this.o.store.outboundMessages.updateStatus(WHATSAPP_CHANNEL_ID, item.providerMessageId, item.status, item.at, item.error);
    if (item.status === 'failed') {
      this.o.logger.warn({ wamid: item.providerMessageId, error: item.error }, 'WhatsApp reports a message we sent as failed');
    }
    if (changed || (await this.o.store.outboundMessages.get(WHATSAPP_CHANNEL_ID, item.providerMessageId))) return;
    this.o.logger.debug({ wamid: item.providerMessageId, status: item.status }, 'status for a message we have not recorded (yet)');
    if (!keepIfUnknown) return;
    // Kept a while in case our own send is about to record it; the oldest wamid falls out first.
    this.early.set(item.providerMessageId, [...(this.early.get(item.providerMessageId) ?? []), item]);
    if (this.early.size > EARLY_STATUSES) this.early.delete(this.early.keys().next().value!);
  }

  private async takeMessage(activity: Activity, media: MediaToFetch | null): Promise<void> {
    if (this.o.locale && !activity.locale) activity.locale = this.o.locale;
    if (media) await this.attachMedia(activity, media);
    // A bare number answers the numbered choices of our last message, as a tap on a button would.
    await resolveNumberedChoice(this.o.store, activity);
    const ref = conversationRefOf(activity);
    // What was held back outside the window goes first: the customer reads it before the new answer.
    if (activity.type === 'message') await this.o.sender.releaseQueued(ref, activity.timestamp!);
    const outcome = await this.o.pipeline.process(activity, this.o.deliver);
    this.o.logger.debug({ id: activity.id, status: outcome.status, replies: outcome.replies.length }, 'WhatsApp turn');
  }

  /** Downloads and stores the file; a failed download still lets the turn run, marked as such. */
  private async attachMedia(activity: Activity, media: MediaToFetch): Promise<void> {
    try {
      let stored = await this.o.store.media.findByProvider(WHATSAPP_CHANNEL_ID, media.mediaId);
      if (!stored) {
        const file = await this.o.graph.downloadMedia(media.mediaId);
        stored = await this.o.store.media.save({
          channelId: WHATSAPP_CHANNEL_ID,
          conversationId: activity.conversation.id,
          providerMediaId: media.mediaId,
          contentType: media.mimeType || file.contentType,
          fileName: media.fileName,
          data: file.data,
          createdAt: this.o.clock.now().toISOString(),
        });
      }
      const attachment: Attachment = {
        contentType: stored.contentType,
        contentUrl: `media:${stored.id}`,
        ...(stored.fileName ? { name: stored.fileName } : {}),
        content: { mediaId: stored.id, sizeBytes: stored.sizeBytes, sha256: stored.sha256 },
      };
      activity.attachments = [...(activity.attachments ?? []), attachment];
    } catch (error) {
      this.o.logger.error({ err: error, id: activity.id, mediaId: media.mediaId }, 'WhatsApp media download failed');
      const whatsapp = (activity.channelData?.whatsapp ?? {}) as Record<string, unknown>;
      activity.channelData = { ...activity.channelData, whatsapp: { ...whatsapp, mediaUnavailable: media.mediaId } };
    }
  }
}

/** A bounded set of recently seen ids; the oldest fall out first. */
export class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly capacity: number) {}

  /** False when the id was already there. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
