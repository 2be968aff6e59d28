import { requestedChangesText } from '../flows/changeDelivery/changeDeliveryFlow.ts';
import type { RunResult } from '../resolveRunner.ts';
import { textsFor } from '../texts/index.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** "what changes have i asked for on it?": the changes recorded for the speaker's own parcel; anyone else's is not theirs to see. */
export const deliveryChangeRunners = {
  async changes_asked(action: ActionOf<'changes_asked'>, { turn, store }: Pick<RunnerContext, 'turn' | 'store'>): Promise<RunResult> {
    const shipment = await store.shipments.byTrackingNumber(action.trackingNumber);
    if (!shipment || !turn.speaker?.memberships.some((m) => m.accountNumber === shipment.accountNumber)) {
      return say(textsFor(turn.locale).notOnYourAccounts(action.trackingNumber));
    }
    return { ...say(await requestedChangesText(store, shipment, turn.locale)), state: { lastParcel: shipment.trackingNumber } };
  },
} satisfies RunnerFamily;
