/** Activities on the Direct Line wire: stamping what clients post, and what clients are shown. */
import { createHash, randomBytes } from 'node:crypto';
import { BOT_ACCOUNT, type Activity, type ActivityType, type ChannelAccount } from '../../src/activity.ts';
import { mediaUrlFor } from './uploads.ts';
import type { Clock } from '../../src/clock.ts';
import type { StoredActivity } from '../../src/store/records.ts';
import type { ClientActivity } from './schemas.ts';

export const WEBCHAT_CHANNEL_ID = 'webchat';

/** A poll response and a stream frame have the same shape. */
export interface ActivitySet {
  activities: Activity[];
  watermark?: string;
}

/** Activity types a Direct Line client is shown; conversationUpdate and trace stay server-side. */
const CLIENT_VISIBLE_TYPES: ReadonlySet<ActivityType> = new Set(['message', 'event', 'typing', 'endOfConversation']);

/**
 * Whether a stored activity goes on the wire. The bot's own events never do: the one it sends,
 * `handoff.initiate`, carries the agents' context packet (priority, queue, sentiment, roles, SLA,
 * transcript), which is for the console, not the customer. The client's own events echo back.
 */
function isClientVisible(stored: StoredActivity): boolean {
  if (!CLIENT_VISIBLE_TYPES.has(stored.activity.type)) return false;
  return !(stored.direction === 'out' && stored.activity.type === 'event');
}

/**
 * Timestamps that never go backwards, even on a stopped clock: Web Chat orders a transcript by
 * timestamp, so two activities stamped in the same millisecond would otherwise tie.
 */
export class MonotonicTimestamps {
  private lastMs = Number.NEGATIVE_INFINITY;

  constructor(private readonly clock: Clock) {}

  next(): string {
    this.lastMs = Math.max(this.clock.now().getTime(), this.lastMs + 1);
    return new Date(this.lastMs).toISOString();
  }
}

/**
 * The id of an inbound activity. It derives from the client's `clientActivityID` when there is one,
 * so a client retrying the same message produces the same id and the pipeline's dedupe drops it.
 */
export function inboundActivityId(conversationId: string, clientActivityId: string | undefined): string {
  const suffix = clientActivityId
    ? createHash('sha256').update(clientActivityId).digest('hex').slice(0, 20)
    : randomBytes(10).toString('hex');
  return `${conversationId}|${suffix}`;
}

/** A posted activity, stamped by the server (WEBCHAT.md pitfalls 1, 3, 4). */
export function stampInbound(
  body: ClientActivity,
  at: { conversationId: string; from: ChannelAccount; timestamp: string },
): Activity {
  const { channelData, from: _clientFrom, ...rest } = body;
  return {
    ...rest,
    id: inboundActivityId(at.conversationId, channelData?.clientActivityID),
    timestamp: at.timestamp,
    channelId: WEBCHAT_CHANNEL_ID,
    conversation: { id: at.conversationId },
    from: at.from,
    recipient: BOT_ACCOUNT,
    ...(channelData ? { channelData } : {}),
  };
}

/** The `conversationUpdate` a client's joining produces, so the bot can greet (one per user and conversation). */
export function joinActivity(conversationId: string, user: ChannelAccount, timestamp: string, locale?: string): Activity {
  return {
    type: 'conversationUpdate',
    id: `${conversationId}|join-${createHash('sha256').update(user.id).digest('hex').slice(0, 12)}`,
    timestamp,
    channelId: WEBCHAT_CHANNEL_ID,
    conversation: { id: conversationId },
    from: user,
    recipient: BOT_ACCOUNT,
    membersAdded: [user],
    ...(locale ? { locale } : {}),
  };
}

/**
 * Builds the activity set a client receives from the activities stored after position `afterSeq`:
 * only client-visible types, each with id, timestamp, conversation and channel, outbound ones from the
 * bot. The watermark is the last position read, shown or not (Direct Line watermarks are strings).
 */
export function activitySetOf(stored: StoredActivity[], afterSeq: number, fallbackTimestamp: () => string): ActivitySet {
  const lastSeq = stored.at(-1)?.seq ?? afterSeq;
  return {
    activities: stored.filter(isClientVisible).map((s) => toClientActivity(s, fallbackTimestamp)),
    ...(lastSeq >= 0 ? { watermark: String(lastSeq) } : {}),
  };
}

/**
 * An agent's message is sent by the agent, not the bot: its own sender id (so Web Chat neither groups it
 * with the bot's messages nor shows it under the bot's avatar) and the agent's name. The page draws
 * the agent's avatar and name from these (assets/chat.js).
 */
function agentSenderOf(a: Activity): ChannelAccount | null {
  const handoff = a.channelData?.handoff as { author?: unknown; agentId?: unknown; name?: unknown } | undefined;
  if (handoff?.author !== 'agent' || typeof handoff.agentId !== 'string') return null;
  return { id: `${AGENT_ID_PREFIX}${handoff.agentId}`, name: typeof handoff.name === 'string' ? handoff.name : (a.from?.name ?? ''), role: 'bot' };
}

/** Prefix of an agent's sender id on the wire (never a user id: those are the page's or a linked user's). */
export const AGENT_ID_PREFIX = 'agent:';

function toClientActivity(stored: StoredActivity, fallbackTimestamp: () => string): Activity {
  const a = stored.activity;
  const agent = stored.direction === 'out' ? agentSenderOf(a) : null;
  const fromBot = stored.direction === 'out' && (!a.from?.id || a.from.role === 'user');
  return {
    ...a,
    id: a.id ?? `${stored.conversationId}|${String(stored.seq).padStart(7, '0')}`,
    timestamp: a.timestamp ?? fallbackTimestamp(),
    channelId: a.channelId || WEBCHAT_CHANNEL_ID,
    conversation: { ...a.conversation, id: stored.conversationId },
    from: agent ?? (fromBot ? BOT_ACCOUNT : a.from),
    // Stored files are `media:<id>` in the core; Web Chat shows them from this server.
    ...(a.attachments?.some((x) => x.contentUrl?.startsWith('media:'))
      ? {
          attachments: a.attachments.map((x) =>
            x.contentUrl?.startsWith('media:') ? { ...x, contentUrl: mediaUrlFor(stored.conversationId, x.contentUrl.slice('media:'.length)) } : x,
          ),
        }
      : {}),
  };
}
