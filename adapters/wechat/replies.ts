/**
 * The customer-service message API as the outbox uses it (replies no passive reply carried, agents'
 * messages, notices), within WeChat's limits (serviceWindow.ts); beyond them a customer notice goes
 * out as the configured template message and anything else is held (shown to agents with the reason)
 * until the customer writes again. Also the work that goes on after a webhook answered.
 */
import type { Logger } from 'pino';
import { customerNoticeOf, type Activity, type ConversationRef } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import type { WeChatNoticeTemplateConfig } from '../../src/config.ts';
import type { OutboundStatus } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import type { WeChatApi } from './api.ts';
import { WECHAT_CHANNEL_ID } from './messages.ts';
import { customTextMessage, renderForWeChat, templateMessageOf, weChatTexts } from './render.ts';
import { customerServiceAllowance } from './serviceWindow.ts';
import { isTransient } from '../../src/turn/durable/outbox.ts';

export interface WeChatSenderOptions {
  api: WeChatApi;
  logger: Logger;
  store: Store;
  clock: Clock;
  /** WECHAT_NOTICE_TEMPLATE: notices beyond the customer-service limits go out as this template message. */
  noticeTemplate?: WeChatNoticeTemplateConfig | undefined;
  /** Customer-service messages allowed after a customer's message; WeChat's 5 by default. */
  customerServiceMessages?: number;
}

/**
 * Sends through the customer-service API, in order, one message per activity (cut into WeChat texts
 * of at most 2048 bytes), each recorded `accepted` in outbound_messages (they count against the
 * limits). A send WeChat refuses is recorded as failed (with the messages after it, which are not
 * attempted) and raised; a busy or unreachable API is only raised, and the outbox tries again.
 */
export class WeChatSender {
  constructor(private readonly o: WeChatSenderOptions) {}

  async send(ref: ConversationRef, activities: readonly Activity[]): Promise<void> {
    const shown = activities.filter((a) => renderForWeChat(a) !== null);
    if (!shown.length) return;
    const allowance = await customerServiceAllowance(this.o.store, this.o.clock, ref.conversationId, this.o.customerServiceMessages);
    for (const [i, activity] of shown.entries()) {
      const texts = weChatTexts([renderForWeChat(activity)!]);
      if (texts.length > allowance.left) {
        await this.beyondLimits(ref, shown.slice(i), allowance.reason ?? 'WeChat: fewer customer-service messages left than this message needs');
        return;
      }
      try {
        for (const text of texts) await this.o.api.sendCustomMessage(customTextMessage(ref.user.id, text));
      } catch (err) {
        if (!isTransient(err)) await this.recordFailed(shown.slice(i), err);
        throw err;
      }
      allowance.left -= texts.length;
      await this.record(activity, 'accepted', null, null);
      this.o.logger.debug({ activityId: activity.id }, 'wechat: sent through the customer-service API');
    }
  }

  /** What WeChat would refuse now: a notice as the template message when there is one, the rest held. */
  private async beyondLimits(ref: ConversationRef, activities: readonly Activity[], reason: string): Promise<void> {
    const template = this.o.noticeTemplate;
    for (const activity of activities) {
      const notice = customerNoticeOf(activity);
      if (template && notice) {
        const msgid = await this.o.api.sendTemplateMessage(templateMessageOf(ref.user.id, template, activity, notice));
        await this.record(activity, 'accepted', `template:${msgid}`, null);
        this.o.logger.info({ conversationId: ref.conversationId, activityId: activity.id, reason }, 'wechat: beyond the customer-service limits; the notice went out as a template message');
        continue;
      }
      await this.record(activity, 'queued_outside_window', null, reason);
      this.o.logger.warn({ conversationId: ref.conversationId, activityId: activity.id, reason }, 'wechat: beyond the customer-service limits; the message is held until the customer writes again');
    }
  }

  private record(activity: Activity, status: OutboundStatus, providerMessageId: string | null, error: string | null) {
    return this.o.store.outboundMessages.record({
      channelId: WECHAT_CHANNEL_ID,
      providerMessageId,
      conversationId: activity.conversation.id,
      activityId: activity.id ?? null,
      status,
      statusAt: this.o.clock.now().toISOString(),
      error,
    });
  }

  /** The first activity failed with `err`; the others were not attempted after it. */
  private async recordFailed(activities: readonly Activity[], err: unknown): Promise<void> {
    const reason = (err as Error)?.message ?? String(err);
    for (const [i, activity] of activities.entries()) {
      await this.record(activity, 'failed', null, i === 0 ? `customer-service send: ${reason}` : 'not sent: the message before it failed');
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
