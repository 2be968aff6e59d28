/**
 * A verified push is committed to the durable inbox (keyed by MsgId, or sender + CreateTime for
 * events) before WeChat gets any answer; its turn then runs from the store: media fetched and
 * stored, a numbered answer mapped to its choice, then the pipeline. The turn's replies wait in the
 * outbox for the passive reply; WeChat's retry of a push whose answer it did not get is answered
 * with the same replies, and replies no passive reply carried go out through the customer-service API.
 */
import type { Activity, Attachment } from '../../src/activity.ts';
import type { InboxMessage, OutboxDelivery } from '../../src/store/records.ts';
import { conversationRefOf } from '../../src/activity.ts';
import type { HeldReplies, InboxChannel } from '../../src/turn/durable/inbox.ts';
import { heldMessages } from '../shared/heldMessages.ts';
import type { AdapterContext } from '../types.ts';
import { WeChatMediaTooLargeError, type WeChatApi } from './api.ts';
import { mediaOf, pushToActivity, WECHAT_CHANNEL_ID, type PushedMedia, type WeChatPush } from './messages.ts';
import { resolveNumberedChoice } from '../shared/numberedChoices.ts';

/** How a push's turn ended for its webhook answer: the replies for the passive reply, or too late for one. */
export type PassiveOutcome = { kind: 'replies'; deliveries: OutboxDelivery[] } | { kind: 'late' };

export class WeChatInbox implements InboxChannel {
  constructor(
    private readonly ctx: AdapterContext,
    private readonly api: WeChatApi,
    private readonly appId: string,
    /** How long replies wait for a passive reply before the customer-service API sends them. */
    readonly holdRepliesMs: number,
    /** The language assumed for the account's customers (see WeChatAdapterOptions). */
    private readonly locale?: string,
  ) {}

  /** Commits the push; null when it is of a kind we do not handle (nothing recorded, answered success). */
  async accept(push: WeChatPush): Promise<InboxMessage | null> {
    const activity = this.activityOf(push);
    if (!activity) {
      this.ctx.logger.info({ msgType: push.MsgType }, 'wechat: a message type we do not handle; answered success');
      return null;
    }
    const [accepted] = await this.ctx.inbox.accept([{ channelId: WECHAT_CHANNEL_ID, messageId: activity.id!, conversationId: activity.conversation.id, payload: push }]);
    return accepted!.message;
  }

  /**
   * The replies for the push's passive reply, once its turn completed within `budgetMs`: those not
   * sent yet, or sent before in a passive reply that WeChat, retrying, evidently did not get. 'late'
   * when the turn did not complete in time: its replies then go out through the API as soon as it does.
   */
  async passiveReplies(message: InboxMessage, budgetMs: number): Promise<PassiveOutcome> {
    const { inbox, store, clock } = this.ctx;
    if (!message.completedAt && (await inbox.completedWithin(message, budgetMs)) === 'late') {
      await inbox.releaseReplies(message.id, clock.now().toISOString());
      return { kind: 'late' };
    }
    const deliveries = (await store.deliveries.forInbox(message.id)).filter((d) => d.status === 'pending' || d.transport === PASSIVE);
    // The passive reply is a send: the turn that made it is committed before WeChat sees it.
    await store.durable();
    return { kind: 'replies', deliveries };
  }

  /**
   * The passive reply reached WeChat's connection: its replies are sent. What did not fit in its 2048
   * bytes (`rest`, WeChat texts) is committed to the outbox first, as messages of their own after the
   * last reply, and follows through the customer-service API like any other send (retried, or shown
   * to agents as undeliverable): a crash now sends the whole reply again rather than lose its end.
   */
  async passiveSent(deliveries: readonly OutboxDelivery[], rest: readonly string[] = []): Promise<void> {
    const last = deliveries.at(-1);
    if (last && rest.length) await this.ctx.outbox.deliver(last.ref, rest.map((text, i) => partOf(last.activity, text, i + 2)));
    const at = this.ctx.clock.now().toISOString();
    for (const d of deliveries) await this.ctx.store.deliveries.markSent(d.id, at, PASSIVE);
  }

  /** The turn's activity for a stored push: its file fetched and stored, a numbered answer mapped. */
  async prepare(message: InboxMessage): Promise<Activity | null> {
    const push = message.payload as WeChatPush;
    const media = mediaOf(push);
    const attachment = media ? await this.attachmentFor(media, message.conversationId) : undefined;
    const activity = this.activityOf(push, attachment);
    if (!activity) return null;
    if (media && !attachment) {
      activity.channelData = { ...activity.channelData, wechat: { ...(activity.channelData?.['wechat'] as object), mediaUnavailable: media.mediaId } };
    }
    // "2" answers the numbered list of our last message with that choice's value, as a button would.
    if (activity.type === 'message') await resolveNumberedChoice(this.ctx.store, activity);
    return activity;
  }

  /** What was held beyond the customer-service limits: the customer's message opens them again, and it goes out before the new answer. */
  async heldReplies(activity: Activity): Promise<HeldReplies | null> {
    if (activity.type !== 'message') return null;
    const held = await heldMessages(this.ctx, WECHAT_CHANNEL_ID, activity.conversation.id);
    return held ? { ref: conversationRefOf(activity), activities: held.activities, committed: held.release } : null;
  }

  private activityOf(push: WeChatPush, attachment?: Attachment): Activity | null {
    return pushToActivity(push, { appId: this.appId, ...(this.locale ? { locale: this.locale } : {}), ...(attachment ? { attachment } : {}) });
  }

  /** Downloads the file through the media API and stores it (once per MediaId); undefined if that fails. */
  private async attachmentFor(media: PushedMedia, conversationId: string): Promise<Attachment | undefined> {
    const { store, clock, logger } = this.ctx;
    try {
      let stored = await store.media.findByProvider(WECHAT_CHANNEL_ID, media.mediaId);
      if (!stored) {
        const file = await this.api.downloadMedia(media.mediaId);
        stored = await store.media.save({
          channelId: WECHAT_CHANNEL_ID,
          conversationId,
          providerMediaId: media.mediaId,
          contentType: file.contentType === 'application/octet-stream' ? media.contentType : file.contentType,
          fileName: file.fileName,
          data: file.data,
          createdAt: clock.now().toISOString(),
        });
      }
      return {
        contentType: stored.contentType,
        contentUrl: `media:${stored.id}`,
        ...(stored.fileName ? { name: stored.fileName } : {}),
        content: { mediaId: stored.id, sizeBytes: stored.sizeBytes, sha256: stored.sha256 },
      };
    } catch (err) {
      if (err instanceof WeChatMediaTooLargeError) {
        logger.warn({ mediaId: media.mediaId, bytes: err.bytes, maxBytes: err.maxBytes }, 'wechat: media over the size cap refused; the turn runs without the file');
        return undefined;
      }
      logger.error({ err, mediaId: media.mediaId }, 'wechat: media download failed; the turn runs without the file');
      return undefined;
    }
  }
}

/** Part `n` of a reply cut to WeChat's text size: a plain text message, its id derived from the reply's. */
function partOf(reply: Activity, text: string, n: number): Activity {
  return {
    type: 'message',
    id: `${reply.id}/part${n}`,
    channelId: reply.channelId,
    conversation: reply.conversation,
    from: reply.from,
    recipient: reply.recipient,
    ...(reply.timestamp ? { timestamp: reply.timestamp } : {}),
    ...(reply.locale ? { locale: reply.locale } : {}),
    text,
  };
}

/** outbox_deliveries.transport of a reply that went out in the webhook's answer. */
export const PASSIVE = 'passive';
