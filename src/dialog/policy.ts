import type { IntentName, Parse, Place } from '../nlu/types.ts';
import { soundsLikeComplaint } from '../escalation/complaintCues.ts';
import { accountNamedIn } from './accountNames.ts';
import { pickedPosition } from './choiceWords.ts';
import { confirmationOf } from './confirmWords.ts';
import { asksForPerson, asksWhichParcels, isAcknowledgement, isCancellation, namesParcels, picksAmongOffered, readDiscourseAct, type DiscourseAct } from './discourse/discourseAct.ts';
import { EMPTY_QUERY, frameOfMessage, hasConditions, refineFrame, refinementFallback } from './discourse/queryFrame.ts';
import { codeIn, emailIn } from './messageValues.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from './flows/registry.ts';
import type { DialogState, QueryContext, SlotName } from './state.ts';

/** 'status' (show the parcel), or the intent of a parcel flow to run on it once found. */
export type ParcelTask = string;

/** Intents that are about one parcel of the customer's: they find it first, then act on it. */
const PARCEL_TASKS: Partial<Record<IntentName, ParcelTask>> = {
  track_shipment: 'status',
  ...Object.fromEntries(Object.keys(PARCEL_FLOWS).map((intent) => [intent, intent])),
};

/** What the assistant decides to do with a message. Runners carry actions out; the policy does no I/O. */
export type Action =
  | { kind: 'track'; trackingNumbers: string[]; invalidTrackingNumbers: string[] }
  | { kind: 'invalid_tracking_number'; numbers: string[] }
  | { kind: 'ask_tracking_number' }
  /** Find parcels on the account from a description; `fallback` is tried when the merged context finds nothing. */
  | { kind: 'resolve'; accountNumber: string; query: QueryContext; fallback: QueryContext | null; within: string[]; changed?: SlotName[] }
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
  | { kind: 'parcel_task'; task: ParcelTask; trackingNumber: string; confirmed?: boolean }
  /** Linking this chat to a carrier user: ask the e-mail, send a code to it, check the code. */
  | { kind: 'need_link' }
  | { kind: 'send_code'; email: string }
  | { kind: 'verify_code'; code: string }
  | { kind: 'ask_account'; accounts: string[] }
  | { kind: 'not_your_account'; accountNumber: string }
  /** An account-level flow (billing, users, VIP, carbon …) for this message. */
  | { kind: 'flow'; intent: IntentName; accountNumber: string | null }
  | { kind: 'greet' }
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  /** Hand the conversation to people: a ticket now (the live agent side joins it). */
  | { kind: 'escalate'; reason: 'requested' | 'complaint' }
  | { kind: 'not_understood'; again: boolean };

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
}

export interface Decision {
  action: Action;
  state: DialogState;
  /** An account the customer chose in this message, to keep on the conversation. */
  selectAccount?: string;
}


/** Intents with nothing of their own to do about parcels: a parcel description beside them is the request. */
const CHAT_INTENTS: ReadonlySet<IntentName> = new Set(['out_of_scope', 'greeting', 'thanks', 'help', 'talk_to_agent']);

/** From this confidence another request interrupts a flow that is waiting for an answer. */
export const FLOW_INTERRUPT_CONFIDENCE = 0.95;

/** Below this confidence another intent does not interrupt a search the customer is describing. */
export const FOLLOW_UP_MAX_CONFIDENCE = 0.6;



/** The parcel description in a parse, or null when it describes nothing (every slot from this message). */
export const describedQuery = frameOfMessage;

/**
 * The answer to a narrowing question is read in the role asked about: "London" after "Which city did
 * you send it to?" is the destination even though nothing in the word says so.
 */
