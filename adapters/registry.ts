import type { ReplayDriverSource } from '../src/transcripts/channelDrivers.ts';
import { createBotFrameworkAdapter } from './botframework/index.ts';
import { createWebChatAdapter, webChatReplayDriver } from './webchat/index.ts';
import { createWeChatAdapter, weChatReplayDriver } from './wechat/index.ts';
import { createWhatsAppAdapter, whatsAppReplayDriver } from './whatsapp/index.ts';
import type { AdapterFactory } from './types.ts';

/**
 * Every channel the server can mount, in mount order. A factory returns null when its channel's
 * configuration is absent, so a channel is on exactly when it is configured (web chat always is).
 */
export const ADAPTERS: readonly AdapterFactory[] = Object.freeze([
  createWebChatAdapter,
  createWhatsAppAdapter,
  createWeChatAdapter,
  createBotFrameworkAdapter,
]);

/**
 * The channels transcript tests replay on (`--channel all` order), each driver beside its adapter; the
 * composition root (src/cli.ts, src/commands/) passes them to the replay, whose worker threads import
 * this module (`moduleUrl`) for the same list.
 */
export const REPLAY_DRIVERS: ReplayDriverSource = Object.freeze({
  drivers: Object.freeze([webChatReplayDriver, whatsAppReplayDriver, weChatReplayDriver]),
  moduleUrl: import.meta.url,
});
