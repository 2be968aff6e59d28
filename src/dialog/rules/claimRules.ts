import { CLAIM_TASK } from '../decision.ts';
import { usesIntentWords } from '../accountFlowWords.ts';
import { asksAboutClaim, hasBarePronoun } from '../discourse/discourseAct.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import { decideSearch } from '../searchDecision.ts';
import type { DecisionRule } from './types.ts';

/** The tasks a claim question goes on with when the conversation is already on one. */
const CLAIM_TASKS: ReadonlySet<string> = new Set(['damaged_package', 'lost_or_delayed']);

/**
 * "what should i do next", "can we get our money back for it", "how long does the investigation take",
 * "寄柏林的包裹坏了怎么办", "我要索赔", "需要提供什么材料", "quiero reclamar", "¿qué necesito enviar?": the claim
 * path of the parcel in question (found by an outside tester, round 6 M4: "not understood", the status card
 * again, customs documents, the VIP fee or an invoice picker). The parcel the message describes, else the one
 * asked about in the "which one?" still open, else the one in focus; which claim (damage, trace) is read from
 * the parcel's data by the runner (`CLAIM_TASK`) unless the message or the conversation says it.
 */
export const claimQuestionRule: DecisionRule = {
  name: 'claim question',
  decide({ reading, accounts, chosen, go }) {
    const { text, parse, state, facts, keepSearch } = reading;
    if (!facts.linked || parse.trackingNumbers.length > 0 || !asksAboutClaim(text, parse.language)) return null;
    // In another flow's own words it is that flow: "what should i do about customs", "quiero reclamar la factura"
    // (an invoice's refund too, unless the message points at the parcel: "can we get a refund for it").
    if (usesIntentWords(text, 'customs_help') || (usesIntentWords(text, 'billing') && !hasBarePronoun(text, parse.language))) return null;
    const kept = CLAIM_TASKS.has(state.task) ? state.task : null;
    // "is it lost? i want compensation": the lost flow, which says a parcel reported damaged is not lost and starts its claim.
    const task = parse.statusHints.includes('damaged') ? 'damaged_package' : parse.intent === 'lost_or_delayed' ? 'lost_or_delayed' : (kept ?? CLAIM_TASK);
    const frame = frameOfMessage(parse);
    const describes = frame !== null && (frame.origin !== null || frame.destination !== null || frame.dateRange !== null);
    const choosing = state.awaiting === 'choice' && state.candidates.length > 0;
    if (describes || (frame !== null && !state.lastParcel && !choosing)) return decideSearch(reading, { act: 'new_request', frame }, accounts, chosen, go, task);
    // "quiero reclamar" while "which of the two?" is open: still which one, now for the claim.
    if (choosing && state.lastQuery && chosen.account) {
      return go({ kind: 'resolve', accountNumber: chosen.account, query: state.lastQuery, fallback: null, within: state.candidates }, { ...keepSearch, task });
    }
    if (!state.lastParcel) return null;
    return go({ kind: 'parcel_task', task, trackingNumber: state.lastParcel }, { ...keepSearch, task });
  },
};
