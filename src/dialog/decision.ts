import type { IntentName, Parse } from '../nlu/types.ts';
import type { ParcelFocus } from '../shipments/resolveShipments.ts';
import type { TicketCategory } from '../store/records.ts';
import { PARCEL_FLOWS } from './flows/registry.ts';
import type { CustomerContact } from './messageValues.ts';
import type { DialogState, QueryContext, SlotName } from './state.ts';

/** The parcel and the kind of ticket a person was offered about (src/dialog/runners/byPolicy.ts). */
export interface PersonOffered {
  /** The parcel the person is offered about; none for a billing question or a message not understood. */
  parcel?: string;
  category: TicketCategory;
  /** Why the person was offered, for the agent ("an exception on a parcel of an enterprise VIP account"). */
  detail?: string;
}

/** What a no to a person offered is remembered by: the parcel, or the kind of offer about no parcel. */
export function personDeclinedKey(offer: Pick<PersonOffered, 'parcel' | 'category'>): string {
  return offer.parcel ?? `no parcel: ${offer.category}`;
}

/** 'status' (show the parcel), or the intent of a parcel flow to run on it once found. */
export type ParcelTask = string;

/** Intents that are about one parcel of the customer's: they find it first, then act on it. */
export const PARCEL_TASKS: Partial<Record<IntentName, ParcelTask>> = {
  track_shipment: 'status',
  ...Object.fromEntries(Object.keys(PARCEL_FLOWS).map((intent) => [intent, intent])),
};

/** A complaint about one parcel: the parcel is found first, then people take the complaint about it. */
export const COMPLAINT_TASK: ParcelTask = 'complaint';

/** A claim question about one parcel ("what should i do next?"): its damage claim or its trace, read from its data once found. */
export const CLAIM_TASK: ParcelTask = 'claim';

