import { z } from 'zod';
import { SERVICE_LEVELS, type ServiceLevel } from '../nlu/types.ts';
import { TICKET_CATEGORIES } from '../store/records.ts';

const Place = z.object({ name: z.string(), country: z.string(), isCountry: z.boolean().optional() });

/** The slots of a parcel description. */
export type SlotName = 'dateRange' | 'origin' | 'destination' | 'statusHints' | 'serviceLevels';
/** Where a slot's value came from: this message, an earlier one, or a default the assistant chose. */
export const SlotSourceSchema = z.enum(['message', 'earlier', 'default']);
export type SlotSource = z.infer<typeof SlotSourceSchema>;

/** The description of the parcels the customer is talking about, kept for follow-ups and corrections. */
export const QueryContextSchema = z.object({
  dateRange: z.object({ from: z.string(), to: z.string() }).nullable(),
  origin: Place.nullable(),
  destination: Place.nullable(),
  statusHints: z.array(z.string()),
  /** The carrier services named ("my express parcels", "solo los terrestres"); absent when none was. */
  serviceLevels: z.array(z.enum(SERVICE_LEVELS as [ServiceLevel, ...ServiceLevel[]])).optional(),
  /**
   * 'delivery': the dates are when the parcels were delivered ("anything delivered today?"), kept with them into
   * a follow-up ("and the one to tokyo?"), where they are no ship date (found by an outside tester).
   */
  datesOf: z.literal('delivery').optional(),
  /** Where each filled slot came from; a slot from an earlier message is dropped first when nothing fits. */
  sources: z
    .object({ dateRange: SlotSourceSchema, origin: SlotSourceSchema, destination: SlotSourceSchema, statusHints: SlotSourceSchema, serviceLevels: SlotSourceSchema })
    .partial()
    .default({}),
});
export type QueryContext = z.infer<typeof QueryContextSchema>;

