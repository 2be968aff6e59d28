import type { IntentName, Parse } from '../nlu/types.ts';
import { readAccounts } from './accountReading.ts';
import { usesIntentWords, withFigureWords } from './accountFlowWords.ts';
import { ACCOUNT_FLOWS } from './flows/registry.ts';
import { FOLLOW_UP_MAX_CONFIDENCE, PARCEL_TASKS, decisionFrom, type Decision, type DialogFacts, type TurnReading } from './decision.ts';
import { complaintTask } from './complaintReading.ts';
import { readDiscourseAct, type DiscourseAct } from './discourse/discourseAct.ts';
import { frameOfMessage } from './discourse/queryFrame.ts';
import { DECISION_RULES } from './rules/registry.ts';
import { notUnderstood } from './rules/smallTalkRules.ts';
import type { MessageReading } from './rules/types.ts';
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
 * speaker's facts (src/dialog/README.md). The message is read once (`readMessage`), then the decision
 * rules (rules/registry.ts) are tried in order: the answers to the assistant's own pending question,
 * the message's discourse act (acknowledgements, cancellations, requests for a person, references),
 * tracking numbers, the parcel search by act, account flows and small talk.
 */
export function decide(text: string, parse: Parse, loaded: DialogState, facts: DialogFacts): Decision {
  return firstDecision(readMessage(text, parse, loaded, facts)).decision;
}

/** The decision of the first rule that decides, and that rule's name (`not understood` when none does). */
export function firstDecision(m: MessageReading): { rule: string; decision: Decision } {
  for (const rule of DECISION_RULES) {
    const decision = rule.decide(m);
    if (decision) return { rule: rule.name, decision };
  }
  return { rule: 'not understood', decision: notUnderstood(m) };
}

/** Everything the rules read about one message, worked out once: its accounts, its discourse act, a complaint, the account chosen. */
export function readMessage(text: string, said: Parse, loaded: DialogState, facts: DialogFacts): MessageReading {
  const parse = withFigureWords(text, said);
  const base: DialogState = { ...loaded, misunderstandings: 0, awaiting: null, lastIntent: parse.intent, flowFrame: null, customsAsked: null };
  const asLoaded: TurnReading = {
    text,
    parse,
    state: loaded,
    facts,
    keepSearch: { lastQuery: loaded.lastQuery, lastList: loaded.lastList },
    sureParcelTask: parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE ? PARCEL_TASKS[parse.intent] : undefined,
    understood: (action, patch) => decisionFrom(base, action, patch),
  };
  const accounts = readAccounts(text, parse, loaded, facts);

  // Anything else after "Shall we go back to …?": the customer moved on, and the flow put aside is not offered again.
  const state: DialogState = loaded.awaiting === 'resume' ? { ...loaded, awaiting: null, suspended: null } : loaded;
  // "and on account 8T4C2M, which parcels …" after a list of another account's: a new request there, not a pick among that list.
  const namedAccount = accounts.named ?? (parse.accountNumber && facts.accounts.includes(parse.accountNumber) ? parse.accountNumber : null) ?? accounts.numberSaid;
  const otherAccount = namedAccount !== null && namedAccount !== accounts.current;
  // What the message does in the conversation, decided once. An account picked by its position or name
  // is an answer, not a reference to a parcel; a request about another account starts afresh there.
  const act: DiscourseAct =
    accounts.answered || otherAccount || (accounts.all && state.awaiting === 'account') ? { act: 'new_request', frame: frameOfMessage(parse) } : readDiscourseAct(text, parse, state, {
          namesAccountItem: Object.keys(ACCOUNT_FLOWS).some((intent) => usesIntentWords(text, intent)),
          afterAccountAnswer: state.lastIntent !== null && ACCOUNT_FLOWS[state.lastIntent as IntentName] !== undefined,
        });
  // A flow waiting for its answer is put aside (and offered back) when the customer asks something else.
  const suspended = act.act === 'acknowledgement' || act.act === 'cancellation' ? state.suspended : suspend(state);
  const on: DialogState = { ...base, suspended };
  // The customer names an account: theirs selects it (someone else's is refused by its rule first).
  const selected = parse.accountNumber ?? accounts.answered ?? accounts.numberSaid ?? accounts.named ?? undefined;
  return {
    asLoaded,
    reading: { ...asLoaded, state },
    accounts,
    act,
    // "我的包裹在洛杉矶海关卡了五天，我要投诉": a complaint about a parcel the message describes goes to people
    // about that parcel, found first (the one held in customs); one without a description is about the parcel in focus.
    complaint: complaintTask(text, parse, facts.linked),
    chosen: { account: selected ?? accounts.current, selectAccount: selected },
    go: (action, patch) => decisionFrom(on, action, patch),
  };
}
