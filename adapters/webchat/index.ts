export { createWebChatAdapter } from './webChatAdapter.ts';
export { webChatReplayDriver } from './replayDriver.ts';
