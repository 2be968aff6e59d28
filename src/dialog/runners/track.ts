import type { Reply } from '../../activity.ts';
import { lookupTrackingNumber } from '../../shipments/trackingLookup.ts';
import { textsFor } from '../texts/index.ts';
import { traceOffer } from '../traceOffer.ts';
import { trackingReply } from '../trackingReply.ts';
import { parcelViewOf } from './parcelTask.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

type TrackNeeds = Pick<RunnerContext, 'turn' | 'store' | 'parse'>;

/** Tracking numbers: their status (the speaker's own parcel in full), a number that cannot be one, or asking for one. */
export const trackRunners = {
  async track(action: ActionOf<'track'>, { turn, store, parse }: TrackNeeds) {
    const replies: Reply[] = [];
    for (const n of action.trackingNumbers) {
      const lookup = await lookupTrackingNumber(store.shipments, turn.speaker, n);
      // A signed-in customer is told why they see less than for their own parcels (the number is someone else's).
      if (lookup.kind === 'public' && turn.speaker) replies.push(...say(textsFor(turn.locale).notOnYourAccounts(n)).replies);
      replies.push(trackingReply(lookup, turn.locale, turn.timeZone, turn.now, turn.speaker !== null));
    }
    const one = action.trackingNumbers.length === 1 ? action.trackingNumbers[0]! : null;
    const offer = one ? await traceOffer({ ...parcelViewOf(turn, store.shipments), store }, one) : null;
    // "upgrade 1Z… to a faster service": after where it is and its ETA, what can be done about its speed (outside tester round 8, P20).
    if (one && parse.asks?.includes('speed_up')) replies.push(...say(textsFor(turn.locale).speedUp).replies);
    if (offer) replies.push(...offer.replies);
    if (action.invalidTrackingNumbers.length) replies.push(...say(textsFor(turn.locale).invalidTrackingNumber(action.invalidTrackingNumbers)).replies);
    return { replies, ...(one ? { state: { lastParcel: one, ...offer?.state } } : {}) };
  },
  async invalid_tracking_number(action: ActionOf<'invalid_tracking_number'>, { turn }: Pick<RunnerContext, 'turn'>) {
    return say(textsFor(turn.locale).invalidTrackingNumber(action.numbers));
  },
  async ask_tracking_number(_action: ActionOf<'ask_tracking_number'>, { turn }: Pick<RunnerContext, 'turn'>) {
    return say(textsFor(turn.locale).askTrackingNumber);
  },
} satisfies RunnerFamily;
