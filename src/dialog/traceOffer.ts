/**
 * A status answer about a parcel that has gone silent past its ETA (src/shipments/parcelSilence.ts)
 * does not stop at the status line: the trace is offered (a yes opens it through the lost-or-delayed
 * flow), or, when a trace ticket is already open on the parcel, that ticket is named.
 */
import type { Reply } from '../activity.ts';
import type { Speaker } from '../accounts/speaker.ts';
import { silencePastEta } from '../shipments/parcelSilence.ts';
import type { Store } from '../store/store.ts';
import { openTicketOn } from './flows/shared/parcelTicket.ts';
import { traceAlreadyOpen } from './flows/lostOrDelayed.ts';
import type { DialogState } from './state.ts';
import { textsFor } from './texts/index.ts';

export interface TraceOffer {
  replies: Reply[];
  /** Set when the trace was offered: a yes runs the lost-or-delayed flow (the flow kept for the parcel). */
  state?: Partial<DialogState>;
}

/** What follows the status of one parcel of the speaker's account, or null when it needs nothing more. */
export async function traceOffer(
  ctx: { store: Store; speaker: Speaker | null; now: Date; locale: string; timeZone: string },
  trackingNumber: string,
): Promise<TraceOffer | null> {
  const shipment = await ctx.store.shipments.byTrackingNumber(trackingNumber);
  if (!shipment || !ctx.speaker?.memberships.some((m) => m.accountNumber === shipment.accountNumber)) return null;
  const silence = silencePastEta(shipment, ctx.now);
  if (!silence) return null;
  const t = textsFor(ctx.locale).lostOrDelayed;
  const open = await openTicketOn(ctx.store, shipment, 'lost_delayed');
  if (open) {
    return { replies: [{ type: 'message', text: traceAlreadyOpen(open, trackingNumber, false, ctx.locale, ctx.timeZone) }] };
  }
  return {
    replies: [{ type: 'message', text: t.traceOffer(trackingNumber, silence.silentDays, silence.daysLate), choices: t.traceChoices }],
    // The task stays the status: "and the one to Paris?" goes on with the search, it reports nothing lost.
    state: { awaiting: 'confirm', confirming: trackingNumber, flow: { intent: 'lost_or_delayed', data: {} } },
  };
}
