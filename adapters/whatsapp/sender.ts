/**
 * Sends recorded outbound activities to a WhatsApp customer through the Graph API and records every
 * message in outbound_messages. Outside the 24-hour customer-service window free-form messages are
 * not allowed: the messages are queued (status `queued_outside_window`) and, when a template is
 * configured, that template goes out instead so the customer can reopen the window; the queue is
 * released when the customer writes again. Nothing fails silently: each hold-back is logged.
 */
import type { Logger } from 'pino';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import type { WhatsAppConfig } from '../../src/config.ts';
import type { OutboundMessageRecord } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import { GRAPH_ERROR_OUTSIDE_WINDOW, SERVICE_WINDOW_MS, WHATSAPP_CHANNEL_ID } from './constants.ts';
import { GraphApiError } from './errors.ts';
import type { GraphApiClient } from './graphClient.ts';
import { parseConversationId } from './inbound.ts';
import { renderForWhatsApp, templateMessage, trackedAs } from './render.ts';
import { templateFor } from './templates.ts';
import { heldMessages, lastInboundAt, type HeldReplies } from '../shared/heldMessages.ts';

export interface WhatsAppSenderOptions {
  config: WhatsAppConfig;
  store: Store;
  clock: Clock;
  logger: Logger;
  graph: GraphApiClient;
  /** Called once a message Meta accepted is recorded (statuses that overtook it are applied then). */
  onRecorded?: (wamid: string) => Promise<void>;
}

export class WhatsAppSender {
  constructor(private readonly o: WhatsAppSenderOptions) {}

  /** Delivers the message activities (others are never shown to the customer). */
  async send(ref: ConversationRef, activities: Activity[]): Promise<void> {
    const messages = activities.filter((a) => a.type === 'message');
    if (!messages.length) return;
    const to = this.addressOf(ref);
    const now = this.o.clock.now();
    const lastInbound = await this.lastInboundAt(ref.conversationId);
    if (!windowOpen(lastInbound, now)) {
      await this.holdBack(ref, to, messages, lastInbound);
      return;
    }
    for (const [i, activity] of messages.entries()) {
      const outcome = await this.deliver(ref, to, activity);
      if (outcome === 'outside_window') {
        // Meta's clock says the window closed before ours did: keep the rest for later too.
        await this.holdBack(ref, to, messages.slice(i), lastInbound, true);
        return;
      }
    }
  }

  /**
   * What was held back for this conversation outside the window, once the customer has written at
   * `inboundAt` (which opens it again): the held activities, oldest first, for the durable outbox to
   * send before the new answer, and `release` to mark them released once the outbox has them. Null
   * when nothing waits.
   */
  async heldBack(ref: ConversationRef, inboundAt: string): Promise<HeldReplies | null> {
    if (!windowOpen(inboundAt, this.o.clock.now())) return null;
    return heldMessages(this.o, WHATSAPP_CHANNEL_ID, ref.conversationId);
  }

  /** The customer's last message (or chat opening) in this conversation (the service window counts from it), or null. */
  lastInboundAt(conversationId: string): Promise<string | null> {
    return lastInboundAt(this.o.store, conversationId);
  }

  /** Sends every body of one activity; records each message Meta accepted, or the failure. */
  private async deliver(ref: ConversationRef, to: { phoneNumberId: string; waId: string }, activity: Activity): Promise<'sent' | 'outside_window'> {
    for (const body of trackedAs(renderForWhatsApp(activity, to.waId), activity.id)) {
      const at = this.o.clock.now().toISOString();
      try {
        const wamid = await this.o.graph.sendMessage(to.phoneNumberId, body);
        await this.record(ref, activity, wamid, 'accepted', at, null);
        await this.o.onRecorded?.(wamid);
      } catch (error) {
        if (error instanceof GraphApiError && error.code === GRAPH_ERROR_OUTSIDE_WINDOW) return 'outside_window';
        // A busy or unreachable Graph API: the outbox tries again later; only a refusal is recorded as failed.
        if (error instanceof GraphApiError && error.transient) throw error;
        const reason = error instanceof GraphApiError ? error.describe() : (error as Error).message;
        await this.record(ref, activity, null, 'failed', at, reason);
        this.o.logger.error({ err: error, conversationId: ref.conversationId, activityId: activity.id }, 'WhatsApp send failed');
        throw error;
      }
    }
    return 'sent';
  }

