import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Activity, ConversationRef, Reply } from '../activity.ts';
import type { Clock } from '../clock.ts';
import type { Bot } from '../dialog/types.ts';
import type { Store } from '../store/store.ts';
import { isStoreFailure } from '../store/storeFailure.ts';
import type { ConversationFeed } from './feed.ts';
import { ConversationMiddleware } from './middleware/conversation.ts';
import { DedupeMiddleware } from './middleware/dedupe.ts';
import { IdentityMiddleware } from './middleware/identity.ts';
import { LocaleMiddleware, type LanguageDetector } from './middleware/locale.ts';
import { OwnershipRouter, type HandoffRouting } from './middleware/ownership.ts';
import { TranscriptRecorder, monotonicAfter, stampOutbound } from './middleware/recorder.ts';
import { PipelineAdapter } from './pipelineAdapter.ts';
import { replyToActivity } from './replyActivity.ts';
import { DELIVER, INBOX_ATTEMPT, SENT, STATUS, conversationOf, localeOf, setStatus, speakerOf } from './turnState.ts';
import type { Deliver, ProcessOptions, TurnOutcome, TurnPipeline, TurnStatus } from './types.ts';
import { textsFor } from '../dialog/texts/index.ts';
import type { Metrics } from '../metrics/metrics.ts';

export interface PipelineOptions {
  store: Store;
  bot: Bot;
  feed: ConversationFeed;
  clock: Clock;
  logger: Logger;
  detectLanguage: LanguageDetector;
  defaultTimeZone: string;
  supportedLocales: readonly string[];
  /** The human handoff: who owns a conversation, and what a waiting customer is told. */
  handoffs: HandoffRouting;
  /** Turns counted by channel and intent, and timed (README "Metrics and logs"). */
  metrics?: Metrics;
}

/**
 * The turn pipeline on botbuilder. Middleware order matters:
 * dedupe first (a duplicate must leave no trace), then the conversation (everything after needs it),
 * then the recorder (so a crash after this point still keeps the customer's message), then identity
 * and locale, and ownership routing last, right before the bot.
 */
export function createTurnPipeline(options: PipelineOptions): TurnPipeline {
  const { store, bot, feed, clock, logger, metrics } = options;
  const adapter = new PipelineAdapter();
  const middleware: Middleware[] = [
    new DedupeMiddleware(store.receipts, clock),
    new ConversationMiddleware(store.conversations, clock, options.defaultTimeZone),
    new TranscriptRecorder(store.activities, feed, clock),
    // Identity before locale: a signed-in customer is greeted in their own language.
    new IdentityMiddleware(store, clock),
    new LocaleMiddleware(options.detectLanguage, store.conversations, clock, options.supportedLocales),
    new OwnershipRouter(options.handoffs),
  ];
  adapter.use(...middleware);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The store failed: no apology (the message may not even be stored); the inbox or the platform runs the turn again.
    if (isStoreFailure(error)) throw error;
    setStatus(context, 'failed');
    logger.error(
      { err: error, conversationId: context.activity.conversation?.id, activityId: context.activity.id },
      'turn failed',
    );
    try {
      const locale = safeLocale(context);
      const reply: Reply = { type: 'message', text: textsFor(locale).turnFailed };
      await context.sendActivity(replyToActivity(reply, locale) as never);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the customer about a failed turn');
    }
  };

  const botLogic = async (context: TurnContext): Promise<void> => {
    const conversation = conversationOf(context);
    const locale = localeOf(context);
    const replies = await bot.respond({
      activity: context.activity as unknown as Activity,
      conversation,
      speaker: speakerOf(context),
      locale,
      timeZone: conversation.timeZone,
      now: clock.now(),
    });
    if (replies.length) {
      await context.sendActivities(replies.map((r) => replyToActivity(r, locale)) as never);
    }
    setStatus(context, 'processed');
  };

  let running = 0;
  const idleWaiters = new Set<() => void>();

  return {
    async process(activity: Activity, deliver: Deliver, options: ProcessOptions = {}): Promise<TurnOutcome> {
      running++;
      const startedAt = performance.now();
      let context: TurnContext | undefined;
      try {
        await adapter.run(
          activity,
          (c) => {
            context = c;
            c.turnState.set(DELIVER, deliver);
            if (options.inboxAttempt !== undefined) c.turnState.set(INBOX_ATTEMPT, options.inboxAttempt);
          },
          botLogic,
        );
        const status = (context?.turnState.get(STATUS) as TurnStatus | undefined) ?? 'processed';
        const replies = (context?.turnState.get(SENT) as Activity[] | undefined) ?? [];
        metrics?.turns.turnEnded(activity.channelId, status, replies, startedAt);
        return { status, conversationId: activity.conversation.id, replies };
      } finally {
        running--;
        if (running === 0) for (const wake of idleWaiters) wake();
      }
    },

    async sendToConversation(ref: ConversationRef, activities: Activity[], deliver: Deliver): Promise<Activity[]> {
      const anchor: Activity = {
        type: 'message',
        channelId: ref.channelId,
        conversation: { id: ref.conversationId },
        from: ref.user,
        recipient: ref.bot,
        ...(ref.serviceUrl ? { serviceUrl: ref.serviceUrl } : {}),
      };
      const stamped: Activity[] = [];
      const count = await store.activities.count(ref.conversationId);
      let previous = count ? (await store.activities.list(ref.conversationId, count - 2))[0]?.activity.timestamp : undefined;
      for (const a of activities) {
        const at = monotonicAfter(previous, clock.now());
        previous = at.toISOString();
        const activity = stampOutbound(a, anchor, at);
        feed.publish(await store.activities.append(ref.conversationId, 'out', activity));
        stamped.push(activity);
      }
      await deliver(ref, stamped);
      return stamped;
    },

    inFlight: () => running,

    drain(timeoutMs: number): Promise<number> {
      if (running === 0) return Promise.resolve(0);
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          idleWaiters.delete(done);
          resolve(running);
        };
        const timer = setTimeout(done, timeoutMs);
        idleWaiters.add(done);
      });
    },
  };
}

function safeLocale(context: TurnContext): string {
  try {
    return localeOf(context);
  } catch {
    return 'en';
  }
}
