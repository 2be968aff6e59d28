import type { Router } from 'express';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { AdapterFactory, ChannelAdapter } from '../types.ts';
import { WEBHOOK_PATH, WHATSAPP_CHANNEL_ID } from './constants.ts';
import { GraphApiClient } from './graphClient.ts';
import { WhatsAppInbox } from './inbox.ts';
import { whatsAppWebhookRouter } from './routes.ts';
import { WhatsAppSender } from './sender.ts';

/**
 * The WhatsApp Cloud API channel: the webhook (handshake, signed notifications committed to the
 * durable inbox before the 200) and the Graph API sender, called by the durable outbox. On when WHATSAPP_VERIFY_TOKEN, WHATSAPP_APP_SECRET,
 * WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID are set; the config refuses a partial set.
 */
export const createWhatsAppAdapter: AdapterFactory = (ctx) => whatsAppAdapterWith({})(ctx);

export interface WhatsAppAdapterOptions {
  /**
   * The language assumed for a customer until their words say otherwise (WhatsApp does not report
   * one): none by default (the assistant's default language); a number serving one market sets it.
   * The transcript replay sets it from the transcript's `locale`.
   */
  locale?: string;
}

/** The WhatsApp adapter with options the environment does not carry. */
export const whatsAppAdapterWith = (options: WhatsAppAdapterOptions): AdapterFactory => (ctx) => {
  const config = ctx.config.whatsapp;
  if (!config) return null;
  const logger = ctx.logger.child({ channel: WHATSAPP_CHANNEL_ID });
  const graph = new GraphApiClient(config);
  const sender: WhatsAppSender = new WhatsAppSender({
    config,
    store: ctx.store,
    clock: ctx.clock,
    logger,
    graph,
    onRecorded: (wamid): Promise<void> => inbox.recorded(wamid),
  });
  const send = (ref: ConversationRef, activities: Activity[]) => sender.send(ref, activities);
  const inbox: WhatsAppInbox = new WhatsAppInbox({
    store: ctx.store,
    durable: ctx.inbox,
    clock: ctx.clock,
    logger,
    graph,
    sender,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  ctx.inbox.register(WHATSAPP_CHANNEL_ID, inbox);

  /** Resolves when accepted messages are answered and sent (or waiting for a retry) and statuses applied. */
  const idle = async (): Promise<void> => {
    do {
      await inbox.idle();
      await ctx.inbox.idle();
      await ctx.outbox.idle();
    } while (inbox.pending());
  };

  const adapter: ChannelAdapter & { readonly inbox: WhatsAppInbox; readonly sender: WhatsAppSender; idle(): Promise<void> } = {
    channelId: WHATSAPP_CHANNEL_ID,
    inbox,
    sender,
    sendsThroughOutbox: true,
    mount(router: Router): void {
      router.use(WEBHOOK_PATH, ctx.metrics.edge.rejectionCounter('whatsapp'));
      router.use(whatsAppWebhookRouter(config, inbox, logger, ctx.limits));
    },
    send,
    idle,
    async close() {
      await inbox.close();
      await idle();
      graph.close();
    },
  };
  return adapter;
};
