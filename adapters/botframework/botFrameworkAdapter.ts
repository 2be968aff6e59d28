import type { Router } from 'express';
import { TurnContext, type Activity as BfActivity } from 'botbuilder';
import type { Activity, ConversationRef } from '../../src/activity.ts';
import type { AdapterFactory, ChannelAdapter } from '../types.ts';
import { BOTFRAMEWORK_CHANNEL_ID, botFrameworkReference, platformActivityIdOf, toBotFramework } from './activities.ts';
import { CarrierCloudAdapter } from './cloudAdapter.ts';
import { BOTFRAMEWORK_MESSAGES_PATH, botFrameworkRouter } from './routes.ts';
import { storedActivities } from '../../src/turn/durable/inbox.ts';

/**
 * The Bot Framework channel (Azure Bot Service: Teams, Azure's Web Chat and Direct Line, …; the
 * Emulator) at /api/messages, through botbuilder's CloudAdapter. With MicrosoftAppId it checks every
 * request's token; without it, outside production, it serves the local Emulator only when
 * BOT_ALLOW_UNAUTHENTICATED=true (callerChecks.ts), and says so.
 */
export const createBotFrameworkAdapter: AdapterFactory = (ctx) => {
  const credentials = ctx.config.botFramework;
  if (!credentials.appId) {
    if (ctx.config.env === 'production') {
      ctx.logger.info('botframework: off (set MicrosoftAppId and MicrosoftAppPassword to serve Azure Bot Service)');
      return null;
    }
    if (credentials.allowUnauthenticated) {
      ctx.logger.warn(
        'botframework: no MicrosoftAppId and BOT_ALLOW_UNAUTHENTICATED=true, so /api/messages accepts unauthenticated requests from a Bot Framework Emulator on this machine (loopback peer, serviceUrl on localhost) and nothing else',
      );
    } else {
      ctx.logger.info('botframework: no MicrosoftAppId, so /api/messages refuses every request (set BOT_ALLOW_UNAUTHENTICATED=true for the local Emulator)');
    }
  }
  const cloud = new CarrierCloudAdapter(credentials);
  // A turn taken over after a crash sends its replies through the outbox, which calls send() below.
  ctx.inbox.register(BOTFRAMEWORK_CHANNEL_ID, storedActivities);

  const adapter: ChannelAdapter = {
    channelId: BOTFRAMEWORK_CHANNEL_ID,
    mount(router: Router): void {
      router.use(BOTFRAMEWORK_MESSAGES_PATH, ctx.metrics.edge.rejectionCounter('botframework'));
      router.use(botFrameworkRouter(ctx, cloud));
    },
    /** Outside a turn (agents, notices): continueConversationAsync on the stored reference. */
    async send(ref: ConversationRef, activities: Activity[]): Promise<void> {
      const reference = botFrameworkReference(ref);
      const out = activities
        .map((a) => ({ activity: toBotFramework(a, reference.channelId!, credentials.handoffEventChannels), replyTo: platformActivityIdOf(a.replyToId, ref.conversationId) }))
        .filter((o): o is { activity: Partial<BfActivity>; replyTo: string | undefined } => o.activity !== null);
      if (!out.length) return;
      await cloud.continueConversationAsync(credentials.appId ?? '', reference, async (context) => {
        // TurnContext would address it to the synthetic continuation activity: a reply of a turn taken
        // over after a crash answers its customer's activity (POST /v3/conversations/{id}/activities/{activityId}),
        // anything else (an agent, a notice) goes to the conversation itself (POST /v3/conversations/{id}/activities).
        const addressed = out.map(({ activity: a, replyTo }) => {
          const activity = TurnContext.applyConversationReference({ ...a }, TurnContext.getConversationReference(context.activity));
          if (replyTo) activity.replyToId = replyTo;
          else delete activity.replyToId;
          return activity;
        });
        await context.adapter.sendActivities(context, addressed);
      });
    },
    close(): Promise<void> {
      return Promise.resolve();
    },
  };
  return adapter;
};
