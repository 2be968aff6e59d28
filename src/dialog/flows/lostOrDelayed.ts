import { formatLocalDate, formatNumber, saysAny, sentenceGap, wordsInEveryLanguage } from '../../locale/index.ts';
import type { Reply } from '../../activity.ts';
import type { Speaker } from '../../accounts/speaker.ts';
import type { ConversationRecord, ShipmentEventRecord, ShipmentRecord, TicketPriority, TicketRecord } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';
import { SILENT_AFTER_DAYS } from '../../shipments/parcelSilence.ts';
import { exceptionOf } from '../../shipments/exceptionKinds.ts';
import { formatDeliveryTime, formatScanTime } from '../format.ts';
import { alreadyOpenText, openParcelTicket, openTicketOn } from './shared/parcelTicket.ts';
import type { ParcelFlow, ParcelFlowResult } from './types.ts';
import { runDamagedPackage } from './damagedPackage/damagedPackageFlow.ts';
import { textsFor } from '../texts/index.ts';
import { placeName } from '../trackingReply.ts';

/** An explicit request to investigate, in every language (src/locale/<lang>/words.ts). */
const TRACE_REQUESTS = wordsInEveryLanguage((w) => w.traceRequests);

/** When a parcel counts as lost or late, and which parcels get the claim path. */
export interface LostOrDelayedOptions {
  /** No scan for this many days on a parcel not yet delivered: it has gone silent. */
  readonly silentDays: number;
  /** Declared value (USD) from which a parcel is treated as insured/high value: claim path, higher priority. */
  readonly highValueUsd: number;
  /** Scanned only at one hub, away from its destination, for this many days when its ETA has come: it is stuck there, not on time. */
  readonly stuckAtHubDays: number;
}

export const LOST_OR_DELAYED_DEFAULTS: LostOrDelayedOptions = Object.freeze({ silentDays: SILENT_AFTER_DAYS, highValueUsd: 1000, stuckAtHubDays: 3 });

const DAY_MS = 86_400_000;

/** What the timeline says about a parcel the customer thinks is lost or late. */
export type Assessment =
  | { kind: 'on_time'; eta: string | null }
  | { kind: 'late'; daysLate: number }
  | { kind: 'silent'; silentDays: number }
  /** Its ETA has come (or comes within a day) and its scans for days are all at one hub away from the destination. */
  | { kind: 'stuck'; city: string; country: string; days: number }
  | { kind: 'exception'; description: string }
  | { kind: 'delivered'; at: string };

/** Reads the timeline: pure, so the rules are tested on their own. */
export function assessParcel(
  shipment: ShipmentRecord,
  events: ShipmentEventRecord[],
  now: Date,
  options: LostOrDelayedOptions = LOST_OR_DELAYED_DEFAULTS,
): Assessment {
  if (shipment.status === 'delivered' && shipment.deliveredAt) return { kind: 'delivered', at: shipment.deliveredAt };
  const last = events.at(-1);
  if (shipment.status === 'exception' && last) return { kind: 'exception', description: last.description };
  const silentMs = now.getTime() - Date.parse(shipment.lastEventAt);
  if (silentMs >= options.silentDays * DAY_MS) return { kind: 'silent', silentDays: Math.floor(silentMs / DAY_MS) };
  const stuck = stuckAtHub(shipment, events, now, options);
  if (stuck) return stuck;
  if (shipment.estimatedDelivery && Date.parse(shipment.estimatedDelivery) < now.getTime()) {
    return { kind: 'late', daysLate: Math.max(1, Math.floor((now.getTime() - Date.parse(shipment.estimatedDelivery)) / DAY_MS)) };
  }
  return { kind: 'on_time', eta: shipment.estimatedDelivery };
}

/**
 * "supposed to arrive today and it's been sitting in anchorage since friday": a parcel whose ETA has come (or comes within a
 * day) while every scan of the last days is at one hub away from its destination cannot be on time (found by an outside
 * tester, round 8 P4: four days of Anchorage scans at its Tokyo ETA were "on time, no need to worry").
 */
