import { createBotFrameworkAdapter } from './botframework/index.ts';
import { createWebChatAdapter } from './webchat/index.ts';
import { createWeChatAdapter } from './wechat/index.ts';
import { createWhatsAppAdapter } from './whatsapp/index.ts';
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
