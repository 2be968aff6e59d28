import type { Middleware, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Activity } from '../../activity.ts';
import { BOT_ACCOUNT } from '../../activity.ts';
import type { Clock } from '../../clock.ts';
import type { StoredActivity } from '../../store/records.ts';
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
    const before = await this.recordedBefore(context, inbound);
    if (!before) this.feed.publish(await this.activities.append(inbound.conversation.id, 'in', inbound));
    // The replies the attempt that died recorded (web chat showed them: its log is its delivery), in order.
    const shownBefore = before ? await this.repliesRecordedAfter(before) : [];

    let previous = inbound.timestamp;
    context.onSendActivities(async (ctx, outgoing, send) => {
      const sent = (ctx.turnState.get(SENT) as Activity[] | undefined) ?? [];
      for (const partial of outgoing) {
        const at = monotonicAfter(previous, this.clock.now());
        previous = at.toISOString();
        const stamped = stampOutbound(partial as unknown as Partial<Activity>, inbound, at);
        // The k-th reply of a turn run again is the one recorded k-th before: kept once, under its id.
        const recorded = stamped.type === 'message' ? shownBefore.shift() : undefined;
        const activity = recorded ? { ...stamped, id: recorded.id, timestamp: recorded.timestamp } : stamped;
        Object.assign(partial, activity);
        sent.push(activity);
        if (!recorded) this.feed.publish(await this.activities.append(activity.conversation.id, 'out', activity));
      }
      ctx.turnState.set(SENT, sent);
      return send();
    });
    await next();
  }

  /** A turn taken over after a crash finds its message recorded by the attempt that died (kept once): that record, or null. */
  private async recordedBefore(context: TurnContext, inbound: Activity): Promise<StoredActivity | null> {
    if ((inboxAttemptOf(context) ?? 1) < 2 || !inbound.id) return null;
    const last = await this.activities.lastInbound(inbound.conversation.id);
    return last?.activity.id === inbound.id ? last : null;
  }

  /** The bot's messages answering `message` recorded after it (a turn run again only: one read of the log's tail). */
  private async repliesRecordedAfter(message: StoredActivity): Promise<Activity[]> {
    const after = await this.activities.list(message.activity.conversation.id, message.seq);
    return after.filter((s) => s.direction === 'out' && s.activity.type === 'message' && s.activity.replyToId === message.activity.id).map((s) => s.activity);
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
