import type { Attachment, Reply } from '../../activity.ts';
import type { Speaker } from '../../accounts/speaker.ts';
import type { Clock } from '../../clock.ts';
import type { IntentName, Parse } from '../../nlu/types.ts';
import type { AccountRole, ConversationRecord, ShipmentRecord } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';
import type { DeadlineClock } from '../../escalation/serviceLevels.ts';
import type { ParcelFocus } from '../../shipments/resolveShipments.ts';

/** Everything a flow may use for one message. */
export interface FlowContext {
  text: string;
  /** Files on the customer's message (channels store received media and point at it: `media:<id>`). */
  attachments: readonly Attachment[];
  parse: Parse;
  /** The linked carrier user, or null (only intents with a general answer, or needing no account, run for anonymous customers). */
  speaker: Speaker | null;
  /** The account the conversation is about; null only when the catalogue lets the intent answer in general. */
  accountNumber: string | null;
  /** The speaker's roles on that account, checked where an action runs. */
  roles: readonly AccountRole[];
  conversation: ConversationRecord;
  store: Store;
  clock: Clock;
  locale: string;
  timeZone: string;
  now: Date;
  /** What the flow kept from its previous turn when it asked a question, else null. */
  flowState: Record<string, unknown> | null;
  /** What this flow last showed in the conversation (state.flowShown), else null: "the second one" picks among `items`. */
  shown?: FlowShown | null;
  /**
   * The parcels the figure is asked of, found by an earlier part of the message ("how many went to Paris last
   * week and what was their co2"): exactly these, none when it found none. Absent: the flow reads the message.
   */
  pointedParcels?: readonly string[];
  /** The period and lane the figures are compared with ("how does that compare with october", "¿cuál fue peor?"); absent: no comparison. */
  comparedWith?: { dateRange: { from: string; to: string } | null; origin: Parse['origin']; destination: Parse['destination'] };
}

/** Items an account flow showed (invoice numbers, in the order shown), the one it last acted on and how. */
export interface FlowShown {
  items: string[];
  focus: string | null;
  action: string | null;
  /** The action the flow just refused for a missing role: "who can do that for me?" asks who holds it. */
  refused?: string | null;
}

export interface FlowResult {
  replies: Reply[];
  /** Set when the flow asked something: the next message comes back to it with this state. */
  continueWith?: Record<string, unknown>;
  /** The period and lane a flow answering for described parcels counted (a follow-up goes on with them). */
  answeredFor?: { dateRange: { from: string; to: string } | null; origin: Parse['origin']; destination: Parse['destination'] };
  /** The answer ended by offering an anonymous customer to link the chat: the next message may be the e-mail. */
  offersLink?: boolean;
  /** What the answer showed, kept for references in the next turns ("the second one"); absent: what was shown before stays. */
  shown?: FlowShown;
}

/** A support flow on the account level (billing, users, VIP, carbon …), one module each. */
export interface AccountFlow {
  /** What it needs (a linked account, roles, slots) is the intent catalogue's: intents/*.ts `needs`, read by src/dialog/intentGate.ts. */
  readonly intent: IntentName;
  /**
   * The flow answers for the parcels a message names by tracking number (its own figure for each, the
   * account's parcels only), instead of their status: "what's the carbon footprint of 1Z…?".
   */
  readonly answersTrackingNumbers?: boolean;
  /** The flow compares its figures of two periods or lanes (`FlowContext.comparedWith`): "how does that compare with october". */
  readonly comparesFigures?: boolean;
  /** The message asks the flow to act on the parcels it names by number ("dispute the charges for 1Z…"), not for their status. */
  actsOnTrackingNumbers?(text: string): boolean;
  run(ctx: FlowContext): Promise<FlowResult>;
  /**
   * Whether a message points at one of the items the flow showed (`shown`): "dispute the second one",
   * "la vencida", "no, the first one". Such a message goes to the flow, not to the parcels shown before.
   */
  refersToShown?(text: string, parse: Parse, shown: FlowShown): boolean;
  /**
   * Whether a message can answer the question the flow asked (`state`: what it kept): a message that
   * cannot and reads as another request leaves the question for that request. Absent: any message may.
   */
  answers?(text: string, state: Record<string, unknown>): boolean;
  /**
   * Whether a message the classifier could not place goes on with the flow right after its answer ("hazlo tú por
   * mí, se llama Pablo, pablo@…", "who can do it then?" after a refusal): the flow reads it. Absent: none does.
   */
  goesOn?(text: string, parse: Parse): boolean;
  /**
   * Whether the message asks a question only this flow answers, whatever the classifier guessed or a parcel in focus
   * ("how much have we paid this year?"): the flow's, not a reference to the parcel. Absent: none is.
   */
  ownsQuestion?(text: string): boolean;
}

