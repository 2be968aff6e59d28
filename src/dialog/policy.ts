import type { IntentName, Parse } from '../nlu/types.ts';
import { soundsLikeComplaint } from '../escalation/complaintCues.ts';
import { readAccounts } from './accountReading.ts';
import { FOLLOW_UP_MAX_CONFIDENCE, PARCEL_TASKS, decisionFrom, type Action, type Decision, type DialogFacts, type TurnReading } from './decision.ts';
import { complaintTask } from './complaintReading.ts';
import { readDiscourseAct, type DiscourseAct } from './discourse/discourseAct.ts';
import { frameOfMessage } from './discourse/queryFrame.ts';
import { ACCOUNT_FLOWS } from './flows/registry.ts';
import { gate } from './intentGate.ts';
import { answerToPendingQuestion } from './pendingAnswers.ts';
import { decideReference } from './referenceDecision.ts';
import { decideSearch, type AccountChoice } from './searchDecision.ts';
import type { DialogState } from './state.ts';

export { FLOW_INTERRUPT_CONFIDENCE, FOLLOW_UP_MAX_CONFIDENCE, type Action, type Decision, type DialogFacts, type ParcelTask } from './decision.ts';

/** A flow waiting for an answer, put aside while the customer asks something else. */
function suspend(state: DialogState): DialogState['suspended'] {
  const awaiting = state.awaiting;
  if ((awaiting !== 'flow' && awaiting !== 'parcel_flow' && awaiting !== 'confirm') || !(state.flow || state.confirming)) return state.suspended;
  const intent = state.flow?.intent ?? state.task;
  return { intent, awaiting, flow: state.flow, confirming: state.confirming, task: state.task, prompt: state.lastPrompt };
}

/**
 * The dialog policy: a pure function of the message, its parse, the conversation state and the
 * speaker's facts (src/dialog/README.md). First the answers to the assistant's own pending question
 * (pendingAnswers.ts), then the message's discourse act (discourse/), decided once for every flow:
 * acknowledgements, cancellations and requests for a person, references (referenceDecision.ts),
 * tracking numbers, the parcel search by act (searchDecision.ts), account flows and small talk.
 */
