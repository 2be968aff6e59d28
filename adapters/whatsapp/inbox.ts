/**
 * Takes verified notifications: customer messages are committed to the durable inbox before Meta
 * gets its 200 (their turns then run from the store, in order per conversation, and are taken over
 * after a crash); statuses are applied to outbound_messages after the 200. Before a message's turn
 * its file is fetched and stored and a bare number is mapped to the choice it picks; after it, what
 * was held back outside the service window is committed to the outbox ahead of its answer.
 */
import type { Logger } from 'pino';
import { conversationRefOf, type Activity, type Attachment } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import { resolveNumberedChoice } from '../shared/numberedChoices.ts';
import type { Store } from '../../src/store/store.ts';
import type { InboxMessage } from '../../src/store/records.ts';
import type { DurableInbox, HeldReplies, InboxChannel } from '../../src/turn/durable/inbox.ts';
import { EARLY_STATUSES, WHATSAPP_CHANNEL_ID } from './constants.ts';
import type { GraphApiClient } from './graphClient.ts';
import type { InboundItem, MediaToFetch } from './inbound.ts';
import type { WhatsAppSender } from './sender.ts';

export interface WhatsAppInboxOptions {
  store: Store;
  durable: DurableInbox;
  clock: Clock;
  logger: Logger;
  graph: GraphApiClient;
  sender: WhatsAppSender;
  /** The language assumed for customers (WhatsApp does not say); see WhatsAppAdapterOptions. */
  locale?: string;
}

type StatusItem = Extract<InboundItem, { kind: 'status' }>;

/** What the durable inbox keeps of a WhatsApp message: the activity and the file to fetch before its turn. */
interface StoredMessage {
  activity: Activity;
  media: MediaToFetch | null;
}

export class WhatsAppInbox implements InboxChannel {
  /** Status updates being applied (they are not turns: they run after the 200, in memory). */
  private readonly inFlight = new Set<Promise<void>>();
  /** The tail of each message's status updates, so they apply in order. */
  private readonly tails = new Map<string, Promise<void>>();
  /** Statuses that arrived before we recorded the message they are about, by wamid. */
  private readonly early = new Map<string, StatusItem[]>();
  private closing = false;

  constructor(private readonly o: WhatsAppInboxOptions) {}

  get accepting(): boolean {
    return !this.closing && this.o.durable.isAccepting;
  }

  /** Status updates not applied yet. */
  pending(): number {
    return this.inFlight.size;
  }

  /**
   * Takes the items of one verified notification. Resolves once its messages are committed to the
   * durable inbox: only then may Meta have its 200. A message already there (Meta redelivers until it
   * sees a 200) is not added twice, and is answered once whatever happened to the first copy.
   */
  async accept(items: InboundItem[]): Promise<void> {
    const messages: StoredMessage[] = [];
    for (const item of items) {
      switch (item.kind) {
        case 'ignored':
          this.o.logger.debug({ id: item.id }, item.reason);
          break;
        case 'status':
          this.track(`status:${item.providerMessageId}`, () => this.applyStatus(item));
          break;
        case 'message':
          messages.push({ activity: item.activity, media: item.media });
          break;
      }
    }
    const accepted = await this.o.durable.accept(
      messages.map((m) => ({ channelId: WHATSAPP_CHANNEL_ID, messageId: m.activity.id!, conversationId: m.activity.conversation.id, payload: m })),
    );
    for (const a of accepted) if (!a.fresh) this.o.logger.debug({ id: a.message.messageId }, 'WhatsApp redelivery of a message already accepted');
  }

  /** The turn's activity for a stored message: its file fetched, a bare number mapped, held-back messages released. */
  async prepare(message: InboxMessage): Promise<Activity | null> {
    const { activity, media } = message.payload as StoredMessage;
    if (this.o.locale && !activity.locale) activity.locale = this.o.locale;
    if (media) await this.attachMedia(activity, media);
    // A bare number answers the numbered choices of our last message, as a tap on a button would.
    await resolveNumberedChoice(this.o.store, activity);
    return activity;
  }

  /** What was held back outside the window: the customer's message opens it again, and it goes out before the new answer. */
  async heldReplies(activity: Activity): Promise<HeldReplies | null> {
    if (activity.type !== 'message' || !activity.timestamp) return null;
    const ref = conversationRefOf(activity);
    const held = await this.o.sender.heldBack(ref, activity.timestamp);
    return held ? { ref, activities: held.activities, committed: held.release } : null;
  }

  /** Resolves when no status update is in flight (those queued meanwhile are waited for too). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  /** Stops taking notifications and waits for status updates in flight (graceful shutdown). */
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