function slotAnswer(q: QueryContext | null, awaiting: DialogState['awaiting'], places: Place[]): QueryContext | null {
  if (awaiting !== 'slot_destination' && awaiting !== 'slot_origin') return q;
  const bare = places[0];
  if (!q && bare) q = { ...EMPTY_QUERY, destination: bare, sources: { destination: 'message' } };
  if (!q) return q;
  const place = q.destination ?? q.origin;
  if (!place || (q.destination && q.origin)) return q;
  const role = awaiting === 'slot_destination' ? 'destination' : 'origin';
  const other = role === 'destination' ? 'origin' : 'destination';
  const sources = { ...q.sources, [role]: 'message' as const };
  delete sources[other];
  return { ...q, [role]: place, [other]: null, sources };
}

/** In a report such as "lost", the customer's worries do not narrow the search: a parcel marked delivered may be the one. */
function beliefFree(q: QueryContext | null, task: ParcelTask): QueryContext | null {
  const worries = PARCEL_FLOWS[task as IntentName]?.worryHints;
  if (!q || !worries?.length) return q;
  const statusHints = q.statusHints.filter((h) => !worries.includes(h));
  const sources = { ...q.sources };
  if (!statusHints.length) delete sources.statusHints;
  const left = { ...q, statusHints, sources };
  return hasConditions(left) ? left : null;
}

/** A flow waiting for an answer, put aside while the customer asks something else. */
function suspend(state: DialogState): DialogState['suspended'] {
  const awaiting = state.awaiting;
  if ((awaiting !== 'flow' && awaiting !== 'parcel_flow' && awaiting !== 'confirm') || !(state.flow || state.confirming)) return state.suspended;
  const intent = state.flow?.intent ?? state.task;
  return { intent, awaiting, flow: state.flow, confirming: state.confirming, task: state.task, prompt: state.lastPrompt };
}

/**
 * The dialog policy: a pure function of the message, its parse, the conversation state and the
 * speaker's facts. First the answers to the assistant's own pending question (only it knows what it
 * asked), then the message's discourse act (src/dialog/discourse), decided once for every flow.
 * Tracking numbers win over the intent: a customer who pastes a number wants that parcel.
 */
