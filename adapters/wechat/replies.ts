/**
 * WeChat gives a push five seconds for its passive reply. A turn's replies are collected for the
 * passive reply while the turn is within its budget; past it, the webhook answers `success` and
 * everything the turn says (collected so far and later) goes out through the customer-service API.
 */
import type { Logger } from 'pino';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import type { Store } from '../../src/store/store.ts';
import type { WeChatApi } from './api.ts';
import { WECHAT_CHANNEL_ID } from './messages.ts';
import { customTextMessage, renderForWeChat, weChatTexts } from './render.ts';

/**
 * Sends through the customer-service API, in order, one message per activity (cut into WeChat texts
 * of at most 2048 bytes). A send that fails is recorded in outbound_messages as failed (with the
 * messages after it, which are not attempted) and raised.
 */
export class WeChatSender {
  constructor(
    private readonly api: WeChatApi,
    private readonly logger: Logger,
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async send(openId: string, activities: readonly Activity[]): Promise<void> {
    const shown = activities.filter((a) => renderForWeChat(a) !== null);
    for (const [i, activity] of shown.entries()) {
      try {
        await this.sendTexts(openId, weChatTexts([renderForWeChat(activity)!]));
      } catch (err) {
        await this.recordFailed(shown.slice(i), err);
        throw err;
      }
      this.logger.debug({ activityId: activity.id }, 'wechat: sent through the customer-service API');
    }
  }

  /** Sends texts as they are (already within WeChat's size). */
  async sendTexts(openId: string, texts: readonly string[]): Promise<void> {
    for (const text of texts) await this.api.sendCustomMessage(customTextMessage(openId, text));
  }

  /** The first activity failed with `err`; the others were not attempted after it. */
  async recordFailed(activities: readonly Activity[], err: unknown): Promise<void> {
    const reason = (err as Error)?.message ?? String(err);
    const at = this.clock.now().toISOString();
    for (const [i, activity] of activities.entries()) {
      await this.store.outboundMessages.record({
        channelId: WECHAT_CHANNEL_ID,
        providerMessageId: null,
        conversationId: activity.conversation.id,
        activityId: activity.id ?? null,
        status: 'failed',
        statusAt: at,
        error: i === 0 ? `customer-service send: ${reason}` : 'not sent: the message before it failed',
      });
    }
  }
}

/** Work that goes on after the webhook has answered (late turns, customer-service sends); close() waits for it. */
export class PendingSends {
  private readonly inFlight = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.finally(() => this.inFlight.delete(settled));
  }

  /** Resolves when nothing is in flight (work added meanwhile is waited for too). */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }
}

/** One push's replies: collected for the passive reply, or sent through the API once it is too late. */
export class PassiveReplyWindow {
  private collected: Activity[] = [];
  private mode: 'collecting' | 'late' | 'closed' = 'collecting';
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly openId: string,
    private readonly sender: WeChatSender,
    private readonly logger: Logger,
  ) {}

  /** The turn's Deliver. */
  readonly deliver = (_ref: ConversationRef, activities: Activity[]): Promise<void> => {
    if (this.mode === 'collecting') {
      this.collected.push(...activities);
      return Promise.resolve();
    }
    return this.sendLater(activities);
  };

  /** The turn finished in time: its replies go in the passive reply. */
  close(): Activity[] {
    this.mode = 'closed';
    const replies = this.collected;
    this.collected = [];
    return replies;
  }

  /** The budget ran out: what was collected and all that follows goes through the API. */
  giveUp(): void {
    this.mode = 'late';
    const pending = this.collected;
    this.collected = [];
    if (pending.length) void this.sendLater(pending);
  }

  /** Resolves when every late send has been attempted. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** The texts past the passive reply's 2048 bytes: sent through the API right after it. */
  sendRest(texts: readonly string[], replies: readonly Activity[]): Promise<void> {
    this.queue = this.queue.then(() =>
      this.sender.sendTexts(this.openId, texts).catch(async (err: unknown) => {
        this.logger.error({ err, openId: this.openId }, 'wechat: customer-service send of the rest of a long reply failed');
        await this.sender.recordFailed(replies.slice(-1), err);
      }),
    );
    return this.queue;
  }

  private sendLater(activities: Activity[]): Promise<void> {
    // A failure is recorded in outbound_messages by the sender; here it is logged.
    this.queue = this.queue.then(() =>
      this.sender.send(this.openId, activities).catch((err: unknown) => {
        this.logger.error({ err, openId: this.openId }, 'wechat: customer-service send failed; recorded as failed');
      }),
    );
    return this.queue;
  }
}
