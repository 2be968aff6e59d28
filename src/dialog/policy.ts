import type { IntentName, Parse, Place } from '../nlu/types.ts';
import { pickedPosition } from './choiceWords.ts';
import { soundsLikeComplaint } from '../escalation/complaintCues.ts';
import { confirmationOf } from './confirmWords.ts';
import { codeIn, emailIn } from './messageValues.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from './flows/registry.ts';
import type { DialogState, QueryContext } from './state.ts';

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
  | { kind: 'resolve'; accountNumber: string; query: QueryContext; fallback: QueryContext | null; within: string[] }
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
}

export interface Decision {
  action: Action;
  state: DialogState;
  /** An account the customer chose in this message, to keep on the conversation. */
  selectAccount?: string;
}


/** The parcel description in a parse, or null when it describes nothing. */
export function describedQuery(parse: Parse): QueryContext | null {
  const q: QueryContext = {
    dateRange: parse.dateRange,
    origin: parse.origin,
    destination: parse.destination,
    statusHints: parse.statusHints,
  };
  return q.dateRange || q.origin || q.destination || q.statusHints.length ? q : null;
}

/**
 * The answer to a narrowing question is read in the role asked about: "London" after "Which city did
 * you send it to?" is the destination even though nothing in the word says so.
 */
function slotAnswer(q: QueryContext | null, awaiting: DialogState['awaiting'], places: Place[]): QueryContext | null {
  if (awaiting !== 'slot_destination' && awaiting !== 'slot_origin') return q;
  const bare = places[0];
  if (!q && bare) q = { dateRange: null, origin: null, destination: bare, statusHints: [] };
  if (!q) return q;
  const place = q.destination ?? q.origin;
  if (!place || (q.destination && q.origin)) return q;
  return awaiting === 'slot_destination' ? { ...q, destination: place, origin: null } : { ...q, origin: place, destination: null };
}

/** In a report such as "lost", the customer's worries do not narrow the search: a parcel marked delivered may be the one. */
function beliefFree(q: QueryContext | null, task: ParcelTask): QueryContext | null {
  const worries = PARCEL_FLOWS[task as IntentName]?.worryHints;
  if (!q || !worries?.length) return q;
  const statusHints = q.statusHints.filter((h) => !worries.includes(h));
  const left = { ...q, statusHints };
  return left.dateRange || left.origin || left.destination || statusHints.length ? left : null;
}

/**
 * A correction of a place: "不是上海，是深圳", "not Shanghai, Shenzhen". The wrong place is found in the last
 * search (whichever role it had) and the right one takes its role. Null when the message corrects nothing there.
 */
function correctedQuery(parse: Parse, last: QueryContext | null): QueryContext | null {
  const negated = parse.negatedPlaces ?? [];
  const right = parse.origin ?? parse.destination ?? parse.places?.[0] ?? null;
  if (!last || !negated.length || !right) return null;
  const wrong = (p: QueryContext['origin']) => !!p && negated.some((n) => n.name === p.name && n.country === p.country);
  if (!wrong(last.origin) && !wrong(last.destination)) return null;
  return {
    ...last,
    origin: wrong(last.origin) ? right : last.origin,
    destination: wrong(last.destination) ? right : last.destination,
    dateRange: parse.dateRange ?? last.dateRange,
  };
}

/** Follow-ups ("and the one to London?", "no, the 14th") keep what they do not change. */
function mergeQuery(previous: QueryContext, next: QueryContext): QueryContext {
  return {
    dateRange: next.dateRange ?? previous.dateRange,
    origin: next.origin ?? previous.origin,
    destination: next.destination ?? previous.destination,
    statusHints: next.statusHints.length ? next.statusHints : previous.statusHints,
  };
}

/** From this confidence another request interrupts a flow that is waiting for an answer. */
export const FLOW_INTERRUPT_CONFIDENCE = 0.95;

/** Below this confidence another intent does not interrupt a search the customer is describing. */
export const FOLLOW_UP_MAX_CONFIDENCE = 0.6;

const EMPTY_QUERY: QueryContext = { dateRange: null, origin: null, destination: null, statusHints: [] };

/**
 * The dialog policy: a pure function of the message, its parse, the conversation state and the
 * speaker's facts. Tracking numbers win over the intent: a customer who pastes a number wants that parcel.
 */
