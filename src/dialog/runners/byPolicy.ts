import type { Reply } from '../../activity.ts';
import { policyHandoff } from '../../escalation/policies/registry.ts';
import type { DialogState } from '../state.ts';
import { handOver, type HandOverNeeds } from './handOver.ts';

/**
 * After an answer, the escalation policies (src/escalation/policies/) read what it showed: a parcel in
 * trouble on a VIP account or worth a lot, or a billing question while an earlier dispute is open,
 * goes to people without being asked. Only for a linked speaker; `state` is the state after the answer.
 */
export async function escalateByPolicy(ctx: HandOverNeeds, state: DialogState, shownParcel: string | null): Promise<Reply[]> {
  const { turn, parse } = ctx;
  if (!turn.speaker) return [];
  const input = {
    conversationId: turn.conversation.id,
    conversationAccount: turn.conversation.accountNumber,
    speakerAccounts: new Set(turn.speaker.memberships.map((m) => m.accountNumber)),
    intent: parse.intent,
    shownParcel,
  };
  const handoff = await policyHandoff(input, ctx.store);
  return handoff ? (await handOver({ ...ctx, before: state }, 'policy', handoff)).replies : [];
}
