import { asksChangesAsked, opensWithCorrection } from '../discourse/discourseAct.ts';
import { addressNumberCorrected, deliveryChangeCarried, type ChangeDeliveryState } from '../flows/changeDelivery/changeDeliveryFlow.ts';
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

/**
 * A correction while a delivery change waits for its value or its yes (outside tester round 8, P9): "sorry i meant the
 * first one", "不好意思，我说的是第一个" is the same change on the parcel picked again (the day or address kept, the access
 * point found again for it); "perdón, el viernes, no el jueves" another day for the same parcel; "perdona, es el número
 * 51, no el 15" the address with that number replaced. Exactly what is corrected changes; the rest of the change stays.
 */
export const deliveryCorrectionRule: DecisionRule = {
  name: 'correction in a delivery change',
  decide({ asLoaded, act }) {
    const { text, parse, state, keepSearch, understood } = asLoaded;
    const flow = state.flow;
    if ((state.awaiting !== 'confirm' && state.awaiting !== 'parcel_flow') || !state.confirming || flow?.intent !== 'change_delivery') return null;
    if (parse.trackingNumbers.length || !opensWithCorrection(text, parse.language)) return null;
    const task = 'change_delivery' as const;
    const ref = act.act === 'reference' ? act.reference : null;
    if (ref && (ref.kind === 'position' || ref.kind === 'other') && ref.trackingNumber !== state.confirming) {
      return understood(
        { kind: 'parcel_task', task, trackingNumber: ref.trackingNumber, carried: deliveryChangeCarried(flow.data) },
        { task, ...keepSearch, lastParcel: ref.trackingNumber },
      );
    }
    const kept = flow.data as unknown as ChangeDeliveryState;
    const parcel = { kind: 'parcel_task', task, trackingNumber: state.confirming } as const;
    const same = { task, ...keepSearch, flow, lastParcel: state.confirming };
    // Another day: the flow reads it from the message.
    if (kept.kind === 'reschedule' && parse.dateRange) return understood(parcel, same);
    const address = kept.kind === 'address' && kept.value ? addressNumberCorrected(kept.value, text) : null;
    if (address) return understood({ ...parcel, carried: { ...flow.data, step: 'confirm', value: address, corrected: true } }, same);
    return null;
  },
};