export function decide(text: string, parse: Parse, loaded: DialogState, facts: DialogFacts): Decision {
  let state = loaded;
  // "3月15日寄的" answering "which day?" reads as track_shipment: it narrows the search, it does not change the task.
  const answersSlotQuestion = state.awaiting?.startsWith('slot_') === true && parse.intent === 'track_shipment';
  const sureParcelTask = parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE ? PARCEL_TASKS[parse.intent] : undefined;
  const base: DialogState = { ...state, misunderstandings: 0, awaiting: null, lastIntent: parse.intent };
  const understood = (action: Action, patch: Partial<DialogState> = {}): Decision => ({
    action,
    state: { ...base, candidates: [], flow: null, ...patch },
  });
  const keepSearch = { lastQuery: state.lastQuery, lastList: state.lastList };

  // Linking: an e-mail or a code is read as the answer the assistant asked for.
  if (!facts.linked) {
    const email = state.awaiting === 'email' || state.awaiting === 'code' ? emailIn(text) : null;
    if (email) return understood({ kind: 'send_code', email }, { awaiting: 'code', ...keepSearch });
    const code = state.awaiting === 'code' ? codeIn(text) : null;
    if (code) return understood({ kind: 'verify_code', code }, keepSearch);
    if (parse.intent === 'account_access' && !parse.trackingNumbers.length) {
      return understood({ kind: 'need_link' }, { awaiting: 'email', ...keepSearch });
    }
  }

  // The answer to "which account?": a position, the account's number (read below) or its name.
  const accountList = facts.accounts.map((number) => ({ number, name: facts.accountNames?.[number] ?? '' }));
  const answeredPosition = state.awaiting === 'account' && !parse.accountNumber ? pickedPosition(text, facts.accounts.length) : null;
  // One of the speaker's account numbers written anywhere ("在7N2F4D这个账户下"), not inside a tracking number.
  const numberSaid = parse.trackingNumbers.length ? undefined : facts.accounts.find((n) => text.toUpperCase().includes(n));
  const answeredAccount =
    state.awaiting === 'account' && !parse.accountNumber
      ? (numberSaid ?? (answeredPosition ? facts.accounts[answeredPosition - 1]! : accountNamedIn(text, accountList, true)))
      : null;

  // Asking for a person interrupts anything, even a flow waiting for its answer ("是Hudson Street Ceramics"
  // answering "which account?" is not such a request, whatever the classifier heard).
  if (asksForPerson(text, parse) && !parse.trackingNumbers.length && !answeredAccount) {
    return understood({ kind: 'escalate', reason: soundsLikeComplaint(text) ? 'complaint' : 'requested' }, keepSearch);
  }

  // The answer to a yes/no question about a parcel ("shall I open a trace ticket?").
  if (state.awaiting === 'confirm' && state.confirming) {
    // "no, a Shanghái" corrects the search; it does not answer the question.
    const answer = frameOfMessage(parse) || parse.places?.length ? null : confirmationOf(text);
    if (answer === 'yes') {
      return understood(
        { kind: 'parcel_task', task: state.task, trackingNumber: state.confirming, confirmed: true },
        { task: state.task, ...keepSearch, flow: state.flow, lastParcel: state.confirming },
      );
    }
    if (answer === 'no') return understood({ kind: 'thanks' }, { task: 'status', ...keepSearch });
  }

  // Going back to a flow the customer interrupted, or not.
  if (state.awaiting === 'resume' && state.suspended) {
    const answer = confirmationOf(text);
    const s = state.suspended;
    if (answer === 'yes') {
      return understood(
        { kind: 'resume', prompt: s.prompt },
        { ...keepSearch, awaiting: s.awaiting, flow: s.flow, confirming: s.confirming, task: s.task, suspended: null, lastPrompt: s.prompt },
      );
    }
    if (answer === 'no') return understood({ kind: 'acknowledge', pending: false }, { ...keepSearch, suspended: null });
  }
  // Anything else: the customer moved on, and the flow put aside is not offered again.
  if (state.awaiting === 'resume') state = { ...state, awaiting: null, suspended: null };

  // A parcel flow that asked something (which change, the new address …) gets the answer.
  if (state.awaiting === 'parcel_flow' && state.confirming && state.flow && !parse.trackingNumbers.length) {
    const movedOn = movesOnFrom(state.flow.intent, text, parse);
    if (!movedOn && !readsAsAside(text, parse)) {
      return understood(
        { kind: 'parcel_task', task: state.flow.intent, trackingNumber: state.confirming },
        { task: state.flow.intent, ...keepSearch, flow: state.flow, lastParcel: state.confirming },
      );
    }
  }

  // The account in question: the one chosen in this conversation, or the speaker's only one.
  let account = facts.currentAccount ?? (facts.accounts.length === 1 ? facts.accounts[0]! : null);

  // A flow that asked a question gets the answer, unless the customer clearly moved on.
  if (state.awaiting === 'flow' && state.flow && !parse.trackingNumbers.length) {
    // A yes or no, a name or a reason is the answer, whatever the classifier makes of it.
    const movedOn = movesOnFrom(state.flow.intent, text, parse);
    if (!movedOn && !readsAsAside(text, parse)) {
      return understood({ kind: 'flow', intent: state.flow.intent as IntentName, accountNumber: account }, { flow: state.flow, ...keepSearch });
    }
  }

  // A file sent alone (customs documents, photos of damage) belongs to the parcel flow just run on the last parcel.
  if (!text.trim() && facts.attachments && state.lastParcel && state.lastIntent && PARCEL_FLOWS[state.lastIntent as IntentName]) {
    return understood(
      { kind: 'parcel_task', task: state.lastIntent, trackingNumber: state.lastParcel },
      { task: state.lastIntent, lastIntent: state.lastIntent, ...keepSearch },
    );
  }

  // "… on the Maple Lane account": an account named in the request itself wins over the last one chosen.
  const namedAccount = !answeredAccount && !parse.accountNumber && facts.accounts.length > 1 ? accountNamedIn(text, accountList) : null;
  const otherAccount = namedAccount !== null && namedAccount !== account;

  // What the message does in the conversation, decided once (see src/dialog/README.md). An account
  // picked by its position or name is an answer, not a reference to a parcel; a request about another
  // account starts afresh there.
  const act: DiscourseAct =
    answeredAccount || otherAccount ? { act: 'new_request', frame: frameOfMessage(parse) } : readDiscourseAct(text, parse, state);
  // A flow waiting for its answer is put aside (and offered back) when the customer asks something else.
  const suspended = act.act === 'acknowledgement' || act.act === 'cancellation' ? state.suspended : suspend(state);
  const on = { ...base, suspended };
  const go = (action: Action, patch: Partial<DialogState> = {}): Decision => ({ action, state: { ...on, candidates: [], flow: null, ...patch } });

  if (act.act === 'acknowledgement') {
    // Nothing changes: a list offered or a question asked is still open. A thank-you is answered as one.
    const action: Action = parse.intent === 'thanks' ? { kind: 'thanks' } : { kind: 'acknowledge', pending: state.awaiting !== null };
    return { action, state: { ...state, misunderstandings: 0, lastIntent: parse.intent } };
  }
  if (act.act === 'cancellation') {
    const dropped = state.awaiting !== null || state.flow !== null || state.suspended !== null;
    return { action: { kind: 'cancel', dropped }, state: { ...base, task: 'status', candidates: [], flow: null, confirming: null, suspended: null, lastQuery: null } };
  }
  if (act.act === 'interruption') {
    return go({ kind: 'escalate', reason: soundsLikeComplaint(text) ? 'complaint' : 'requested' }, keepSearch);
  }

  // An answer to "which one?" by one of the offered numbers.
  if (state.awaiting === 'choice' && state.candidates.length && account) {
    const offered = parse.trackingNumbers.find((n) => state.candidates.includes(n));
    if (offered) return go({ kind: 'show_candidate', accountNumber: account, trackingNumber: offered }, { ...keepSearch, task: state.task });
  }

  // An anonymous customer may point at a parcel tracked by its number too; describing one among a list needs the account.
  if (act.act === 'reference' && (facts.linked || act.reference.kind !== 'described')) {
    const ref = act.reference;
    // A pick keeps the task the search was for; "is it lost?" about the parcel in focus starts that task.
    const task = sureParcelTask ?? (ref.kind === 'focus' ? 'status' : state.task);
    switch (ref.kind) {
      case 'focus':
      case 'position':
      case 'other': {
        if (task !== 'status') return go({ kind: 'parcel_task', task, trackingNumber: ref.trackingNumber }, { ...keepSearch, task });
        if (!account) return go({ kind: 'parcel_task', task: 'status', trackingNumber: ref.trackingNumber }, { ...keepSearch, task });
        return go({ kind: 'show_candidate', accountNumber: account, trackingNumber: ref.trackingNumber }, { ...keepSearch, task });
      }
      case 'described':
        if (account) {
          const query = state.lastQuery ? refineFrame(state.lastQuery, ref.frame) : ref.frame;
          return go({ kind: 'resolve', accountNumber: account, query, fallback: ref.frame, within: ref.within }, { ...keepSearch, task: state.task });
        }
        break;
      case 'impossible':
        return go(
          { kind: 'reference_impossible', why: ref.why, position: ref.position, list: ref.list, focus: ref.focus },
          { ...keepSearch, task: state.task, ...(ref.why === 'out_of_range' && ref.list.length ? { awaiting: 'choice', candidates: ref.list } : {}) },
        );
    }
  }

  if (parse.trackingNumbers.length) {
    const task = PARCEL_TASKS[parse.intent] ?? 'status';
    if (task !== 'status' && parse.trackingNumbers.length === 1) {
      return go({ kind: 'parcel_task', task, trackingNumber: parse.trackingNumbers[0]! }, { task });
    }
    return go({ kind: 'track', trackingNumbers: parse.trackingNumbers, invalidTrackingNumbers: parse.invalidTrackingNumbers }, { task: 'status' });
  }
  if (parse.invalidTrackingNumbers.length) {
    return go({ kind: 'invalid_tracking_number', numbers: parse.invalidTrackingNumbers });
  }

  // The customer names an account: theirs selects it, anyone else's is refused without a hint.
  let selectAccount: string | undefined;
  if (parse.accountNumber) {
    if (!facts.accounts.includes(parse.accountNumber)) {
      return go({ kind: 'not_your_account', accountNumber: parse.accountNumber }, keepSearch);
    }
    account = parse.accountNumber;
    selectAccount = parse.accountNumber;
  } else if (numberSaid && !answeredAccount) {
    account = numberSaid;
    selectAccount = numberSaid;
  } else if (answeredAccount) {
    account = answeredAccount;
    selectAccount = answeredAccount;
  } else if (namedAccount) {
    account = namedAccount;
    selectAccount = namedAccount;
  }

  // The search this message asks for, by its act.
  const continuesSearch = state.awaiting === 'account' && selectAccount !== undefined && !state.flow;
  let query: QueryContext | null = null;
  let fallback: QueryContext | null = null;
  let changed: SlotName[] | undefined;
  let task: ParcelTask;
  let wantsParcels: boolean;
  const answered = slotAnswer(frameOfMessage(parse), state.awaiting, parse.places ?? []);
  const answersSlot = answered !== null && state.awaiting?.startsWith('slot_') === true;
  // "and the one to Paris?", "no, the 14th" are too short for the classifier to be sure; in a search
  // they go on with it. Outside one, "the capital of France" or "today's weather" is not about parcels.
  const unsure = parse.intent === 'out_of_scope' || parse.confidence < FOLLOW_UP_MAX_CONFIDENCE;
  // A correction or refinement of the search under way ("no, to New York") goes on with it unless the
  // classifier is all but certain of an account question: its few words mislead it.
  const goesOn = unsure || PARCEL_TASKS[parse.intent] !== undefined || parse.confidence < FLOW_INTERRUPT_CONFIDENCE;
  if (answersSlot || (act.act === 'refinement' && goesOn)) {
    // A refinement narrows the search under way: "只看还没到的" filters, it does not report a lost parcel.
    task = state.task;
    const description = beliefFree(answersSlot ? answered : frameOfMessage(parse), task);
    query = state.lastQuery && description ? refineFrame(state.lastQuery, description) : description;
    fallback = state.lastQuery && description && query ? refinementFallback(state.lastQuery, description, query) : null;
    wantsParcels = true;
  } else if (act.act === 'correction' && goesOn) {
    task = sureParcelTask ?? state.task;
    query = act.correction.frame;
    changed = act.correction.changed;
    wantsParcels = true;
  } else {
    // "which ones haven't arrived?" lists and filters; it reports no lost parcel.
    const listing = asksWhichParcels(text, parse.language);
    task = listing ? 'status' : (PARCEL_TASKS[parse.intent] ?? 'status');
    // Only a sure report's worries are not filters: "我要查…里还没送到的", read as lost at 0.54, filters by them.
    const said = act.act === 'new_request' ? act.frame : frameOfMessage(parse);
    const description = sureParcelTask && !listing ? beliefFree(said, task) : said;
    query = description ?? (continuesSearch ? state.lastQuery : null);
    if (continuesSearch) task = state.task;
    // Parcels named and described ("Hola, ¿qué paquetes enviados para París siguen sin entregar?", "En la
    // cuenta 8T4C2M: …") are a search whatever else the classifier heard (a greeting, an account number).
    // An account named beside a description ("For account 7N2F4D: I shipped something to Japan …") says whose parcels.
    const accountGiven = parse.accountNumber !== null || namedAccount !== null || numberSaid !== undefined;
    const describesParcels =
      description !== null && ((CHAT_INTENTS.has(parse.intent) && namesParcels(text, parse.language)) || (parse.intent === 'account_number' && accountGiven));
    wantsParcels = PARCEL_TASKS[parse.intent] !== undefined || continuesSearch || describesParcels;
  }

  if (wantsParcels) {
    if (!facts.linked) {
      return query
        ? go({ kind: 'need_link' }, { awaiting: 'email', lastQuery: query, task })
        : go({ kind: 'ask_tracking_number' }, { awaiting: 'tracking_number', task });
    }
    // "is it lost?" with no description: the parcel just discussed.
    if (!query && task !== 'status' && state.lastParcel && PARCEL_TASKS[parse.intent]) {
      return go({ kind: 'parcel_task', task, trackingNumber: state.lastParcel }, { ...keepSearch, task });
    }
    const searched = query ?? EMPTY_QUERY;
    if (!account) {
      return go({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', lastQuery: searched, task });
    }
    const decision = go(
      { kind: 'resolve', accountNumber: account, query: searched, fallback, within: [], ...(changed ? { changed } : {}) },
      { lastQuery: searched, task },
    );
    return selectAccount ? { ...decision, selectAccount } : decision;
  }

  // Account-level flows: some need a linked user and a chosen account, others answer anyone.
  // An account picked for a waiting flow continues that flow (the pick itself reads as account_number).
  const flowIntent = selectAccount && state.flow && state.awaiting === 'account' ? (state.flow.intent as IntentName) : ACCOUNT_FLOWS[parse.intent] ? parse.intent : null;
  const flow = flowIntent ? ACCOUNT_FLOWS[flowIntent] : undefined;
  if (flowIntent && flow) {
    if (flow.needs === 'account' && !facts.linked) return go({ kind: 'need_link' }, { awaiting: 'email', ...keepSearch });
    if (!account && (flow.needs === 'account' || (flow.asksAccount && facts.accounts.length > 1))) {
      return go({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', flow: { intent: flowIntent, data: {} }, ...keepSearch });
    }
    const decision = go({ kind: 'flow', intent: flowIntent, accountNumber: account }, keepSearch);
    return selectAccount ? { ...decision, selectAccount } : decision;
  }
  if (selectAccount) {
    return { ...go({ kind: 'help' }, keepSearch), selectAccount };
  }

  switch (parse.intent) {
    case 'greeting':
      return go({ kind: 'greet' }, keepSearch);
    case 'help':
      return go({ kind: 'help' }, keepSearch);
    case 'thanks':
      return go({ kind: 'thanks' }, keepSearch);
    case 'goodbye':
      return go({ kind: 'goodbye' });
    case 'talk_to_agent':
      return go({ kind: 'escalate', reason: soundsLikeComplaint(text) ? 'complaint' : 'requested' }, keepSearch);
    // Every other intent has a flow (routed above); what is left was not understood.
  }
  const misunderstandings = state.misunderstandings + 1;
  return {
    action: { kind: 'not_understood', again: misunderstandings >= 2 },
    state: { ...state, misunderstandings, lastIntent: parse.intent },
  };
}

/**
 * A message clearly about something else leaves the flow's question unanswered: a sure other intent,
 * not a yes or no, and not a pick among what the flow offered ("the one from 9 Mar", "the first one").
 */
function movesOnFrom(flowIntent: string, text: string, parse: Parse): boolean {
  if (confirmationOf(text) !== null || parse.intent === flowIntent || parse.intent === 'out_of_scope') return false;
  if (picksAmongOffered(text, parse.language)) return false;
  return parse.confidence >= FLOW_INTERRUPT_CONFIDENCE;
}

/** "👍" or "never mind" is not a flow's answer (a yes or no is: the flow asked for it). */
function readsAsAside(text: string, parse: Parse): boolean {
  return confirmationOf(text) === null && (isAcknowledgement(text) || isCancellation(text, parse));
}