/** What the dialog remembers between turns; stored on the conversation, parsed with zod on load. */
export const DialogStateSchema = z.object({
  /** Messages in a row the assistant could not understand. */
  misunderstandings: z.number().int().nonnegative().default(0),
  /** What the assistant asked last, so the next message is read as its answer. */
  awaiting: z
    .enum(['tracking_number', 'choice', 'account', 'slot_destination', 'slot_origin', 'slot_date', 'email', 'code', 'confirm', 'flow', 'parcel_flow', 'resume', 'handoff_contact', 'person_offer'])
    .nullable()
    .default(null),
  lastIntent: z.string().nullable().default(null),
  /**
   * What an account flow that answers for described parcels (carbon) last answered for: its intent and
   * the period and lane it counted. A follow-up ("and the ones to London?", "y los de este mes?", "哪条
   * 线路排放最多") goes on with it; any other turn forgets it.
   */
  flowFrame: z
    .object({
      intent: z.string(),
      frame: QueryContextSchema,
      /** What the same flow answered for the turn before (another period or lane): "which route is worse?", "¿cuál fue peor?" compares the two. */
      earlier: QueryContextSchema.nullable().optional(),
    })
    .nullable()
    .default(null),
  /**
   * The general customs question just answered ("what paperwork do we need for parcels to mexico?", "关税谁付"): what
   * was asked and of which destination. "and for japan?", "那寄墨西哥呢" goes on with it; any other turn forgets it.
   */
  customsAsked: z.object({ ask: z.enum(['documents', 'duties', 'duration']), destination: z.string().nullable() }).nullable().default(null),
  /** The customer asked for the parcels of all their accounts ("both accounts please"): follow-ups search them all while none is chosen. */
  allAccounts: z.boolean().default(false),
  /** The last parcel description searched for. */
  lastQuery: QueryContextSchema.nullable().default(null),
  /** The last period a message named (or a period shifted from it: "and the month before?"), whatever it was asked of. */
  lastPeriod: z.object({ from: z.string(), to: z.string() }).nullable().default(null),
  /** What to do with the parcel once it is found: show its status, or carry a flow out on it. */
  task: z.string().default('status'),
  /**
   * A flow that asked a question: an account flow (awaiting 'flow'; or waiting for an account choice),
   * or a parcel flow (awaiting 'parcel_flow' or 'confirm', about the parcel in `confirming`).
   */
  flow: z.object({ intent: z.string(), data: z.record(z.string(), z.unknown()) }).nullable().default(null),
  /** The one parcel the conversation last talked about: "is it lost?" means that one. */
  lastParcel: z.string().nullable().default(null),
  /** The parcel talked about before `lastParcel`: "go back to the earlier one", "回到刚才那个". */
  previousParcel: z.string().nullable().default(null),
  /**
   * The person offered (awaiting 'person_offer'; about the parcel in `confirming`, when there is one): the kind of
   * ticket a yes goes on with, and why it was offered.
   */
  personOffer: z.object({ category: z.enum(TICKET_CATEGORIES), detail: z.string().optional() }).nullable().default(null),
  /**
   * The parcels the customer said no to a person about (or `personDeclinedKey` of an offer about no parcel): the
   * person is not offered on them again in this conversation.
   */
  personDeclined: z.array(z.string()).default([]),
  /** The parcel a yes/no question or a parcel flow's question is about. */
  confirming: z.string().nullable().default(null),
  /** Tracking numbers offered in the last "which one?", in the order shown. */
  candidates: z.array(z.string()).default([]),
  /** The last list shown, kept after a pick so "the other one" and "the second one" still refer to it. */
  lastList: z.array(z.string()).default([]),
  /** The first list of several parcels the conversation showed: "the third one you listed at the start", "al principio". */
  firstList: z.array(z.string()).default([]),
  /** The list a parcel was last picked from: "volviendo al segundo" after other talk (and other lists) is of that list. */
  pickedList: z.array(z.string()).default([]),
  /**
   * The items an account flow last showed (the invoices the billing flow listed, in the order shown),
   * the one it last acted on (`focus`) and what it did with it (`action`): "dispute the second one",
   * "那张逾期的", "no, the first one" after a payment point at them. A parcel list shown after it forgets it.
   */
  flowShown: z
    .object({
      intent: z.string(),
      items: z.array(z.string()),
      focus: z.string().nullable().default(null),
      action: z.string().nullable().default(null),
      refused: z.string().nullable().optional(),
    })
    .nullable()
    .default(null),
  /**
   * A flow that was waiting for an answer when the customer asked something else: offered back once
   * the other question is answered ("Shall we go on with …?").
   */
  suspended: z
    .object({
      intent: z.string(),
      awaiting: z.enum(['flow', 'parcel_flow', 'confirm']),
      flow: z.object({ intent: z.string(), data: z.record(z.string(), z.unknown()) }).nullable(),
      confirming: z.string().nullable(),
      task: z.string(),
      /** What the flow last asked, said again when the customer goes back to it. */
      prompt: z.array(z.unknown()).default([]),
    })
    .nullable()
    .default(null),
  /** The flow's last question, kept so an interrupted flow can ask it again. */
  lastPrompt: z.array(z.unknown()).default([]),
  /**
   * The parts of an earlier message asked of a parcel not yet known ("…and what's the co2 of it" while
   * "when did you send it?" is open): answered once the customer's answer finds the parcel, kept while
   * the search still narrows, dropped on any other turn (src/dialog/pendingRequests.ts).
   */
  pendingRequests: z.array(z.string()).default([]),
  /** The ticket whose waiting customer was told the person taking it sees their messages (said once per ticket). */
  waitingNoted: z.string().nullable().default(null),
});

export type DialogState = z.infer<typeof DialogStateSchema>;

export const INITIAL_DIALOG_STATE: DialogState = Object.freeze(DialogStateSchema.parse({})) as DialogState;

/** Reads stored state; anything unreadable (an older shape, a bad write) starts fresh rather than failing the turn. */
export function loadDialogState(raw: unknown): DialogState {
  const parsed = DialogStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : { ...INITIAL_DIALOG_STATE };
}
