import type { Router } from 'express';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { AdapterFactory, ChannelAdapter } from '../types.ts';
import { WeChatApi } from './api.ts';
import { WeChatInbox } from './inbox.ts';
import { WECHAT_CHANNEL_ID } from './messages.ts';
import { WeChatNonceGuard } from './nonceGuard.ts';
import { PendingSends, WeChatSender } from './replies.ts';
import { WECHAT_WEBHOOK_PATH, weChatRouter } from './routes.ts';
import { WeChatVerifier } from './verification.ts';

/**
 * The WeChat official account channel: message push at /webhooks/wechat (plaintext and safe mode),
 * passive XML replies within WeChat's five seconds, the customer-service message API past them and
 * for agents. On when WECHAT_TOKEN, WECHAT_APP_ID and WECHAT_APP_SECRET are set.
 */
export const createWeChatAdapter: AdapterFactory = (ctx) => weChatAdapterWith({})(ctx);

export interface WeChatAdapterOptions {
  /**
   * The language the account's customers are assumed to write until their words say otherwise
   * (WeChat does not report it): zh-CN by default; an account serving another market sets its own.
   * The transcript replay sets it from the transcript's `locale`.
   */
  locale?: string;
  /**
   * Customer-service messages allowed after a customer's message (WeChat's limit, 5, by default).
   * The transcript replay raises it: transcripts are written as web chat conversations, in which agents
   * may write more than 5 times in a row (test/adapters/wechat/serviceWindow.test.ts checks the limit).
   */
  customerServiceMessages?: number;
}

/** The WeChat adapter with options the environment does not carry. */
export const weChatAdapterWith = (options: WeChatAdapterOptions): AdapterFactory => (ctx) => {
  const config = ctx.config.wechat;
  if (!config) return null;
  const api = new WeChatApi({ apiUrl: config.apiUrl, appId: config.appId, appSecret: config.appSecret, clock: ctx.clock, logger: ctx.logger });
  const verifier = new WeChatVerifier(config, ctx.clock);
  const sender = new WeChatSender({
    api,
    logger: ctx.logger,
    store: ctx.store,
    clock: ctx.clock,
    noticeTemplate: config.noticeTemplate,
    ...(options.customerServiceMessages ? { customerServiceMessages: options.customerServiceMessages } : {}),
  });
  const pending = new PendingSends();
  const inbox = new WeChatInbox(ctx, api, config.appId, config.passiveHoldMs, options.locale);
  ctx.inbox.register(WECHAT_CHANNEL_ID, inbox);
  if (!config.encodingAesKey) ctx.logger.info('wechat: no WECHAT_ENCODING_AES_KEY, so plaintext mode only (safe-mode pushes are refused)');
  else ctx.logger.info('wechat: WECHAT_ENCODING_AES_KEY is set, so safe mode only (encrypt_type=aes; plaintext pushes are refused)');

  const idle = async (): Promise<void> => {
    await ctx.inbox.idle();
    await pending.idle();
    await ctx.outbox.idle();
  };

  const adapter: ChannelAdapter & { idle(): Promise<void> } = {
    channelId: WECHAT_CHANNEL_ID,
    sendsThroughOutbox: true,
    mount(router: Router): void {
      router.use(WECHAT_WEBHOOK_PATH, ctx.metrics.edge.rejectionCounter('wechat'));
      router.use(WECHAT_WEBHOOK_PATH, weChatRouter({ ctx, config, verifier, inbox, nonces: new WeChatNonceGuard(ctx.store, ctx.clock), pending }));
    },
    /** Outside a push (agents, notices): the customer-service API, to the customer's openid, within WeChat's limits. */
    send(ref: ConversationRef, activities: Activity[]): Promise<void> {
      return sender.send(ref, activities);
    },
    /** Resolves when turns, sends due now and the work after passive replies are done (tests, replay). */
    idle,
    /** Waits for what was promised to customers after their push was answered. */
    close: idle,
  };
  return adapter;
};