function stuckAtHub(shipment: ShipmentRecord, events: readonly ShipmentEventRecord[], now: Date, options: LostOrDelayedOptions): Assessment | null {
  if (!shipment.estimatedDelivery || Date.parse(shipment.estimatedDelivery) > now.getTime() + DAY_MS) return null;
  const last = events.at(-1);
  if (!last || (last.city === shipment.destination.city && last.country === shipment.destination.country)) return null;
  let first = last;
  for (let i = events.length - 2; i >= 0 && events[i]!.city === last.city && events[i]!.country === last.country; i--) first = events[i]!;
  const days = Math.floor((now.getTime() - Date.parse(first.at)) / DAY_MS);
  return days >= options.stuckAtHubDays ? { kind: 'stuck', city: last.city, country: last.country, days } : null;
}

export interface LostOrDelayedContext {
  store: Store;
  conversation: ConversationRecord;
  speaker: Speaker | null;
  locale: string;
  timeZone: string;
  now: Date;
  options?: LostOrDelayedOptions;
  /** The customer's message: added to the parcel's trace ticket when one is already open. */
  text?: string;
}

/**
 * The lost-or-delayed flow on one parcel of the speaker's account: a parcel on time gets its ETA; a
 * late, silent, failed or "delivered but not received" one gets an exception ticket carrying what the
 * carrier's network needs (tracking number, both parties' contacts, dates), its number and the next
 * steps; insured or high-value parcels also get the claim path and its payout timeline.
 */
