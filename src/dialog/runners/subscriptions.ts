import { placeMatches, placeQueryOf } from '../../shipments/resolveShipments.ts';
import { parcelAlertTexts } from '../flows/parcelAlerts/texts.ts';
import { namedPlaceName } from '../trackingReply.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** Listing and stopping alerts (subscribing is a parcel flow: flows/parcelAlerts/subscribeFlow.ts). */
export const subscriptionRunners = {
  async unsubscribe(action: ActionOf<'unsubscribe'>, { turn, store, clock }: Pick<RunnerContext, 'turn' | 'store' | 'clock'>) {
    const t = parcelAlertTexts(turn.locale);
    const at = clock.now().toISOString();
    if (action.place) {
      const named = placeQueryOf(action.place);
      const running = (await store.subscriptions.ofConversation(turn.conversation.id)).filter((s) => !s.stoppedAt);
      const stopped: string[] = [];
      for (const s of running) {
        const shipment = await store.shipments.byTrackingNumber(s.trackingNumber);
        if (shipment && (placeMatches(named, shipment.destination) || placeMatches(named, shipment.origin))) {
          stopped.push(...(await store.subscriptions.stop(turn.conversation.id, s.trackingNumber, at)));
        }
      }
      if (stopped.length) return say(t.stopped(stopped));
      return say(running.length ? t.noneAbout(namedPlaceName(action.place, turn.locale)) : t.nothingToStop);
    }
    const stopped = await store.subscriptions.stop(turn.conversation.id, action.trackingNumber, at);
    // "stop alerts": the account-wide ones too; a parcel named stops only that parcel's.
    const accounts = action.trackingNumber ? [] : await store.subscriptions.stopAccounts(turn.conversation.id, at);
    if (stopped.length || accounts.length) return say([...(stopped.length ? [t.stopped(stopped)] : []), ...accounts.map((a) => t.accountStopped(a))].join('\n'));
    return say(action.trackingNumber ? t.notSubscribed(action.trackingNumber) : t.nothingToStop);
  },
  async list_subscriptions(_action: ActionOf<'list_subscriptions'>, { turn, store }: Pick<RunnerContext, 'turn' | 'store'>) {
    const t = parcelAlertTexts(turn.locale);
    const running = (await store.subscriptions.ofConversation(turn.conversation.id)).filter((s) => !s.stoppedAt);
    const accounts = await store.subscriptions.accountsWatched(turn.conversation.id);
    if (!running.length && !accounts.length) return say(t.noneRunning);
    return say(t.running([...accounts.map((a) => ({ account: a.accountNumber })), ...running.map((s) => ({ parcel: s.trackingNumber, everyChange: s.kind === 'all' }))]));
  },
  async watch_account(action: ActionOf<'watch_account'>, { turn, store, clock }: Pick<RunnerContext, 'turn' | 'store' | 'clock'>) {
    const t = parcelAlertTexts(turn.locale);
    await store.subscriptions.watchAccount(turn.conversation.id, action.accountNumber, clock.now().toISOString());
    const held = (await store.shipments.search({ accountNumber: action.accountNumber, statuses: ['exception'] })).filter((s) => s.customsState === 'held').map((s) => s.trackingNumber);
    return say(t.watchingAccount(action.accountNumber, held));
  },
} satisfies RunnerFamily;
