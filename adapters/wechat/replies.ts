/**
 * WeChat gives a push five seconds for its passive reply. A turn's replies are collected for the
 * passive reply while the turn is within its budget; past it, the webhook answers `success` and
 * everything the turn says (collected so far and later) goes out through the customer-service API.
 */
import type { Logger } from 'pino';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { WeChatApi } from './api.ts';
import { customTextMessage, renderForWeChat } from './render.ts';

/** Sends activities one message each through the customer-service API, in order. */
export class WeChatSender {
  constructor(
    private readonly api: WeChatApi,
    private readonly logger: Logger,
  ) {}

  async send(openId: string, activities: readonly Activity[]): Promise<void> {
    for (const activity of activities) {
      const text = renderForWeChat(activity);
      if (text === null) continue;
      await this.api.sendCustomMessage(customTextMessage(openId, text));
      this.logger.debug({ activityId: activity.id }, 'wechat: sent through the customer-service API');
    }
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

  private sendLater(activities: Activity[]): Promise<void> {
    this.queue = this.queue.then(() =>
      this.sender.send(this.openId, activities).catch((err: unknown) => {
        this.logger.error({ err, openId: this.openId }, 'wechat: customer-service send failed');
      }),
    );
    return this.queue;
  }
}
