import { personRequested } from './personRequest.ts';
import type { Action } from '../decision.ts';
import type { DecisionRule } from './types.ts';

/** "ok", "👍": nothing changes, an open list or question stays open. A thank-you is answered as one. */
export const acknowledgementRule: DecisionRule = {
  name: 'acknowledgement',
  decide({ act, reading: { parse, state } }) {
    if (act.act !== 'acknowledgement') return null;
    const action: Action = parse.intent === 'thanks' ? { kind: 'thanks' } : { kind: 'acknowledge', pending: state.awaiting !== null };
    return { action, state: { ...state, misunderstandings: 0, lastIntent: parse.intent } };
  },
};

/** "never mind": the flow, the question and the search under way are dropped. */
export const cancellationRule: DecisionRule = {
  name: 'cancellation',
  decide({ act, reading: { state }, asLoaded }) {
    if (act.act !== 'cancellation') return null;
    const dropped = state.awaiting !== null || state.flow !== null || state.suspended !== null;
    return asLoaded.understood({ kind: 'cancel', dropped }, { task: 'status', confirming: null, suspended: null, lastQuery: null });
  },
};

/** A request for a person interrupts anything, unless it is a complaint about a parcel (found first). */
export const interruptionRule: DecisionRule = {
  name: 'interruption',
  decide({ act, complaint, reading: { text, keepSearch }, go }) {
    if (act.act !== 'interruption' || complaint) return null;
    return go(personRequested(text), keepSearch);
  },
};
