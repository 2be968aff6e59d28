/**
 * Platforms that allow free messages only for a while after the customer wrote (WhatsApp's 24 hours,
 * WeChat's 48 hours and 5 customer-service messages) hold what they may not send in outbound_messages
 * (`queued_outside_window`, with the reason agents see) and release it when the customer writes
 * again, ahead of the answer. What those channels share: when the customer last wrote, and the release.
 */
import type { Logger } from 'pino';
import type { Activity } from '../../src/activity.ts';
import type { Clock } from '../../src/clock.ts';
import type { OutboundMessageRecord } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';

/** Messages held back outside the service window, to go out again now that it is open. */
export interface HeldReplies {
  activities: Activity[];
  /** Marks them released: called once the outbox has committed them. */
  release(): Promise<void>;
}

export interface HeldMessagesOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
}

/** A message, or the chat's opening (WhatsApp's request_welcome, WeChat's subscribe), starts the window. */
function opensWindow(activity: Activity): boolean {
  return activity.type === 'message' || activity.type === 'conversationUpdate';
}

/** The customer's last message (or chat opening) in this conversation (a service window counts from it), or null. */
export async function lastInboundAt(store: Store, conversationId: string): Promise<string | null> {
  // The hot path: the customer's newest activity is almost always a message (one indexed row).
  const newest = (await store.activities.lastInbound(conversationId))?.activity;
  if (newest && opensWindow(newest) && newest.timestamp) return newest.timestamp;
  let last: string | null = null;
  for (const s of await store.activities.list(conversationId)) {
    const at = s.activity.timestamp;
    if (s.direction === 'in' && opensWindow(s.activity) && at && (last === null || at > last)) last = at;
  }
  return last;
}

/** What the channel holds for the conversation (oldest first) and its release; null when nothing waits. */
export async function heldMessages(o: HeldMessagesOptions, channelId: string, conversationId: string): Promise<HeldReplies | null> {
  const queued = await o.store.outboundMessages.listQueued(channelId, conversationId);
  if (!queued.length) return null;
  return {
    activities: await activitiesOf(o, conversationId, queued),
    release: async () => {
      const released = await o.store.outboundMessages.release(queued.map((q) => q.id), o.clock.now().toISOString());
      o.logger.info({ conversationId, released: released.length }, 'the messages held back outside the service window are in the outbox');
    },
  };
}

/** The recorded activities the queued rows carry, in queue order. */
async function activitiesOf(o: HeldMessagesOptions, conversationId: string, queued: OutboundMessageRecord[]): Promise<Activity[]> {
  const byId = new Map<string, Activity>();
  for (const s of await o.store.activities.list(conversationId)) if (s.activity.id) byId.set(s.activity.id, s.activity);
  const found: Activity[] = [];
  for (const q of queued) {
    const activity = q.activityId ? byId.get(q.activityId) : undefined;
    if (activity) found.push(activity);
    else o.logger.error({ conversationId, activityId: q.activityId, channel: q.channelId }, 'a held message has no recorded activity');
  }
  return found;
}