export async function runLostOrDelayed(
  ctx: LostOrDelayedContext,
  shipment: ShipmentRecord,
  /** The customer already said yes to tracing a parcel marked delivered. */
  confirmed = false,
): Promise<ParcelFlowResult> {
  const t = textsFor(ctx.locale).lostOrDelayed;
  const options = ctx.options ?? LOST_OR_DELAYED_DEFAULTS;
  const events = await ctx.store.shipments.events(shipment.trackingNumber);
  const assessment = assessParcel(shipment, events, ctx.now, options);
  // Every time this flow states is a delivery time (an ETA, a delivery): on the destination's clock.
  const when = (iso: string) => formatDeliveryTime(iso, shipment.destination, ctx.locale, ctx.timeZone);
  if (assessment.kind === 'on_time') {
    // Only a label so far: not "on its way and on time" (outside tester round 9, Z10: "它怎么还没揽收？" was told it was in transit).
    const label = shipment.status === 'label_created' ? events.find((e) => e.status === 'label_created') : undefined;
    if (label) return { replies: [{ type: 'message', text: t.notHandedOver(shipment.trackingNumber, formatScanTime(label, ctx.locale, ctx.timeZone), assessment.eta ? when(assessment.eta) : null) }] };
    return { replies: [{ type: 'message', text: assessment.eta ? t.onTime(shipment.trackingNumber, when(assessment.eta)) : t.onTimeNoEta(shipment.trackingNumber) }] };
  }
  // "abran una investigación por favor", "open a trace on it": asked in so many words, the trace is opened, not offered again
  // (outside tester round 8, P24: the question was asked back).
  const asked = ctx.text !== undefined && saysAny(ctx.text, TRACE_REQUESTS);
  if (assessment.kind === 'delivered' && !confirmed && !asked && !(await openTicketOn(ctx.store, shipment, 'lost_delayed'))) {
    // "Has it arrived?" is not a loss report: say when it was delivered and ask before opening a trace
    // (unless one is open already: then that one is named).
    return {
      replies: [{ type: 'message', text: t.deliveredAsk(shipment.trackingNumber, when(assessment.at)), choices: t.traceChoices }],
      awaitConfirmation: true,
    };
  }
  const account = await ctx.store.accounts.get(shipment.accountNumber);
  const highValue = shipment.declaredValue.currency === 'USD' && shipment.declaredValue.amount >= options.highValueUsd;
  const priority: TicketPriority = account?.tier === 'enterprise_vip' || highValue ? 'high' : 'normal';
  const { ticket, existing, added } = await openParcelTicket(ctx, shipment, 'lost_delayed', () => ({
    priority,
    subject: `${assessment.kind === 'delivered' ? 'Delivered but not received' : 'Lost or delayed'}: ${shipment.trackingNumber}`,
    details: {
      assessment,
      shipDate: shipment.shipDate,
      estimatedDelivery: shipment.estimatedDelivery,
      lastEventAt: shipment.lastEventAt,
      lastEvent: events.at(-1) ?? null,
      origin: shipment.origin,
      destination: shipment.destination,
      sender: shipment.sender,
      recipient: shipment.recipient,
      declaredValue: shipment.declaredValue,
      reportedBy: ctx.speaker ? { userId: ctx.speaker.user.id, email: ctx.speaker.user.email, phone: ctx.speaker.user.phone } : null,
    },
  }));
  const route = `${placeName(shipment.origin.city, shipment.origin.country, ctx.locale)} → ${placeName(shipment.destination.city, shipment.destination.country, ctx.locale)}`;
  const reason =
    assessment.kind === 'late'
      ? t.reasonLate(assessment.daysLate)
      : assessment.kind === 'stuck'
        ? t.reasonStuck(placeName(assessment.city, assessment.country, ctx.locale), assessment.days)
      : assessment.kind === 'silent'
        ? t.reasonSilent(assessment.silentDays)
        : assessment.kind === 'exception'
          ? t.reasonException
          : t.reasonDelivered(when(assessment.at));
  const replies: Reply[] = [
    {
      type: 'message',
      text: existing
        ? traceAlreadyOpen(ticket, shipment.trackingNumber, added, ctx.locale, ctx.timeZone)
        : t.ticketOpened(shipment.trackingNumber, reason, ticket.number),
      card: {
        title: t.cardTitle(ticket.number),
        facts: [
          { label: t.labels.parcel, value: shipment.trackingNumber },
          { label: t.labels.route, value: route },
          { label: t.labels.shipped, value: formatLocalDate(shipment.shipDate, ctx.locale) },
          { label: t.labels.sender, value: shipment.sender.name },
          { label: t.labels.recipient, value: shipment.recipient.name },
        ],
      },
    },
  ];
  if (highValue) replies.push({ type: 'message', text: t.claimPath(formatNumber(shipment.declaredValue.amount, ctx.locale)) });
  return { replies };
}

/** "Your trace ticket CA-000001 for 1Z… is already open, opened on …; I've added your message to it. Our network team …" */
export function traceAlreadyOpen(ticket: TicketRecord, trackingNumber: string, added: boolean, locale: string, timeZone: string): string {
  return `${alreadyOpenText(ticket, trackingNumber, added, locale, timeZone)}${sentenceGap(locale)}${textsFor(locale).lostOrDelayed.stillTracing}`;
}

/** `lost_or_delayed` as a parcel flow. */
export const lostOrDelayedFlow: ParcelFlow = {
  intent: 'lost_or_delayed',
  // "never arrived", "stuck" say what the customer fears, not which parcel they mean.
  worryHints: ['not_delivered', 'stuck', 'late'],
  reportHints: ['not_delivered', 'stuck', 'late'],
  run: async (ctx, shipment) => {
    // "寄去柏林的包裹是不是丢了？要赔偿" about a parcel reported damaged on the way: not lost, its damage claim (outside tester, J15).
    const last = shipment.status === 'exception' ? (await ctx.store.shipments.events(shipment.trackingNumber)).at(-1) : undefined;
    if (last && exceptionOf(last) === 'damaged') {
      const claim = await runDamagedPackage(ctx, shipment);
      return { ...claim, replies: [{ type: 'message', text: textsFor(ctx.locale).lostOrDelayed.damagedNotLost(shipment.trackingNumber) }, ...claim.replies] };
    }
    return runLostOrDelayed(ctx, shipment, ctx.confirmed);
  },
};
