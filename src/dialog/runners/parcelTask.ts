import type { Reply } from '../../activity.ts';
import { formatNumber } from '../../locale/index.ts';
import type { IntentName } from '../../nlu/types.ts';
import { lookupTrackingNumber } from '../../shipments/trackingLookup.ts';
import type { ShipmentRecord } from '../../store/records.ts';
import type { ShipmentRepository } from '../../store/store.ts';
import { CLAIM_TASK, COMPLAINT_TASK, type ParcelTask } from '../decision.ts';
import { exceptionOf } from '../../shipments/exceptionKinds.ts';
import type { Store } from '../../store/store.ts';
import { openTicketOn } from '../flows/shared/parcelTicket.ts';
import { PARCEL_FLOWS } from '../flows/registry.ts';
import type { ParcelFlowContext } from '../flows/types.ts';
import { declaredSlots } from '../intentGate.ts';
import { showParcel, type RunResult } from '../resolveRunner.ts';
import { textsFor } from '../texts/index.ts';
import { traceOffer } from '../traceOffer.ts';
import { trackingReply } from '../trackingReply.ts';
import type { TurnInput } from '../types.ts';
import { handOver, type HandOverNeeds } from './handOver.ts';
import { say } from './say.ts';
import type { ActionOf, RunnerContext, RunnerFamily } from './types.ts';

/** What showing a parcel needs from the turn: whose parcels, in which language, zone and moment. */
export interface ParcelView {
  shipments: ShipmentRepository;
  speaker: TurnInput['speaker'];
  locale: string;
  timeZone: string;
  now: Date;
}

export function parcelViewOf(turn: TurnInput, shipments: ShipmentRepository): ParcelView {
  return { shipments, speaker: turn.speaker, locale: turn.locale, timeZone: turn.timeZone, now: turn.now };
}

/** What acting on one parcel needs: handing over (a complaint about it) and the task's parcel flow. */
export type ParcelTaskNeeds = HandOverNeeds & Pick<RunnerContext, 'task'>;

/** Acts on one parcel of the speaker's account: its status, or the flow the customer started. */
export async function actOnParcel(ctx: HandOverNeeds, asked: ParcelTask, trackingNumber: string, confirmed: boolean, carried?: Record<string, unknown>): Promise<RunResult> {
  const { turn, before, parse, store } = ctx;
  const task = asked === CLAIM_TASK ? await claimTaskOf(store, trackingNumber) : asked;
  const view = parcelViewOf(turn, store.shipments);
  if (task === COMPLAINT_TASK) return complaintAbout(ctx, trackingNumber);
  if (task === 'status' && parse.asks?.includes('declared_value')) {
    const value = await declaredValueOf(ctx, trackingNumber);
    if (value) return value;
  }
  const flow = PARCEL_FLOWS[task as IntentName];
  // What the flow kept last turn, when this message answers its question about this parcel, or what a correction carried to it.
  const kept = carried ? { intent: task, data: carried } : before.confirming === trackingNumber ? before.flow : null;
  const shipment = flow ? await store.shipments.byTrackingNumber(trackingNumber) : null;
  const membership = shipment ? turn.speaker?.memberships.find((m) => m.accountNumber === shipment.accountNumber) : undefined;
  if (!flow || !shipment || !membership) {
    // A parcel silent past its ETA gets the trace offered after its status (or its open trace named).
    const offer = task === 'status' ? await traceOffer({ ...view, store }, trackingNumber) : null;
    // "新加坡那个到哪了…能不能加急": after where it is and its ETA, what can be done about its speed.
    const hurry = task === 'status' && parse.asks?.includes('speed_up') ? say(textsFor(turn.locale).speedUp).replies : [];
    // "who signed for it?", "谁签收的", "¿quién lo firmó?": the label's recipient, and that no signer is on record (outside tester round 8, P19).
    const signed = task === 'status' && parse.asks?.includes('signed_by') ? await signedByText(ctx, trackingNumber) : [];
    if (signed.length) return { replies: [await showParcel(view, trackingNumber), ...signed] };
    return { replies: [await showParcel(view, trackingNumber), ...hurry, ...(offer?.replies ?? [])], ...(offer?.state ? { state: offer.state } : {}) };
  }
  const result = await flow.run(flowContext(ctx, task, membership.roles, confirmed, kept && kept.intent === task ? kept.data : null), shipment);
  const flowState = result.continueWith ? { intent: task, data: result.continueWith } : null;
  if (result.awaitConfirmation) return { replies: result.replies, state: { awaiting: 'confirm', confirming: trackingNumber, flow: flowState } };
  if (flowState) return { replies: result.replies, state: { awaiting: 'parcel_flow', confirming: trackingNumber, flow: flowState } };
  return { replies: result.replies, state: { awaiting: null, confirming: null, flow: null, task: 'status' } };
}

