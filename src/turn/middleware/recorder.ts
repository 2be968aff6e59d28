import type { Middleware, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Activity } from '../../activity.ts';
import { BOT_ACCOUNT } from '../../activity.ts';
import type { Clock } from '../../clock.ts';
import type { ActivityRepository } from '../../store/store.ts';
import type { ConversationFeed } from '../feed.ts';
import { SENT, inboxAttemptOf } from '../turnState.ts';

/**
 * Records every activity of a conversation, in and out, before anything else can fail: a crash
 * later in the turn loses no message. Outbound activities are stamped (id, timestamp, sender) here,
 * so every channel and the transcript see the same activity.
 */
export class TranscriptRecorder implements Middleware {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly feed: ConversationFeed,
    private readonly clock: Clock,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const inbound = context.activity as unknown as Activity;
    if (!inbound.timestamp) inbound.timestamp = this.clock.now().toISOString();
    if (!(await this.recordedBefore(context, inbound))) this.feed.publish(await this.activities.append(inbound.conversation.id, 'in', inbound));

    let previous = inbound.timestamp;
    context.onSendActivities(async (ctx, outgoing, send) => {
      const sent = (ctx.turnState.get(SENT) as Activity[] | undefined) ?? [];
      for (const partial of outgoing) {
        const at = monotonicAfter(previous, this.clock.now());
        previous = at.toISOString();
        const activity = stampOutbound(partial as unknown as Partial<Activity>, inbound, at);
        Object.assign(partial, activity);
        sent.push(activity);
        this.feed.publish(await this.activities.append(activity.conversation.id, 'out', activity));
      }
      ctx.turnState.set(SENT, sent);
      return send();
    });
    await next();
  }

  /** A turn taken over after a crash finds its message recorded by the attempt that died: kept once. */
  private async recordedBefore(context: TurnContext, inbound: Activity): Promise<boolean> {
    if ((inboxAttemptOf(context) ?? 1) < 2 || !inbound.id) return false;
    return (await this.activities.lastInbound(inbound.conversation.id))?.activity.id === inbound.id;
  }
}

/**
 * A reply is never stamped before what it answers: clients such as Web Chat order by timestamp, and a
 * frozen clock (transcripts) or a fast turn would otherwise give the question and its answer one instant.
 */
export function monotonicAfter(previousIso: string | undefined, now: Date): Date {
  const floor = previousIso ? Date.parse(previousIso) + 1 : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now.getTime(), floor));
}

/** Completes an outbound activity: addressed back to the sender of `inbound`, from the bot. */
export function stampOutbound(partial: Partial<Activity>, inbound: Activity, now: Date): Activity {
  return {
    ...partial,
    type: partial.type ?? 'message',
    id: partial.id ?? `${inbound.conversation.id}|${randomUUID()}`,
    timestamp: partial.timestamp ?? now.toISOString(),
    channelId: inbound.channelId,
    conversation: { id: inbound.conversation.id },
    from: partial.from ?? BOT_ACCOUNT,
    recipient: partial.recipient ?? inbound.from,
    ...(inbound.id && !partial.replyToId ? { replyToId: inbound.id } : {}),
    ...(inbound.serviceUrl ? { serviceUrl: inbound.serviceUrl } : {}),
  };
}
