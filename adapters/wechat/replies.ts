/**
 * The customer-service message API as the outbox uses it (replies no passive reply carried, agents'
 * messages, notices), and the work that goes on after a webhook answered.
 */
import type { Logger } from 'pino';
import type { Activity } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import type { Store } from '../../src/store/store.ts';
import type { WeChatApi } from './api.ts';
import { WECHAT_CHANNEL_ID } from './messages.ts';
import { customTextMessage, renderForWeChat, weChatTexts } from './render.ts';
import { isTransient } from '../../src/turn/durable/outbox.ts';

/**
 * Sends through the customer-service API, in order, one message per activity (cut into WeChat texts
 * of at most 2048 bytes). A send WeChat refuses is recorded in outbound_messages as failed (with the
 * messages after it, which are not attempted) and raised; a busy or unreachable API is only raised,
 * and the outbox tries again.
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
        if (!isTransient(err)) await this.recordFailed(shown.slice(i), err);
        throw err;
      }
      this.logger.debug({ activityId: activity.id }, 'wechat: sent through the customer-service API');
    }
  }

  /** Sends texts as they are (already within WeChat's size). */
  private async sendTexts(openId: string, texts: readonly string[]): Promise<void> {
    for (const text of texts) await this.api.sendCustomMessage(customTextMessage(openId, text));
  }

  /** The first activity failed with `err`; the others were not attempted after it. */
  private async recordFailed(activities: readonly Activity[], err: unknown): Promise<void> {
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