export function decide(text: string, parse: Parse, loaded: DialogState, facts: DialogFacts): Decision {
  const base: DialogState = { ...loaded, misunderstandings: 0, awaiting: null, lastIntent: parse.intent };
  const reading: TurnReading = {
    text,
    parse,
    state: loaded,
    facts,
    keepSearch: { lastQuery: loaded.lastQuery, lastList: loaded.lastList },
    sureParcelTask: parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE ? PARCEL_TASKS[parse.intent] : undefined,
    understood: (action, patch) => decisionFrom(base, action, patch),
  };
  const accounts = readAccounts(text, parse, loaded, facts);
  const answer = answerToPendingQuestion(reading, accounts);
  if (answer) return answer;

  // Anything else after "Shall we go back to …?": the customer moved on, and the flow put aside is not offered again.
  const state: DialogState = loaded.awaiting === 'resume' ? { ...loaded, awaiting: null, suspended: null } : loaded;
  const r: TurnReading = { ...reading, state };
  const { keepSearch } = r;
  const otherAccount = accounts.named !== null && accounts.named !== accounts.current;

  // What the message does in the conversation, decided once. An account picked by its position or name
  // is an answer, not a reference to a parcel; a request about another account starts afresh there.
  const act: DiscourseAct =
    accounts.answered || otherAccount ? { act: 'new_request', frame: frameOfMessage(parse) } : readDiscourseAct(text, parse, state);
  // A flow waiting for its answer is put aside (and offered back) when the customer asks something else.
  const suspended = act.act === 'acknowledgement' || act.act === 'cancellation' ? state.suspended : suspend(state);
  const on: DialogState = { ...base, suspended };
  const go = (action: Action, patch?: Partial<DialogState>): Decision => decisionFrom(on, action, patch);

  if (act.act === 'acknowledgement') {
    // Nothing changes: a list offered or a question asked is still open. A thank-you is answered as one.
    const action: Action = parse.intent === 'thanks' ? { kind: 'thanks' } : { kind: 'acknowledge', pending: state.awaiting !== null };
    return { action, state: { ...state, misunderstandings: 0, lastIntent: parse.intent } };
  }
  if (act.act === 'cancellation') {
    const dropped = state.awaiting !== null || state.flow !== null || state.suspended !== null;
    return { action: { kind: 'cancel', dropped }, state: { ...base, task: 'status', candidates: [], flow: null, confirming: null, suspended: null, lastQuery: null } };
  }
  // "我的包裹在洛杉矶海关卡了五天，我要投诉": a complaint about a parcel the message describes goes to people
  // about that parcel, found first (the one held in customs); one without a description is about the parcel in focus.
  const complaint = complaintTask(text, parse, facts.linked);
  if (act.act === 'interruption' && !complaint) {
    return go({ kind: 'escalate', reason: soundsLikeComplaint(text) ? 'complaint' : 'requested' }, keepSearch);
  }

  // An answer to "which one?" by one of the offered numbers.
  if (state.awaiting === 'choice' && state.candidates.length && accounts.current) {
    const offered = parse.trackingNumbers.find((n) => state.candidates.includes(n));
    if (offered) return go({ kind: 'show_candidate', accountNumber: accounts.current, trackingNumber: offered }, { ...keepSearch, task: state.task });
  }

  // An anonymous customer may point at a parcel tracked by its number too; describing one among a list needs the account.
  // "quiero reclamar la última" with no parcel shown is about the account flow's own items (the latest invoice).
  const aboutAccountFlow = ACCOUNT_FLOWS[parse.intent] !== undefined && !state.lastList.length && !state.lastParcel;
  if (act.act === 'reference' && !aboutAccountFlow && (facts.linked || act.reference.kind !== 'described')) {
    const decided = decideReference(r, act.reference, accounts.current, go, complaint);
    if (decided) return decided;
  }

  if (parse.trackingNumbers.length) {
    const task = complaint ?? PARCEL_TASKS[parse.intent] ?? 'status';
    if (task !== 'status' && parse.trackingNumbers.length === 1) {
      return go({ kind: 'parcel_task', task, trackingNumber: parse.trackingNumbers[0]! }, { task });
    }
    return go({ kind: 'track', trackingNumbers: parse.trackingNumbers, invalidTrackingNumbers: parse.invalidTrackingNumbers }, { task: 'status' });
  }
  if (parse.invalidTrackingNumbers.length) {
    return go({ kind: 'invalid_tracking_number', numbers: parse.invalidTrackingNumbers });
  }

  // The customer names an account: theirs selects it, anyone else's is refused without a hint.
  if (parse.accountNumber && !facts.accounts.includes(parse.accountNumber)) {
    return go({ kind: 'not_your_account', accountNumber: parse.accountNumber }, keepSearch);
  }
  const selected = parse.accountNumber ?? accounts.answered ?? accounts.numberSaid ?? accounts.named ?? undefined;
  const chosen: AccountChoice = { account: selected ?? accounts.current, selectAccount: selected };

  const search = decideSearch(r, complaint && act.act !== 'new_request' ? { act: 'new_request', frame: frameOfMessage(parse) } : act, accounts, chosen, go, complaint);
  if (search) return search;

  // Account-level flows: some need a linked user and a chosen account, others answer anyone.
  // An account picked for a waiting flow continues that flow (the pick itself reads as account_number).
  const flowIntent = chosen.selectAccount && state.flow && state.awaiting === 'account' ? (state.flow.intent as IntentName) : ACCOUNT_FLOWS[parse.intent] ? parse.intent : null;
  const flow = flowIntent ? ACCOUNT_FLOWS[flowIntent] : undefined;
  const withAccount = (d: Decision): Decision => (chosen.selectAccount ? { ...d, selectAccount: chosen.selectAccount } : d);
  if (flowIntent && flow) {
    // What the intent needs is the catalogue's (intentGate.ts), never the flow's own idea.
    switch (gate(flowIntent, facts, chosen.account)) {
      case 'need_link':
        return go({ kind: 'need_link' }, { awaiting: 'email', ...keepSearch });
      case 'no_account':
        return go({ kind: 'no_account' }, keepSearch);
      case 'ask_account':
        return go({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', flow: { intent: flowIntent, data: {} }, ...keepSearch });
      case 'open':
        return withAccount(go({ kind: 'flow', intent: flowIntent, accountNumber: chosen.account }, keepSearch));
    }
  }
  if (chosen.selectAccount) return withAccount(go({ kind: 'help' }, keepSearch));

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