/** What the assistant decides to do with a message. Runners carry actions out; the policy does no I/O. */
export type Action =
  | { kind: 'track'; trackingNumbers: string[]; invalidTrackingNumbers: string[] }
  | { kind: 'invalid_tracking_number'; numbers: string[] }
  | { kind: 'ask_tracking_number' }
  /** Find parcels on the account from a description; `fallback` is tried when the merged context finds nothing. */
  /** `across`: no account chosen, the search runs on all of the speaker's (see `AccountsSearched`). */
  /** `listAll`: the customer asked which parcels fit or how many ("what did we send to Paris?"): many are counted and listed, not narrowed by a question. */
  /** `count`: the message asks how many parcels fit; the answer says the count before the parcels. */
  /** `amongShown`: only the parcels of `within` that fit, or none of them, counted ("which of them were delivered?"). */
  | { kind: 'resolve'; accountNumber: string; query: QueryContext; fallback: QueryContext | null; within: string[]; amongShown?: boolean; changed?: SlotName[]; latest?: boolean; earliest?: boolean; focus?: ParcelFocus; across?: AccountsSearched; listAll?: boolean; count?: boolean; arrivals?: boolean; arrivalAsked?: boolean; travellingIfMany?: boolean; oneTravellingMeant?: boolean; lastArrivedMeant?: boolean }
  /**
   * "which arrives first, the Toronto one or the New York one?": the parcels each side describes (the travelling
   * ones first) and those `shown` before ("which of them arrives first?"), compared by arrival, on `accounts`.
   */
  | { kind: 'compare_arrivals'; accounts: string[]; sides: QueryContext[]; shown: string[] }
  /**
   * "did everything we sent to london arrive?", "寄伦敦的都到了吗", "¿llegó todo lo que mandamos a Berlín?": yes or no,
   * how many of the parcels described (or those `shown`) arrived, and when each of the others is expected.
   */
  | { kind: 'all_arrived'; accounts: string[]; query: QueryContext | null; shown: string[] }
  /** "is the miami box gonna make it today?": whether the parcels described (or `shown`) are expected on `day`. */
  | { kind: 'arrival_on_day'; accounts: string[]; query: QueryContext | null; shown: string[]; day: { from: string; to: string }; /** "by Thursday": on that day or before. */ by?: boolean; /** "can you speed it up": say what can be done about speed. */ hurry?: boolean }
  /** A reference that points at nothing shown ("the third one" of two): said so, the list offered again. */
  | { kind: 'reference_impossible'; why: 'out_of_range' | 'only_one' | 'nothing_shown'; position: number | null; list: string[]; focus: string | null }
  /** "ok", "👍": nothing to do; `pending` when a question of the assistant's is still open. */
  | { kind: 'acknowledge'; pending: boolean }
  /** "never mind": what was under way is dropped. */
  | { kind: 'cancel'; dropped: boolean }
  /** Back to a flow the customer interrupted: its last question is asked again. */
  | { kind: 'resume'; prompt: unknown[] }
  | { kind: 'show_candidate'; accountNumber: string; trackingNumber: string }
  /** A flow on one parcel named by its tracking number (the runner checks it is the speaker's). */
  /** `carried`: what the flow kept, carried to this parcel by a correction ("sorry i meant the first one"), instead of what it kept for the parcel before. */
  | { kind: 'parcel_task'; task: ParcelTask; trackingNumber: string; confirmed?: boolean; carried?: Record<string, unknown> }
  /** Linking this chat to a carrier user: ask the e-mail, send a code to it, check the code. */
  | { kind: 'need_link' }
  | { kind: 'send_code'; email: string }
  | { kind: 'verify_code'; code: string }
  | { kind: 'ask_account'; accounts: string[] }
  /** A linked user who is a user of no account yet: said plainly, with how to get access. */
  | { kind: 'no_account' }
  /** The general answer to a parcel question (the documents customs needs) for an anonymous customer, then the offer to link. */
  | { kind: 'general_answer'; intent: IntentName }
  /**
   * A general customs question of a destination ("what paperwork do we need for parcels to mexico?", "关税谁付"):
   * its documents, or who pays its import duties. `destination`/`origin`: country codes the message named, else
   * those of `parcel` (the one in focus), else the origin is the account's country.
   */
  /** "is anything held on Hudson Street?": the speaker's parcels to the street (`streets/`), how many and which are held. */
  | { kind: 'held_on_street'; accounts: string[]; street: string }
  | { kind: 'customs_rules'; ask: 'documents' | 'duties' | 'duration'; destination: string | null; origin: string | null; parcel: string | null; accountNumber: string | null }
  /** "what changes have i asked for on it?": the delivery changes and instructions asked for the parcel. */
  | { kind: 'changes_asked'; trackingNumber: string }
  /** `accountNumber` null: another company or a colleague there named, not an account number. */
  | { kind: 'not_your_account'; accountNumber: string | null }
  /** An account-level flow (billing, users, VIP, carbon …) for this message. */
  /** `parcels`: the parcels pointed at ("that shipment"), for a flow that answers for parcels by number; `search`: the parcels of a search under way ("did it"). */
  /** `frame`: the period and lane to answer for, carried from the flow's last answer into a follow-up. */
  /** `within`: the parcels of the list shown that the search picks among ("that one from Monday"). */
  /** `comparedWith`: the period or lane the figures are compared with ("how does that compare with october"). */
  | { kind: 'flow'; intent: IntentName; accountNumber: string | null; parcels?: string[]; search?: QueryContext; within?: string[]; frame?: QueryContext; comparedWith?: QueryContext }
  | { kind: 'greet' }
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  /** "what's your customer service phone number?": the lines, and a person offered here. */
  | { kind: 'contact_details' }
  /** Asked while waiting for a person ("what happens next?", "how long will it take?", "要等多久"): the place, the wait and what that person will do. */
  | { kind: 'waiting_status' }
  /** "What's happening with my ticket?": the one `number` names, or the customer's open ones. */
  | { kind: 'ticket_status'; number: string | null }
  /**
   * Hand the conversation to people: a ticket now (the live agent side joins it). `about`: the parcel and
   * the kind of ticket of a person the assistant offered (a customs hold), so the handoff goes on with that ticket.
   * `team` 'customs': a customs specialist asked for: the customs queue, on the parcel customs holds, when there is one.
   */
  | { kind: 'escalate'; reason: 'requested' | 'complaint'; contact?: CustomerContact; about?: PersonOffered; team?: 'customs' }
  /** Outside opening hours, a customer who is not signed in is asked how a person can reach them (`again`: the last answer was no contact). */
  | { kind: 'ask_contact'; again: boolean }
  /** `file`: a file sent alone with nothing waiting for it: what files are for is said (never counted as a misunderstanding). */
  | { kind: 'not_understood'; again: boolean; file?: boolean }
  /** The answer to the satisfaction survey asked after a resolution: the rating, or the comment (null: declined). */
  | { kind: 'satisfaction'; surveyId: number; answer: { rating: number } | { comment: string | null } }
  /**
   * "stop alerts": the conversation's alerts about this parcel (or all, when null) stop; with `place`
   * ("取消多伦多的提醒") only those about parcels to or from it.
   */
  | { kind: 'unsubscribe'; trackingNumber: string | null; place?: { name: string; country: string; isCountry?: boolean } }
  /** "which alerts do I have?": the alerts running in this conversation, nothing changed. */
  | { kind: 'list_subscriptions' }
  /** "notify me if any of our parcels gets held in customs": the account's exceptions told here, whatever the parcel. */
  | { kind: 'watch_account'; accountNumber: string };

