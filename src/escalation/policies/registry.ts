/**
 * Escalation by policy, from data rather than words: the policies in order, the first that applies
 * hands the conversation over (one handoff per answer). A new policy is a file here exporting an
 * `EscalationPolicy` and one line in this list.
 */
import { openDisputePolicy } from './openDisputePolicy.ts';
import { parcelInTroublePolicy } from './parcelInTroublePolicy.ts';
import type { EscalationPolicy, PolicyHandoff, PolicyInput, PolicyStore } from './types.ts';

export const ESCALATION_POLICIES: readonly EscalationPolicy[] = Object.freeze([
  // The parcel just shown comes first: its handoff names the parcel, which a billing handoff would not.
  parcelInTroublePolicy,
  openDisputePolicy,
]);

/** The handoff of the first policy that applies, or null. */
export async function policyHandoff(input: PolicyInput, store: PolicyStore): Promise<PolicyHandoff | null> {
  for (const policy of ESCALATION_POLICIES) {
    const handoff = await policy.check(input, store);
    if (handoff) return handoff;
  }
  return null;
}
