import type { Reply } from '../../activity.ts';
import { policyHandoff } from '../../escalation/policies/registry.ts';
import type { DialogState } from '../state.ts';
import { textsFor } from '../texts/index.ts';
import type { HandOverNeeds } from './handOver.ts';
import { personDeclinedKey } from '../decision.ts';

/** What the policies add to an answer: a person offered and the question it leaves open. */
export interface PolicyOutcome {
  replies: Reply[];
  state?: Partial<DialogState>;
}

/**
 * After an answer, the escalation policies (src/escalation/policies/) read what it showed: a parcel in
 * trouble on a VIP account or worth a lot (a customs hold too), or a billing question while an earlier
 * dispute is open, gets a person **offered**, never imposed (found by outside testers: "I've passed this to
 * our customer service team" when nobody asked); a yes hands over (rule "yes or no to a person offered").
 * Only for a linked speaker; `state` is the state after the answer.
 */
export async function escalateByPolicy(ctx: HandOverNeeds, state: DialogState, shownParcel: string | null): Promise<PolicyOutcome> {
  const { turn, parse } = ctx;
  if (!turn.speaker) return { replies: [] };
  const input = {
    conversationId: turn.conversation.id,
    conversationAccount: turn.conversation.accountNumber,
    speakerAccounts: new Set(turn.speaker.memberships.map((m) => m.accountNumber)),
    intent: parse.intent,
    shownParcel,
  };
  const handoff = await policyHandoff(input, ctx.store);
  if (!handoff) return { replies: [] };
  const category = handoff.category ?? 'general';
  // Offered once the answer asks nothing of its own (a trace offered, "which one?"): one question at a time.
  if (state.awaiting !== null) return { replies: [] };
  // Declined once on this parcel (or this kind of offer about no parcel): not asked again after every answer about it.
  if (state.personDeclined.includes(personDeclinedKey({ ...(handoff.parcel ? { parcel: handoff.parcel } : {}), category }))) return { replies: [] };
  const t = textsFor(turn.locale);
  return {
    replies: [{ type: 'message', text: t.personOffer(handoff.parcel ?? null, category), choices: t.personOfferChoices }],
    state: { awaiting: 'person_offer', confirming: handoff.parcel ?? null, personOffer: { category, detail: handoff.detail } },
  };
}
