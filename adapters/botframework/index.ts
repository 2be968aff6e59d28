export { createBotFrameworkAdapter } from './botFrameworkAdapter.ts';
