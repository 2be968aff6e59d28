export { createWeChatAdapter } from './weChatAdapter.ts';
