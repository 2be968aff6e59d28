import { parcelAlertTexts } from '../flows/parcelAlerts/texts.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** Stopping alerts (subscribing is a parcel flow: flows/parcelAlerts/subscribeFlow.ts). */
export const subscriptionRunners = {
  async unsubscribe(action: ActionOf<'unsubscribe'>, { turn, store, clock }: Pick<RunnerContext, 'turn' | 'store' | 'clock'>) {
    const t = parcelAlertTexts(turn.locale);
    const stopped = await store.subscriptions.stop(turn.conversation.id, action.trackingNumber, clock.now().toISOString());
    if (stopped.length) return say(t.stopped(stopped));
    return say(action.trackingNumber ? t.notSubscribed(action.trackingNumber) : t.nothingToStop);
  },
} satisfies RunnerFamily;
