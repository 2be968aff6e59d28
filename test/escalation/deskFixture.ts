/**
 * The seeded world the desk and context-packet tests share: the small demo dataset in a real
 * in-memory store, demo users as speakers, and conversations with what the customer and bot said.
 */
import type { Activity, Reply } from '../../src/activity.ts';
import type { Speaker } from '../../src/accounts/speaker.ts';
import { generateDataset } from '../../src/demo/index.ts';
import type { CustomerMessenger, EscalationRequest } from '../../src/escalation/handoffDesk.ts';
import { openStore } from '../../src/store/openStore.ts';
import type { ConversationRecord } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';

/** Friday 2026-03-20, 10:00 in Shanghai: the desk is open. */
export const NOW = '2026-03-20T02:00:00.000Z';
export const DESK_HOURS = 'Mon-Fri 09:00-18:00';
export const DESK_ZONE = 'Asia/Shanghai';

export async function seededStore(): Promise<Store> {
  const store = await openStore('sqlite::memory:');
  await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
  return store;
}

export async function speakerOf(store: Store, userId: string): Promise<Speaker> {
  const user = (await store.users.get(userId))!;
  return { user, memberships: await store.accounts.membershipsOf(userId) };
}

/** A conversation of `userId` (null: not linked) on the test channel, with `said` as alternating customer/bot lines. */
export async function conversationOf(
  store: Store,
  id: string,
  userId: string | null,
  said: readonly (readonly ['in' | 'out', string])[] = [],
  accountNumber: string | null = null,
): Promise<ConversationRecord> {
  const external = `ext-${id}`;
  await store.conversations.ensure({ id, channelId: 'test', externalUserId: external, locale: 'en', timeZone: DESK_ZONE }, NOW);
  await store.conversations.update(id, { userId, accountNumber }, NOW);
  const customer = { id: external, name: userId ? (await store.users.get(userId))!.name : 'Guest', role: 'user' as const };
  const bot = { id: 'carrier-assist', name: 'Carrier Assist', role: 'bot' as const };
  for (const [direction, text] of said) {
    const [from, recipient] = direction === 'in' ? [customer, bot] : [bot, customer];
    await store.activities.append(id, direction, { type: 'message', channelId: 'test', from, recipient, conversation: { id }, text });
  }
  return (await store.conversations.get(id))!;
}

/** The customer `userId` (null: not linked) asks for a person in a new conversation `id`: the desk's request. */
export async function personRequested(store: Store, id: string, userId: string | null, patch: Partial<EscalationRequest> = {}): Promise<EscalationRequest> {
  const conversation = await conversationOf(store, id, userId, [['in', 'I want to talk to a real person']]);
  return {
    conversation,
    speaker: userId ? await speakerOf(store, userId) : null,
    reason: 'requested',
    trackingNumbers: [],
    parse: null,
    misunderstandings: 0,
    lastIntent: null,
    language: 'en',
    ...patch,
  };
}

export interface SentCall {
  conversationId: string;
  replies: Reply[];
  author?: { agentId: string; name: string };
}

/** A messenger that records what the desk sends and answers with made-up activities. */
export function recordingMessenger(): { messenger: CustomerMessenger; calls: SentCall[]; textsTo(conversationId: string): string[] } {
  const calls: SentCall[] = [];
  const messenger: CustomerMessenger = async (conversationId, replies, author) => {
    calls.push({ conversationId, replies, ...(author ? { author } : {}) });
    return replies.map(
      (r, i): Activity => ({
        type: r.type === 'message' ? 'message' : 'event',
        id: `${conversationId}-sent-${calls.length}-${i}`,
        channelId: 'test',
        from: author ? { id: `agent:${author.agentId}`, name: author.name, role: 'agent' } : { id: 'carrier-assist', role: 'bot' },
        conversation: { id: conversationId },
        ...(r.type === 'message' ? { text: r.text } : {}),
      }),
    );
  };
  const textsTo = (conversationId: string) =>
    calls.filter((c) => c.conversationId === conversationId).flatMap((c) => c.replies.flatMap((r) => (r.type === 'message' ? [r.text] : [])));
  return { messenger, calls, textsTo };
}
