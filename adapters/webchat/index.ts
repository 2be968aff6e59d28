export { createWebChatAdapter } from './webChatAdapter.ts';