/** Everything a parcel flow may use: the parcel is already found and is the speaker's own. */
export interface ParcelFlowContext {
  store: Store;
  conversation: ConversationRecord;
  speaker: Speaker | null;
  /** The speaker's roles on the parcel's account. */
  roles: readonly AccountRole[];
  text: string;
  /** Files on the customer's message (channels store received media and point at it: `media:<id>`). */
  attachments: readonly Attachment[];
  locale: string;
  timeZone: string;
  now: Date;
  /** The customer said yes to the flow's last yes/no question about this parcel. */
  confirmed: boolean;
  /**
   * Multi-step parcel flows (optional; the dialog passes it once wired): what the flow kept in
   * `ParcelFlowResult.continueWith` on its previous turn about this parcel, else null or absent.
   */
  flowState?: Record<string, unknown> | null;
  /** The message's parse (a reschedule's date …), when the dialog passes it; flows must work without it. */
  parse?: Parse;
  /** The handoff desk's deadlines (its business hours): every time a ticket text promises comes from here. */
  deadlines: DeadlineClock;
}

export interface ParcelFlowResult {
  replies: Reply[];
  /** 'confirm': the flow asked a yes/no question about the parcel; the answer comes back with confirmed. */
  awaitConfirmation?: boolean;
  /**
   * Multi-step parcel flows (optional): the flow asked something (a choice, a value, or with
   * awaitConfirmation a yes/no) and the next message about this parcel should come back to it with
   * this as `flowState` (and `parse`). Until the dialog keeps it, a flow must still answer sensibly
   * when the next message arrives without it.
   */
  continueWith?: Record<string, unknown>;
}

/** A support flow on one parcel (lost or delayed, damage, customs, delivery change): found first, then acted on. */
export interface ParcelFlow {
  readonly intent: IntentName;
  /** Status words that express the customer's worry ("never arrived") and must not narrow the search. */
  readonly worryHints?: readonly string[];
  /** The parcels this flow is usually about, preferred among those a description fits (customs: the ones held). */
  readonly focus?: ParcelFocus;
  /** Status words that on their own report this flow's trouble ("it never arrived"): said about a parcel, no status question. */
  readonly reportHints?: readonly string[];
  /** Status words in the request ("tell me when it arrives") are what the flow is asked about, never a status question. */
  readonly statusWordsAreTheRequest?: boolean;
  /**
   * The new value a message gives the flow (a new address), or null: its places say where the parcel is
   * to go, not which parcel ("change its address to 200 Broadway, New York" is about the parcel in focus).
   */
  newValueIn?(text: string): string | null;
  /**
   * Optional: the message asks for this flow in its own words ("se puede dejar en recepcion?", "hold it at an access
   * point", a day asked for its delivery): beside a pick of the parcel, that is the task, however unsure the classifier was.
   */
  namesRequest?(text: string, parse: Parse): boolean;
  /** Optional: what to say when a description fits several parcels and none is in `focus` ("none of the 18 can still be changed: all delivered"). */
  noneInFocus?(locale: string, count: number): string;
  /** The answer anyone gets before the parcel is known (the catalogue's `needs.generalAnswer`), in the locale. */
  generalAnswer?(locale: string): string;
  run(ctx: ParcelFlowContext, shipment: ShipmentRecord): Promise<ParcelFlowResult>;
  /**
   * Optional: a message that opens with a yes or no to the flow's question but changes what is asked for
   * ("算了，不改了，放前台就行" to an address change): the flow reads it, not as a bare no. `state` is what it kept.
   */
  changesMind?(text: string, state: Record<string, unknown>, locale: string): boolean;
  /**
   * Optional: whether a message can answer the question the flow left pending (a choice, a value); `state` is what
   * it kept. One that cannot and asks something else is answered as it would be fresh, and the flow offered back.
   * Absent: any message not surely about something else is taken as the answer.
   */
  answersStep?(text: string, parse: Parse, state: Record<string, unknown>, locale: string): boolean;
  /**
   * Optional: the flow carried out on every parcel a description fits, when that is what the customer
   * means ("notify me about my LA parcels", "那几个"): no "which one?" is asked. Absent: one is picked.
   */
  runOnEvery?(ctx: ParcelFlowContext, shipments: readonly ShipmentRecord[]): Promise<ParcelFlowResult>;
}
