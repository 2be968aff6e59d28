export { createWeChatAdapter } from './weChatAdapter.ts';
export { weChatAdapterWith, type WeChatAdapterOptions } from './weChatAdapter.ts';
