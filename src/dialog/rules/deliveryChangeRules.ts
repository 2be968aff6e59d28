import { asksChangesAsked } from '../discourse/discourseAct.ts';
import type { DecisionRule } from './types.ts';

/**
 * "what changes have i asked for on it?", "我刚才都要求了哪些修改", "¿qué cambios he pedido?" about the parcel in focus:
 * the delivery changes and instructions asked for it, or that none were (outside tester, round 6 M10: "not
 * understood", the billing-center SOP, or the recent parcels).
 */
export const changesAskedRule: DecisionRule = {
  name: 'changes asked',
  decide({ reading, go }) {
    const { text, parse, state, facts, keepSearch } = reading;
    // The parcel in focus, else the one a question was last about ("shall I give the driver this instruction for …?"
    // before a list of others was shown), else the one talked about before.
    const parcel = state.lastParcel ?? state.confirming ?? state.previousParcel;
    if (!facts.linked || parse.trackingNumbers.length > 0 || !parcel || !asksChangesAsked(text, parse.language)) return null;
    return go({ kind: 'changes_asked', trackingNumber: parcel }, keepSearch);
  },
};
