import type { Server } from 'node:http';
import type { Router } from 'express';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { AdapterFactory, ChannelAdapter } from '../types.ts';
import { WebChatConversations } from './conversations.ts';
import { demoLoginRouter } from './demoLogin.ts';
import { chatPageRouter } from './page.ts';
import { directLineRouter } from './routes/directLine.ts';
import { DirectLineStreams } from './streaming.ts';
import { DirectLineTokens } from './tokens.ts';
import { MonotonicTimestamps, WEBCHAT_CHANNEL_ID } from './wireActivity.ts';
import { storedActivities } from '../../src/turn/durable/inbox.ts';

/**
 * The web chat channel: a self-hosted Direct Line 3.0 subset (REST and WebSocket streaming) for
 * Microsoft's official Web Chat client, the page that hosts it, and (in development) a demo sign-in.
 * Always on: it needs no credentials in development, and the config demands the secret in production.
 */
export const createWebChatAdapter: AdapterFactory = (ctx) => {
  const tokens = new DirectLineTokens(ctx.config.directLine.secret, ctx.config.directLine.tokenTtlSeconds, ctx.clock);
  const timestamps = new MonotonicTimestamps(ctx.clock);
  // A turn taken over after a crash records its replies, and the feed and the log deliver them.
  ctx.inbox.register(WEBCHAT_CHANNEL_ID, storedActivities);

  const adapter: ChannelAdapter = {
    channelId: WEBCHAT_CHANNEL_ID,
    mount(router: Router): void {
      router.use('/v3/directline', ctx.metrics.edge.rejectionCounter('webchat'));
      router.use('/v3/directline', directLineRouter({ ctx, tokens, conversations, timestamps, deliver: adapter.send }));
      if (ctx.config.env !== 'production') router.use('/demo', demoLoginRouter(ctx, conversations));
      router.use(chatPageRouter(ctx.config));
    },
    // Direct Line delivery is the recorded log plus the feed: these activities are already stored and
    // published, and open sockets stream them from the feed, so sending them here would double-deliver.
    send(_ref: ConversationRef, _activities: Activity[]): Promise<void> {
      return Promise.resolve();
    },
    attach(server: Server): void {
      streams.attach(server);
    },
    close(): Promise<void> {
      return streams.close();
    },
  };
  const conversations = new WebChatConversations(ctx, tokens, timestamps, adapter.send);
  const streams = new DirectLineStreams(ctx, tokens, conversations);
  return adapter;
};