/**
 * Which claim a claim question about a parcel is ("what should i do next?", "我要索赔"): the one already open on it
 * (a damage claim, a trace), else what its data says: damage reported or its customs hold (that flow's next step),
 * else the trace of a parcel lost or late (which says so when it is on time, or asks before tracing a delivered one).
 */
async function claimTaskOf(store: Store, trackingNumber: string): Promise<ParcelTask> {
  const shipment = await store.shipments.byTrackingNumber(trackingNumber);
  if (!shipment) return 'status';
  if (await openTicketOn(store, shipment, 'damage')) return 'damaged_package';
  if (await openTicketOn(store, shipment, 'lost_delayed')) return 'lost_or_delayed';
  const last = shipment.status === 'exception' ? (await store.shipments.events(trackingNumber)).at(-1) : undefined;
  const kind = last ? exceptionOf(last) : null;
  if (kind === 'damaged') return 'damaged_package';
  if (kind === 'customs_hold' || shipment.customsState === 'held') return 'customs_help';
  return 'lost_or_delayed';
}

/**
 * "它的申报价值是多少", "what's the declared value of it?": the value declared for one of the speaker's
 * own parcels, from the data; null for anyone else's parcel (its public view is all they get).
 */
async function declaredValueOf(ctx: HandOverNeeds, trackingNumber: string): Promise<RunResult | null> {
  const { turn, store } = ctx;
  const shipment = await store.shipments.byTrackingNumber(trackingNumber);
  if (!shipment || !turn.speaker?.memberships.some((m) => m.accountNumber === shipment.accountNumber)) return null;
  const { amount, currency } = shipment.declaredValue;
  // Cents as money shows them: 19,438.40 USD, not 19,438.4.
  const value = `${formatNumber(amount, turn.locale, Number.isInteger(amount) ? {} : { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  return { replies: say(textsFor(turn.locale).declaredValue(trackingNumber, value)).replies, state: { lastParcel: trackingNumber } };
}

/** What a parcel flow is given about the turn: the speaker's roles on the parcel's account, what the flow kept. */
function flowContext(ctx: HandOverNeeds, task: ParcelTask, roles: ParcelFlowContext['roles'], confirmed: boolean, flowState: ParcelFlowContext['flowState']): ParcelFlowContext {
  const { turn, parse, store } = ctx;
  return {
    store,
    conversation: turn.conversation,
    speaker: turn.speaker,
    roles,
    text: turn.activity.text ?? '',
    attachments: turn.activity.attachments ?? [],
    locale: turn.locale,
    timeZone: turn.timeZone,
    now: turn.now,
    confirmed,
    flowState,
    parse: declaredSlots(task as IntentName, parse),
    deadlines: ctx.desk.deadlines,
  };
}

/**
 * The request's task carried out on every parcel a search found, for a flow that does so
 * (`ParcelFlow.runOnEvery`: alerts); undefined for any other task, which picks one.
 */
export function showEveryOf(ctx: ParcelTaskNeeds): ((trackingNumbers: readonly string[]) => Promise<RunResult>) | undefined {
  const flow = PARCEL_FLOWS[ctx.task as IntentName];
  if (!flow?.runOnEvery) return undefined;
  const runOnEvery = flow.runOnEvery.bind(flow);
  return async (trackingNumbers) => {
    const shipments: ShipmentRecord[] = [];
    for (const n of trackingNumbers) {
      const s = await ctx.store.shipments.byTrackingNumber(n);
      if (s) shipments.push(s);
    }
    // A search runs on one account: the speaker's roles there are those on every parcel found.
    const membership = ctx.turn.speaker?.memberships.find((m) => m.accountNumber === shipments[0]?.accountNumber);
    const result = await runOnEvery(flowContext(ctx, ctx.task, membership?.roles ?? [], false, null), shipments);
    return { replies: result.replies, state: { awaiting: null, confirming: null, flow: null, task: 'status' } };
  };
}

/** The task's answer when a description fits only parcels it cannot be done on (`ParcelFlow.noneInFocus`), if the flow has one. */
export function noneInFocusOf(ctx: ParcelTaskNeeds): ((count: number) => string) | undefined {
  const flow = PARCEL_FLOWS[ctx.task as IntentName];
  if (!flow?.noneInFocus) return undefined;
  const noneInFocus = flow.noneInFocus.bind(flow);
  return (count) => noneInFocus(ctx.turn.locale, count);
}

/** What to say about the one parcel a search found: the request's task carried out on it. */
export function showOneOf(ctx: ParcelTaskNeeds): (trackingNumber: string) => Promise<RunResult> {
  return (trackingNumber) => actOnParcel(ctx, ctx.task, trackingNumber, false);
}

/** A complaint about one parcel of the speaker's: where it stands, then people take the complaint about it. */
async function complaintAbout(ctx: HandOverNeeds, trackingNumber: string): Promise<RunResult> {
  const shown = await showParcel(parcelViewOf(ctx.turn, ctx.store.shipments), trackingNumber);
  const handed = await handOver({ ...ctx, before: { ...ctx.before, candidates: [], lastParcel: trackingNumber } }, 'complaint');
  return { replies: [shown, ...handed.replies], state: { awaiting: null, confirming: null, flow: null, task: 'status', lastParcel: trackingNumber } };
}

/** The recipient on the label of one of the speaker's parcels, and whether a signer is on record (none is). */
async function signedByText(ctx: Pick<HandOverNeeds, 'turn' | 'store'>, trackingNumber: string): Promise<Reply[]> {
  const shipment = await ctx.store.shipments.byTrackingNumber(trackingNumber);
  const own = shipment && ctx.turn.speaker?.memberships.some((m) => m.accountNumber === shipment.accountNumber);
  if (!shipment || !own) return [];
  return say(textsFor(ctx.turn.locale).signedBy(trackingNumber, shipment.recipient.name, shipment.status === 'delivered')).replies;
}

/** A flow on one parcel named by its number: the speaker's own parcel gets it; anyone else's, its public status. */
export const parcelTaskRunners = {
  async parcel_task(action: ActionOf<'parcel_task'>, ctx: HandOverNeeds) {
    const { turn } = ctx;
    const lookup = await lookupTrackingNumber(ctx.store.shipments, turn.speaker, action.trackingNumber);
    if (lookup.kind === 'account') {
      const one = await actOnParcel(ctx, action.task, action.trackingNumber, action.confirmed ?? false, action.carried);
      return { replies: one.replies, state: { lastParcel: action.trackingNumber, ...one.state } };
    }
    const t = textsFor(turn.locale);
    // A signed-in customer is told the parcel is not theirs (a colleague's, another company's) before its public view.
    const foreign = lookup.kind === 'public' && turn.speaker !== null;
    const replies: Reply[] = [...(foreign ? say(t.notOnYourAccounts(action.trackingNumber)).replies : []), trackingReply(lookup, turn.locale, turn.timeZone, turn.now, turn.speaker !== null)];
    // A flow on the parcel (a trace, a change) needs the account that sent it: its status is what a public tracking page shows.
    const needsAccount = !turn.speaker && action.task !== 'status';
    if (lookup.kind === 'public' && needsAccount) replies.push({ type: 'message', text: t.needLink });
    if (foreign && action.task !== 'status') replies.push(...say(t.onlyShipperMayAct(action.trackingNumber)).replies);
    return { replies, state: needsAccount ? { awaiting: 'email' } : { lastParcel: action.trackingNumber } };
  },
} satisfies RunnerFamily;