export function decide(text: string, parse: Parse, state: DialogState, facts: DialogFacts): Decision {
  // "3月15日寄的" answering "which day?" reads as track_shipment: it narrows the search, it does not change the task.
  const answersSlotQuestion = state.awaiting?.startsWith('slot_') === true && parse.intent === 'track_shipment';
  const task: ParcelTask = (answersSlotQuestion ? undefined : PARCEL_TASKS[parse.intent]) ?? state.task;
  const base: DialogState = { ...state, misunderstandings: 0, awaiting: null, lastIntent: parse.intent, task };
  const understood = (action: Action, patch: Partial<DialogState> = {}): Decision => ({
    action,
    state: { ...base, candidates: [], flow: null, ...patch },
  });

  // Linking: an e-mail or a code is read as the answer the assistant asked for.
  if (!facts.linked) {
    const email = state.awaiting === 'email' || state.awaiting === 'code' ? emailIn(text) : null;
    if (email) return understood({ kind: 'send_code', email }, { awaiting: 'code', lastQuery: state.lastQuery });
    const code = state.awaiting === 'code' ? codeIn(text) : null;
    if (code) return understood({ kind: 'verify_code', code }, { lastQuery: state.lastQuery });
    if (parse.intent === 'account_access' && !parse.trackingNumbers.length) {
      return understood({ kind: 'need_link' }, { awaiting: 'email', lastQuery: state.lastQuery });
    }
  }

  // The answer to a yes/no question about a parcel ("shall I open a trace ticket?").
  if (state.awaiting === 'confirm' && state.confirming) {
    const answer = confirmationOf(text);
    if (answer === 'yes') {
      return understood(
        { kind: 'parcel_task', task: state.task, trackingNumber: state.confirming, confirmed: true },
        { task: state.task, lastQuery: state.lastQuery, flow: state.flow, lastParcel: state.confirming },
      );
    }
    if (answer === 'no') return understood({ kind: 'thanks' }, { task: 'status', lastQuery: state.lastQuery });
  }

  // A parcel flow that asked something (which change, the new address …) gets the answer.
  if (state.awaiting === 'parcel_flow' && state.confirming && state.flow && !parse.trackingNumbers.length) {
    const movedOn =
      confirmationOf(text) === null && parse.intent !== state.flow.intent && parse.intent !== 'out_of_scope' && parse.confidence >= FLOW_INTERRUPT_CONFIDENCE;
    if (!movedOn) {
      return understood(
        { kind: 'parcel_task', task: state.flow.intent, trackingNumber: state.confirming },
        { task: state.flow.intent, lastQuery: state.lastQuery, flow: state.flow, lastParcel: state.confirming },
      );
    }
  }

  // The account in question: the one chosen in this conversation, or the speaker's only one.
  let account = facts.currentAccount ?? (facts.accounts.length === 1 ? facts.accounts[0]! : null);

  // A flow that asked a question gets the answer, unless the customer clearly moved on.
  if (state.awaiting === 'flow' && state.flow && !parse.trackingNumbers.length) {
    // A yes or no, a name or a reason is the answer, whatever the classifier makes of it.
    const movedOn =
      confirmationOf(text) === null && parse.intent !== state.flow.intent && parse.intent !== 'out_of_scope' && parse.confidence >= FLOW_INTERRUPT_CONFIDENCE;
    if (!movedOn) {
      return understood({ kind: 'flow', intent: state.flow.intent as IntentName, accountNumber: account }, { flow: state.flow, lastQuery: state.lastQuery });
    }
  }

  // A file sent alone (customs documents, photos of damage) belongs to the parcel flow just run on the last parcel.
  if (!text.trim() && facts.attachments && state.lastParcel && state.lastIntent && PARCEL_FLOWS[state.lastIntent as IntentName]) {
    return understood(
      { kind: 'parcel_task', task: state.lastIntent, trackingNumber: state.lastParcel },
      { task: state.lastIntent, lastIntent: state.lastIntent, lastQuery: state.lastQuery },
    );
  }

  // An answer to "which one?": a position, one of the offered numbers, or a narrower description.
  if (state.awaiting === 'choice' && state.candidates.length && account) {
    const offered = parse.trackingNumbers.find((n) => state.candidates.includes(n));
    const position = offered ? null : pickedPosition(text, state.candidates.length);
    const picked = offered ?? (position ? state.candidates[position - 1] : undefined);
    // A pick keeps the task the search was for, whatever the classifier makes of "the first one".
    if (picked) return understood({ kind: 'show_candidate', accountNumber: account, trackingNumber: picked }, { lastQuery: state.lastQuery, task: state.task });
    const description = describedQuery(parse);
    if (description && !parse.trackingNumbers.length) {
      return understood(
        { kind: 'resolve', accountNumber: account, query: description, fallback: null, within: state.candidates },
        { lastQuery: state.lastQuery, task: state.task },
      );
    }
  }

  if (task !== 'status' && PARCEL_TASKS[parse.intent] && parse.trackingNumbers.length === 1) {
    return understood({ kind: 'parcel_task', task, trackingNumber: parse.trackingNumbers[0]! });
  }
  if (parse.trackingNumbers.length) {
    return understood({ kind: 'track', trackingNumbers: parse.trackingNumbers, invalidTrackingNumbers: parse.invalidTrackingNumbers });
  }
  if (parse.invalidTrackingNumbers.length) {
    return understood({ kind: 'invalid_tracking_number', numbers: parse.invalidTrackingNumbers });
  }

  // The customer names an account: theirs selects it, anyone else's is refused without a hint.
  let selectAccount: string | undefined;
  if (parse.accountNumber) {
    if (!facts.accounts.includes(parse.accountNumber)) {
      return understood({ kind: 'not_your_account', accountNumber: parse.accountNumber }, { lastQuery: state.lastQuery });
    }
    account = parse.accountNumber;
    selectAccount = parse.accountNumber;
  } else if (state.awaiting === 'account') {
    const position = pickedPosition(text, facts.accounts.length);
    if (position) {
      account = facts.accounts[position - 1]!;
      selectAccount = account;
    }
  }

  const corrected = correctedQuery(parse, state.lastQuery);
  const description = corrected ?? beliefFree(slotAnswer(describedQuery(parse), state.awaiting, parse.places ?? []), task);
  const continuesSearch = state.awaiting === 'account' && selectAccount !== undefined && !state.flow;
  const answersSlot = description !== null && state.awaiting?.startsWith('slot_') === true;
  // "and the one to Paris?", "no, the 14th" are too short for the classifier; in a search they are
  // the next search. Outside one, "the capital of France" or "today's weather" is not about parcels.
  const followsUp =
    description !== null && state.lastQuery !== null && (parse.intent === 'out_of_scope' || parse.confidence < FOLLOW_UP_MAX_CONFIDENCE);
  const wantsParcels =
    PARCEL_TASKS[parse.intent] !== undefined ||
    continuesSearch ||
    answersSlot ||
    followsUp;
  if (wantsParcels) {
    if (!facts.linked) {
      return description
        ? understood({ kind: 'need_link' }, { awaiting: 'email', lastQuery: description })
        : understood({ kind: 'ask_tracking_number' }, { awaiting: 'tracking_number' });
    }
    // "is it lost?" with no description: the parcel just discussed.
    if (!description && task !== 'status' && state.lastParcel && PARCEL_TASKS[parse.intent]) {
      return understood({ kind: 'parcel_task', task, trackingNumber: state.lastParcel }, { lastQuery: state.lastQuery });
    }
    const query = corrected
      ? corrected
      : description && state.lastQuery && !continuesSearch ? mergeQuery(state.lastQuery, description) : (description ?? (continuesSearch ? state.lastQuery : null) ?? EMPTY_QUERY);
    const fallback = !corrected && description && state.lastQuery && !continuesSearch ? description : null;
    if (!account) {
      return { ...understood({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', lastQuery: query }) };
    }
    const decision = understood({ kind: 'resolve', accountNumber: account, query, fallback, within: [] }, { lastQuery: query });
    return selectAccount ? { ...decision, selectAccount } : decision;
  }
  // Account-level flows: some need a linked user and a chosen account, others answer anyone.
  // An account picked for a waiting flow continues that flow (the pick itself reads as account_number).
  const flowIntent = selectAccount && state.flow ? (state.flow.intent as IntentName) : ACCOUNT_FLOWS[parse.intent] ? parse.intent : null;
  const flow = flowIntent ? ACCOUNT_FLOWS[flowIntent] : undefined;
  if (flowIntent && flow) {
    if (flow.needs === 'account' && !facts.linked) return understood({ kind: 'need_link' }, { awaiting: 'email', lastQuery: state.lastQuery });
    if (!account && (flow.needs === 'account' || (flow.asksAccount && facts.accounts.length > 1))) {
      return understood({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', flow: { intent: flowIntent, data: {} } });
    }
    const decision = understood({ kind: 'flow', intent: flowIntent, accountNumber: account }, { lastQuery: state.lastQuery });
    return selectAccount ? { ...decision, selectAccount } : decision;
  }
  if (selectAccount) {
    return { ...understood({ kind: 'help' }, { lastQuery: state.lastQuery }), selectAccount };
  }

  switch (parse.intent) {
    case 'greeting':
      return understood({ kind: 'greet' });
    case 'help':
      return understood({ kind: 'help' });
    case 'thanks':
      return understood({ kind: 'thanks' }, { lastQuery: state.lastQuery });
    case 'goodbye':
      return understood({ kind: 'goodbye' });
    case 'talk_to_agent':
      return understood({ kind: 'escalate', reason: soundsLikeComplaint(text) ? 'complaint' : 'requested' }, { lastQuery: state.lastQuery });
    // Every other intent has a flow (routed above); what is left was not understood.
  }
  const misunderstandings = state.misunderstandings + 1;
  return {
    action: { kind: 'not_understood', again: misunderstandings >= 2 },
    state: { ...state, misunderstandings, lastIntent: parse.intent },
  };
}
