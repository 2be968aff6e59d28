import type { DecisionRule } from './types.ts';

/**
 * "stop alerts", "退订", "no más avisos": the conversation's alerts stop (the named parcel's, or all).
 * A bare "stop" is also a cancellation word: it stops alerts only while some are running here, and
 * otherwise cancels what is under way, as before.
 */
export const unsubscribeRule: DecisionRule = {
  name: 'unsubscribe',
  decide({ act, reading: { parse, facts, keepSearch }, go }) {
    if (parse.intent !== 'unsubscribe_updates') return null;
    if (act.act === 'cancellation' && !facts.subscribed?.length) return null;
    return go({ kind: 'unsubscribe', trackingNumber: parse.trackingNumbers[0] ?? null }, keepSearch);
  },
};