/**
 * A search of a user of several accounts who chose none: run on all of them. With `all` (the customer
 * asked for every account: "both accounts please") the answer covers them all; otherwise the one account
 * where something fits is the one (and is kept), and when several have matches the customer is asked which.
 */
export interface AccountsSearched {
  accounts: string[];
  all: boolean;
}

/** What the policy may know about the speaker (looked up before deciding, so deciding stays pure). */
export interface DialogFacts {
  /** The channel identity is linked to a carrier user. */
  linked: boolean;
  /** Account numbers the speaker belongs to. */
  accounts: string[];
  /** The account this conversation is about, when chosen. */
  currentAccount: string | null;
  /** Files on the message (an upload for the parcel flow just run). */
  attachments?: number;
  /** The names of the speaker's accounts by number, so "Hudson Street Ceramics" can pick one. */
  accountNames?: Readonly<Record<string, string>>;
  /** The names of all the speaker's accounts, even of one: their own company named is not someone else's. */
  ownAccountNames?: readonly string[];
  /** The names of the users of the speaker's accounts: a colleague named ("a Mateo") is never a place. */
  memberNames?: readonly string[];
  /** The satisfaction survey waiting for this conversation's answer: its rating first, then a comment. */
  survey?: { id: number; stage: 'rating' | 'comment' } | null;
  /** The parcels this conversation has alerts running about ("stop" stops them rather than cancelling). */
  subscribed?: readonly string[];
  /** The conversation waits in the queue for a person (the bot answers meanwhile). */
  waitingForPerson?: boolean;
}

export interface Decision {
  action: Action;
  state: DialogState;
  /** An account the customer chose in this message, to keep on the conversation. */
  selectAccount?: string;
}


/** Intents with nothing of their own to do about parcels: a parcel description beside them is the request. */
// ticket_status: "2月9号发往米兰的件怎么样了" shares its "怎么样了" with "我的工单怎么样了" and is a parcel question.
export const CHAT_INTENTS: ReadonlySet<IntentName> = new Set(['out_of_scope', 'greeting', 'thanks', 'help', 'talk_to_agent', 'ticket_status']);

/** From this confidence another request interrupts a flow that is waiting for an answer. */
export const FLOW_INTERRUPT_CONFIDENCE = 0.95;
/** Another request this sure leaves a flow's question when the flow says the message cannot answer it (AccountFlow.answers). */
export const FLOW_ASIDE_CONFIDENCE = 0.5;

/** Below this confidence another intent does not interrupt a search the customer is describing. */
export const FOLLOW_UP_MAX_CONFIDENCE = 0.6;



/**
 * One message as the readers of the policy see it: the message, its parse, the conversation's state
 * and the speaker's facts, with the two ways of answering it. `understood` keeps the state as loaded
 * (a flow put aside stays aside); `go` is set once the discourse act is known (it may put a flow aside).
 */
export interface TurnReading {
  text: string;
  parse: Parse;
  state: DialogState;
  facts: DialogFacts;
  /** The search under way and the last list, kept by answers that do not change them. */
  keepSearch: Pick<DialogState, 'lastQuery' | 'lastList'>;
  /** The parcel flow this message asks for when the classifier is sure enough. */
  sureParcelTask: ParcelTask | undefined;
  understood(action: Action, patch?: Partial<DialogState>): Decision;
}

/** A decision from a base state: the question answered, the candidates and the flow cleared, then `patch`. */
export function decisionFrom(base: DialogState, action: Action, patch: Partial<DialogState> = {}): Decision {
  return { action, state: { ...base, candidates: [], flow: null, ...patch } };
}
