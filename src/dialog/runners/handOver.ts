import type { Escalation, EscalationRequest } from '../../escalation/handoffDesk.ts';
import type { PolicyHandoff } from '../../escalation/policies/types.ts';
import { handoffParcel } from '../handoffParcel.ts';
import type { RunnerContext } from './types.ts';

/** What handing a conversation over needs: the turn, its parse, the dialog state to describe, the parcels and the desk. */
export type HandOverNeeds = Pick<RunnerContext, 'turn' | 'parse' | 'before' | 'store' | 'desk'>;

/** Hands the conversation to people with what this conversation is about. */
export async function handOver(ctx: HandOverNeeds, reason: EscalationRequest['reason'], policy?: PolicyHandoff, contact?: EscalationRequest['contact']): Promise<Escalation> {
  const { turn, parse, before: state } = ctx;
  const mine = turn.speaker?.memberships.map((m) => m.accountNumber) ?? [];
  // Only the speaker's own account is searched for the parcel the message names.
  const current = turn.conversation.accountNumber && mine.includes(turn.conversation.accountNumber) ? turn.conversation.accountNumber : null;
  const account = current ?? (mine.length === 1 ? mine[0]! : null);
  const about = policy?.parcel ?? (await handoffParcel(ctx.store.shipments, parse, state, account, turn.now));
  return ctx.desk.escalate({
    conversation: turn.conversation,
    ...(policy?.accountNumber ? { accountNumber: policy.accountNumber } : {}),
    speaker: turn.speaker,
    reason,
    ...(policy ? { reasonDetail: policy.detail } : {}),
    ...(policy?.category ? { category: policy.category } : {}),
    trackingNumbers: [...new Set([...(about ? [about] : []), ...parse.trackingNumbers])],
    parcel: about,
    text: turn.activity.text ?? '',
    parse,
    misunderstandings: Math.max(state.misunderstandings, reason === 'not_understood' ? 2 : 0),
    lastIntent: state.lastIntent ?? parse.intent,
    language: turn.locale,
    ...(contact ? { contact } : {}),
  });
}
