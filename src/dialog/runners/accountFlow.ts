import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../flows/registry.ts';
import type { Parse } from '../../nlu/types.ts';
import { resolveShipments } from '../../shipments/resolveShipments.ts';
import type { Store } from '../../store/store.ts';
import { toShipmentQuery } from '../resolveRunner.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import { declaredSlots } from '../intentGate.ts';
import { textsFor } from '../texts/index.ts';
import { say } from './say.ts';
import type { DialogState, QueryContext } from '../state.ts';
import type { FlowResult } from '../flows/types.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

type FlowNeeds = Pick<RunnerContext, 'turn' | 'before' | 'parse' | 'store' | 'clock'>;

/**
 * The message's parse with the parcels it pointed at: their numbers, or the search under way's places
 * and dates. A search without dates spans the ship dates of the parcels it found, so the flow counts
 * the parcels the customer was told fit ("7 parcels fit that"), not its own default period.
 */
async function pointedAt(action: ActionOf<'flow'>, parse: Parse, store: Store, now: Date, text: string): Promise<Parse> {
  if (action.parcels) return { ...parse, trackingNumbers: action.parcels };
  if (action.frame) return describedParcels(action, { ...parse, origin: action.frame.origin, destination: action.frame.destination, dateRange: action.frame.dateRange }, store, text);
  const search = action.search;
  if (!search) return describedParcels(action, parse, store, text);
  if (!action.accountNumber) return parse;
  if (action.within?.length) {
    const picked = (await resolveShipments(store.shipments, action.accountNumber, { ...toShipmentQuery(search), now })).matches.map((m) => m.shipment.trackingNumber).filter((n) => action.within!.includes(n));
    if (picked.length) return { ...parse, trackingNumbers: picked };
  }
  let dateRange = search.dateRange;
  if (!dateRange) {
    const dates = (await resolveShipments(store.shipments, action.accountNumber, { ...toShipmentQuery(search), now })).matches.map((m) => m.shipment.shipDate).sort();
    if (dates.length) dateRange = { from: dates[0]!, to: dates[dates.length - 1]! };
  }
  return { ...parse, origin: search.origin, destination: search.destination, dateRange };
}

/** A flow answers for a few parcels at most one by one; more are counted by their lanes and period. */
const PARCELS_ANSWERED_ONE_BY_ONE = 5;

/**
 * "carbon footprint of the london shipment that's still moving": a status describes particular parcels,
 * which a flow that answers for parcels (carbon) is given by their numbers when they are few; the
 * lanes it sums otherwise know no status (found by an outside tester: a delivered parcel was counted).
 */
async function describedParcels(action: ActionOf<'flow'>, parse: Parse, store: Store, text: string): Promise<Parse> {
  const frame = frameOfMessage(parse);
  // "we were overcharged for the singapore parcel sent today, i want to dispute it": a flow acting on a parcel (a dispute of
  // its charge) is given the one parcel described, whose date is its ship date, not an invoice's (outside tester round 7 N21).
  const acting = ACCOUNT_FLOWS[action.intent]?.actsOnTrackingNumbers?.(text) === true;
  if (acting && frame && (frame.origin || frame.destination) && action.accountNumber && !parse.trackingNumbers.length) {
    const matches = (await resolveShipments(store.shipments, action.accountNumber, toShipmentQuery(frame))).matches;
    if (matches.length === 1) return { ...parse, trackingNumbers: [matches[0]!.shipment.trackingNumber], dateRange: null };
  }
  if (!frame?.statusHints.length || !action.accountNumber || !ACCOUNT_FLOWS[action.intent]?.answersTrackingNumbers || parse.trackingNumbers.length) return parse;
  const matches = (await resolveShipments(store.shipments, action.accountNumber!, toShipmentQuery(frame))).matches;
  const few = matches.length > 0 && matches.length <= PARCELS_ANSWERED_ONE_BY_ONE;
  return few ? { ...parse, trackingNumbers: matches.map((m) => m.shipment.trackingNumber) } : parse;
}

/**
 * What the flow answered for before this turn, kept beside the new frame so that "which route is worse?", "¿cuál fue
 * peor?" can compare the two: the frame compared with, else the flow's last frame when it differs from this one.
 */
function earlierFrame(action: ActionOf<'flow'>, before: DialogState, now: NonNullable<FlowResult['answeredFor']>): QueryContext | null {
  if (action.comparedWith) return action.comparedWith;
  const last = before.flowFrame?.intent === action.intent ? before.flowFrame.frame : null;
  const key = (f: Pick<QueryContext, 'dateRange' | 'origin' | 'destination'>) => JSON.stringify([f.dateRange, f.origin, f.destination]);
  return last && key(last) !== key(now) ? last : null;
}

/** An account-level flow (billing, users, VIP, carbon …), and a parcel question's general answer for an anonymous customer. */
export const accountFlowRunners = {
  async flow(action: ActionOf<'flow'>, { turn, before, parse, store, clock }: FlowNeeds) {
    const t = textsFor(turn.locale);
    const flow = ACCOUNT_FLOWS[action.intent];
    if (!flow) return say(t.notAvailableYet, t.helpChoices);
    const kept = before.flow;
    const pointed = await pointedAt(action, parse, store, turn.now, turn.activity.text ?? '');
    const result = await flow.run({
      text: turn.activity.text ?? '',
      attachments: turn.activity.attachments ?? [],
      parse: declaredSlots(action.intent, pointed),
      speaker: turn.speaker,
      accountNumber: action.accountNumber,
      roles: turn.speaker?.memberships.find((m) => m.accountNumber === action.accountNumber)?.roles ?? [],
      conversation: turn.conversation,
      store,
      clock,
      locale: turn.locale,
      timeZone: turn.timeZone,
      now: turn.now,
      flowState: kept?.intent === action.intent ? kept.data : null,
      shown: before.flowShown?.intent === action.intent ? before.flowShown : null,
      ...(action.parcels ? { pointedParcels: action.parcels } : {}),
      ...(action.comparedWith ? { comparedWith: action.comparedWith } : {}),
    });
    const flowFrame = result.answeredFor ? { intent: action.intent, frame: { ...result.answeredFor, statusHints: [], sources: {} }, earlier: earlierFrame(action, before, result.answeredFor) } : null;
    // The one parcel a flow answered for is the one in focus: "and when will it arrive?" is about it.
    const focus = flow.answersTrackingNumbers && pointed.trackingNumbers.length === 1 ? { lastParcel: pointed.trackingNumbers[0]! } : {};
    // What the answer showed (the invoices listed) is what "the second one" points at next.
    const shown = result.shown ? { flowShown: { intent: action.intent, ...result.shown } } : {};
    return {
      replies: result.replies,
      state: result.continueWith
        ? { awaiting: 'flow' as const, flow: { intent: action.intent, data: result.continueWith }, flowFrame, ...focus, ...shown }
        : { awaiting: result.offersLink && !turn.speaker ? ('email' as const) : null, flow: null, flowFrame, ...focus, ...shown },
    };
  },
  async general_answer(action: ActionOf<'general_answer'>, { turn }: Pick<RunnerContext, 'turn'>) {
    const t = textsFor(turn.locale);
    const general = PARCEL_FLOWS[action.intent]?.generalAnswer?.(turn.locale);
    return { replies: [...(general ? say(general).replies : []), ...say(t.needLink).replies] };
  },
} satisfies RunnerFamily;
