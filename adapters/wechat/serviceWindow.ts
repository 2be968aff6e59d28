/**
 * WeChat's customer-service message limits: an official account may send customer-service messages
 * only within 48 hours of the customer's last message (or follow), and at most 5 of them until the
 * customer writes again (errors 45015 and 45047 otherwise). Passive replies and template messages do
 * not count. What is left is read from what we recorded: the customer's last inbound activity and the
 * customer-service sends accepted since (outbound_messages, `accepted` without a WeChat msgid).
 */
import type { Clock } from '../../src/clock.ts';
import type { Store } from '../../src/store/store.ts';
import { lastInboundAt } from '../shared/heldMessages.ts';
import { WECHAT_CHANNEL_ID } from './messages.ts';

export const CUSTOMER_SERVICE_WINDOW_MS = 48 * 60 * 60 * 1000;
export const CUSTOMER_SERVICE_MESSAGES = 5;

/** Why customer-service messages may not go out now (agents see it beside the held message). */
export const HELD_REASONS = Object.freeze({
  noMessage: 'WeChat: the customer has not written to the account, so no customer-service message may be sent',
  window: 'WeChat: the customer last wrote more than 48 hours ago (customer-service messages need a message within 48 hours)',
  count: 'WeChat: the customer-service messages WeChat allows (5) were sent since the customer last wrote',
});

/** How many customer-service messages may go out now, and why none when none may. */
export interface Allowance {
  left: number;
  reason: string | null;
}

export async function customerServiceAllowance(store: Store, clock: Clock, conversationId: string, limit = CUSTOMER_SERVICE_MESSAGES): Promise<Allowance> {
  const last = await lastInboundAt(store, conversationId);
  if (last === null) return { left: 0, reason: HELD_REASONS.noMessage };
  if (clock.now().getTime() - Date.parse(last) >= CUSTOMER_SERVICE_WINDOW_MS) return { left: 0, reason: HELD_REASONS.window };
  const sent = (await store.outboundMessages.listForConversation(conversationId)).filter(
    (m) => m.channelId === WECHAT_CHANNEL_ID && m.status === 'accepted' && m.providerMessageId === null && m.statusAt >= last,
  ).length;
  const left = Math.max(0, limit - sent);
  return { left, reason: left ? null : HELD_REASONS.count };
}
