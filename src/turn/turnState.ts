/** Keys under which middleware leaves its findings on the botbuilder TurnContext. */
import type { TurnContext } from 'botbuilder';
import type { Speaker } from '../accounts/speaker.ts';
import type { ConversationRecord } from '../store/records.ts';
import type { Deliver, TurnStatus } from './types.ts';

export const DELIVER = Symbol('carrier-assist.deliver');
export const CONVERSATION = Symbol('carrier-assist.conversation');
export const SPEAKER = Symbol('carrier-assist.speaker');
export const LOCALE = Symbol('carrier-assist.locale');
export const STATUS = Symbol('carrier-assist.status');
export const SENT = Symbol('carrier-assist.sent');
/** Set when the turn comes from the durable inbox: which attempt this is (2 and more: taken over after a crash). */
export const INBOX_ATTEMPT = Symbol('carrier-assist.inbox-attempt');

export function conversationOf(context: TurnContext): ConversationRecord {
  const c = context.turnState.get(CONVERSATION) as ConversationRecord | undefined;
  if (!c) throw new Error('turn state: no conversation (ConversationMiddleware must run first)');
  return c;
}

export function setConversation(context: TurnContext, conversation: ConversationRecord): void {
  context.turnState.set(CONVERSATION, conversation);
}

export function speakerOf(context: TurnContext): Speaker | null {
  return (context.turnState.get(SPEAKER) as Speaker | null | undefined) ?? null;
}

export function localeOf(context: TurnContext): string {
  return (context.turnState.get(LOCALE) as string | undefined) ?? conversationOf(context).locale;
}

export function setStatus(context: TurnContext, status: TurnStatus): void {
  context.turnState.set(STATUS, status);
}

export function deliverOf(context: TurnContext): Deliver {
  const d = context.turnState.get(DELIVER) as Deliver | undefined;
  if (!d) throw new Error('turn state: no deliver function');
  return d;
}

/** The durable inbox's attempt for this turn, or null when the turn did not come from the inbox. */
export function inboxAttemptOf(context: TurnContext): number | null {
  return (context.turnState.get(INBOX_ATTEMPT) as number | undefined) ?? null;
}
