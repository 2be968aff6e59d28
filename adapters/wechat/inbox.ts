/**
 * A verified push becomes a turn: media fetched and stored, a numbered answer mapped to its choice,
 * then the pipeline (which dedupes WeChat's retries by the activity id).
 */
import type { Activity, Attachment } from '../../src/activity.ts';
import type { Deliver, TurnOutcome } from '../../src/turn/types.ts';
import type { AdapterContext } from '../types.ts';
import { WeChatMediaTooLargeError, type WeChatApi } from './api.ts';
import { mediaOf, pushToActivity, WECHAT_CHANNEL_ID, weChatConversationId, type PushedMedia, type WeChatPush } from './messages.ts';
import { resolveNumberedChoice } from '../shared/numberedChoices.ts';

export class WeChatInbox {
  constructor(
    private readonly ctx: AdapterContext,
    private readonly api: WeChatApi,
    private readonly appId: string,
    /** The language assumed for the account's customers (see WeChatAdapterOptions). */
    private readonly locale?: string,
  ) {}

  /** Runs the push's turn; null when the push is of a kind we do not handle (nothing recorded). */
  async receive(push: WeChatPush, deliver: Deliver): Promise<TurnOutcome | null> {
    const conversationId = weChatConversationId(this.appId, push.FromUserName);
    const media = mediaOf(push);
    const attachment = media ? await this.attachmentFor(media, conversationId) : undefined;
    const activity = pushToActivity(push, { appId: this.appId, ...(this.locale ? { locale: this.locale } : {}), ...(attachment ? { attachment } : {}) });
    if (!activity) {
      this.ctx.logger.info({ msgType: push.MsgType }, 'wechat: a message type we do not handle; answered success');
      return null;
    }
    if (media && !attachment) {
      activity.channelData = { ...activity.channelData, wechat: { ...(activity.channelData?.['wechat'] as object), mediaUnavailable: media.mediaId } };
    }
    // "2" answers the numbered list of our last message with that choice's value, as a button would.
    if (activity.type === 'message') await resolveNumberedChoice(this.ctx.store, activity);
    return this.ctx.pipeline.process(activity, deliver);
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
