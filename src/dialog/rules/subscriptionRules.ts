import { FLOW_INTERRUPT_CONFIDENCE } from '../decision.ts';
import type { DecisionRule } from './types.ts';

/**
 * "stop alerts", "退订", "no más avisos": the conversation's alerts stop (the named parcel's, or all).
 * A bare "stop" is also a cancellation word: it stops alerts only while some are running here, and
 * otherwise cancels what is under way, as before.
 */
export const unsubscribeRule: DecisionRule = {
  name: 'unsubscribe',
  decide({ act, asLoaded, reading: { parse, facts, keepSearch }, go }) {
    if (parse.intent !== 'unsubscribe_updates') return null;
    if (act.act === 'cancellation' && !facts.subscribed?.length) return null;
    // An answer to the assistant's own question ("7N2F4D这个" for "which account?") is no stop, unless the classifier is sure.
    if (asLoaded.state.awaiting !== null && parse.confidence < FLOW_INTERRUPT_CONFIDENCE) return null;
    return go({ kind: 'unsubscribe', trackingNumber: parse.trackingNumbers[0] ?? null }, keepSearch);
  },
};