  private async holdBack(
    ref: ConversationRef,
    to: { phoneNumberId: string; waId: string },
    messages: Activity[],
    lastInbound: string | null,
    refusedByMeta = false,
  ): Promise<void> {
    const at = this.o.clock.now().toISOString();
    const earlier = await this.o.store.outboundMessages.listForConversation(ref.conversationId);
    const alreadyWaiting = earlier.some((m) => m.status === 'queued_outside_window');
    for (const activity of messages) await this.record(ref, activity, null, 'queued_outside_window', at, null);
    const template = templateFor(this.o.config, messages);
    const context = { conversationId: ref.conversationId, held: messages.length, lastInbound, refusedByMeta };
    if (!template) {
      this.o.logger.warn(
        context,
        'outside the 24-hour WhatsApp service window and no WHATSAPP_TEMPLATE_NAME: messages queued until the customer writes again',
      );
      return;
    }
    if (alreadyWaiting) {
      // The customer already has our template and has not answered: one is enough (each one is billed).
      this.o.logger.warn({ ...context, template: template.name }, 'outside the 24-hour WhatsApp service window: messages queued behind the template already sent');
      return;
    }
    this.o.logger.warn({ ...context, template: template.name }, 'outside the 24-hour WhatsApp service window: sending the template, messages queued');
    try {
      const wamid = await this.o.graph.sendMessage(to.phoneNumberId, templateMessage(to.waId, template.name, template.language, template.parameters));
      await this.o.store.outboundMessages.record({
        channelId: WHATSAPP_CHANNEL_ID,
        providerMessageId: wamid,
        conversationId: ref.conversationId,
        activityId: null,
        status: 'accepted',
        statusAt: this.o.clock.now().toISOString(),
        error: null,
      });
      await this.o.onRecorded?.(wamid);
    } catch (error) {
      const reason = error instanceof GraphApiError ? error.describe() : (error as Error).message;
      await this.o.store.outboundMessages.record({
        channelId: WHATSAPP_CHANNEL_ID,
        providerMessageId: null,
        conversationId: ref.conversationId,
        activityId: null,
        status: 'failed',
        statusAt: this.o.clock.now().toISOString(),
        error: `template ${template.name}: ${reason}`,
      });
      // Not raised: the messages are safely queued, and a retry of the send would queue them twice.
      this.o.logger.error({ err: error, ...context }, 'WhatsApp template send failed; the messages stay queued');
    }
  }

  private record(ref: ConversationRef, activity: Activity, wamid: string | null, status: OutboundMessageRecord['status'], at: string, error: string | null) {
    return this.o.store.outboundMessages.record({
      channelId: WHATSAPP_CHANNEL_ID,
      providerMessageId: wamid,
      conversationId: ref.conversationId,
      activityId: activity.id ?? null,
      status,
      statusAt: at,
      error,
    });
  }

  /** Our conversation ids name the business number and the customer; otherwise the configured number. */
  private addressOf(ref: ConversationRef): { phoneNumberId: string; waId: string } {
    return parseConversationId(ref.conversationId) ?? { phoneNumberId: this.o.config.phoneNumberId, waId: ref.user.id };
  }
}

/** True while the customer's last message is less than 24 hours old. */
export function windowOpen(lastInboundIso: string | null, now: Date): boolean {
  return lastInboundIso !== null && now.getTime() - Date.parse(lastInboundIso) < SERVICE_WINDOW_MS;
}
