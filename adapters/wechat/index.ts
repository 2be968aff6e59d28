export { createWeChatAdapter } from './weChatAdapter.ts';
export { weChatAdapterWith, type WeChatAdapterOptions } from './weChatAdapter.ts';
export { weChatReplayDriver } from './replayDriver.ts';
