import { personRequested } from './personRequest.ts';
/**
 * The answers to the assistant's own pending question, read before the discourse act because only the
 * dialog knows what it asked: the linking e-mail and code, yes or no about a parcel, going back to a
 * flow put aside, a flow's question, a file for the parcel flow just run. Asking for a person is never
 * such an answer: it interrupts anything. These rules read the state as loaded (`asLoaded`).
 */
import type { IntentName, Parse } from '../../nlu/types.ts';
import { complaintTask } from '../complaintReading.ts';
import { confirmationOf } from '../confirmWords.ts';
import { FLOW_ASIDE_CONFIDENCE, FLOW_INTERRUPT_CONFIDENCE, personDeclinedKey } from '../decision.ts';
import { asksForPerson, asksOfNamedParcels, asksQuestion, isAcknowledgement, isCancellation, picksAmongOffered } from '../discourse/discourseAct.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../flows/registry.ts';
import { gate } from '../intentGate.ts';
import { codeIn, emailIn } from '../messageValues.ts';
import { accessActionOf } from '../flows/accountAccess/accessWords.ts';
import type { PersonOffered } from '../decision.ts';
import type { DialogState } from '../state.ts';
import type { DecisionRule } from './types.ts';

/** An anonymous customer's e-mail or code while linking; account access asked anonymously asks to link. */
export const linkingAnswerRule: DecisionRule = {
  name: 'linking answer',
  decide({ asLoaded: { text, parse, state, facts, keepSearch, understood } }) {
    if (facts.linked) return null;
    const email = state.awaiting === 'email' || state.awaiting === 'code' ? emailIn(text) : null;
    if (email) return understood({ kind: 'send_code', email }, { awaiting: 'code', ...keepSearch });
    const code = state.awaiting === 'code' ? codeIn(text) : null;
    if (code) return understood({ kind: 'verify_code', code }, keepSearch);
    // Account access answers anyone in general (the SOP, sign-in help) when the catalogue says so.
    if (parse.intent === 'account_access' && !parse.trackingNumbers.length && gate(parse.intent, facts, null) === 'need_link') {
      return understood({ kind: 'need_link' }, { awaiting: 'email', ...keepSearch });
    }
    return null;
  },
};

/**
 * A request for a person is never an answer: it interrupts anything. "是Hudson Street Ceramics" answering
 * "which account?" is no request for a person, whatever the classifier heard; a complaint about a
 * parcel finds the parcel first (parcelRules.ts).
 */
export const personAskedRule: DecisionRule = {
  name: 'person asked for',
  decide({ asLoaded: { text, parse, state, facts, keepSearch, understood }, accounts }) {
    if (!asksForPerson(text, parse) || parse.trackingNumbers.length || accounts.answered || complaintTask(text, parse, facts.linked)) return null;
    const action = personRequested(text);
    // "yes, a person please" to the person offered about a parcel: the handoff goes on with that parcel's ticket.
    const about = offered(state);
    return understood(action.kind === 'escalate' && about ? { ...action, about } : action, keepSearch);
  },
};

/** The answer to a yes/no question about a parcel ("shall I open a trace ticket?"). */
export const confirmAnswerRule: DecisionRule = {
  name: 'yes or no about a parcel',
  decide({ asLoaded: { text, parse, state, keepSearch, understood } }) {
    if (state.awaiting !== 'confirm' || !state.confirming) return null;
    // "no, a Shanghái" corrects the search; it does not answer the question.
    const answer = frameOfMessage(parse) || parse.places?.length ? null : confirmationOf(text);
    // "算了，不改了，放前台就行": a no that asks for another change is the flow's to read (found by an outside tester: dropped).
    const flow = state.flow ? PARCEL_FLOWS[state.flow.intent as IntentName] : undefined;
    if (answer !== null && state.flow && flow?.changesMind?.(text, state.flow.data, parse.language)) {
      return understood(
        { kind: 'parcel_task', task: state.flow.intent, trackingNumber: state.confirming },
        { task: state.flow.intent, ...keepSearch, flow: state.flow, lastParcel: state.confirming },
      );
    }
    if (answer === 'yes') {
      // The flow that asked (a trace offered after a status answer asks for the lost-or-delayed flow).
      const task = state.flow?.intent ?? state.task;
      return understood(
        { kind: 'parcel_task', task, trackingNumber: state.confirming, confirmed: true },
        { task, ...keepSearch, flow: state.flow, lastParcel: state.confirming },
      );
    }
    if (answer === 'no') return understood({ kind: 'thanks' }, { task: 'status', ...keepSearch });
    return null;
  },
};

/** The parcel (if any), ticket kind and reason of the person offered in the last answer, if one was. */
function offered(state: DialogState): PersonOffered | null {
  if (state.awaiting !== 'person_offer' || !state.personOffer) return null;
  const { category, detail } = state.personOffer;
  return { ...(state.confirming ? { parcel: state.confirming } : {}), category, ...(detail ? { detail } : {}) };
}

/**
 * The answer to a person offered, never imposed (a parcel in trouble or a billing question with an open
 * dispute, src/dialog/runners/byPolicy.ts; two messages not understood): a yes hands over (on the parcel's
 * ticket of that kind), a no leaves it with the bot. Anything else is a message of its own.
 */
export const personOfferAnswerRule: DecisionRule = {
  name: 'yes or no to a person offered',
  decide({ asLoaded: { text, parse, state, keepSearch, understood } }) {
    const about = offered(state);
    if (!about || frameOfMessage(parse) || parse.places?.length) return null;
    const answer = confirmationOf(text);
    // The yes changes nothing of what the customer was doing: a file sent next still belongs to the customs question.
    if (answer === 'yes') return understood({ kind: 'escalate', reason: 'requested', about }, { ...keepSearch, lastParcel: about.parcel ?? state.lastParcel, lastIntent: state.lastIntent });
    // A no is remembered: the person is not offered again on that parcel (found by an outside tester: offered after every answer).
    if (answer === 'no') return understood({ kind: 'thanks' }, { task: 'status', ...keepSearch, personDeclined: [...new Set([...state.personDeclined, personDeclinedKey(about)])] });
    return null;
  },
};

/** Going back to a flow the customer interrupted, or not. */
export const resumeAnswerRule: DecisionRule = {
  name: 'going back to a flow',
  decide({ asLoaded: { text, state, keepSearch, understood } }) {
    if (state.awaiting !== 'resume' || !state.suspended) return null;
    const answer = confirmationOf(text);
    const s = state.suspended;
    if (answer === 'yes') {
      return understood(
        { kind: 'resume', prompt: s.prompt },
        { ...keepSearch, awaiting: s.awaiting, flow: s.flow, confirming: s.confirming, task: s.task, suspended: null, lastPrompt: s.prompt },
      );
    }
    if (answer === 'no') return understood({ kind: 'acknowledge', pending: false }, { ...keepSearch, suspended: null });
    return null;
  },
};

/** A parcel flow that asked something (which change, the new address …) gets the answer. */
export const parcelFlowAnswerRule: DecisionRule = {
  name: 'parcel flow answer',
  decide({ asLoaded: { text, parse, state, keepSearch, understood } }) {
    if (state.awaiting !== 'parcel_flow' || !state.confirming || !state.flow || parse.trackingNumbers.length) return null;
    if (movesOnFrom(state.flow.intent, text, parse) || readsAsAside(text) || asksBesideStep(state.flow, text, parse)) return null;
    return understood(
      { kind: 'parcel_task', task: state.flow.intent, trackingNumber: state.confirming },
      { task: state.flow.intent, ...keepSearch, flow: state.flow, lastParcel: state.confirming },
    );
  },
};

/** A flow that asked a question gets the answer (a yes or no, a name or a reason, whatever the classifier makes of it). */
export const flowAnswerRule: DecisionRule = {
  name: 'account flow answer',
  decide({ asLoaded: { text, parse, state, keepSearch, understood }, accounts }) {
    if (state.awaiting !== 'flow' || !state.flow || parse.trackingNumbers.length) return null;
    if (movesOnFrom(state.flow.intent, text, parse) || readsAsAside(text) || answersNot(state.flow, text, parse)) return null;
    // The talk stays on the flow, whatever the classifier heard in the answer ("no, espera, déjalo"): "now take it
    // away again" or "quítalo" next is about it.
    return understood({ kind: 'flow', intent: state.flow.intent as IntentName, accountNumber: accounts.current }, { flow: state.flow, ...keepSearch, lastIntent: state.flow.intent });
  },
};

/** A file sent alone (customs documents, photos of damage) belongs to the parcel flow just run on the last parcel. */
export const fileForParcelFlowRule: DecisionRule = {
  name: 'file for the parcel flow',
  decide({ asLoaded: { text, state, facts, keepSearch, understood } }) {
    if (text.trim() || !facts.attachments || !state.lastParcel || !state.lastIntent || !PARCEL_FLOWS[state.lastIntent as IntentName]) return null;
    return understood(
      { kind: 'parcel_task', task: state.lastIntent, trackingNumber: state.lastParcel },
      { task: state.lastIntent, lastIntent: state.lastIntent, ...keepSearch },
    );
  },
};

/**
 * "whats our account number", "did the beijing parcel get signed for?" under the access-point chooser: a question the
 * flow's step cannot take as its answer is asked beside it (answered, the flow offered back), whatever the classifier's confidence.
 */
function asksBesideStep(flow: { intent: string; data: Record<string, unknown> }, text: string, parse: Parse): boolean {
  const answersStep = PARCEL_FLOWS[flow.intent as IntentName]?.answersStep;
  if (!answersStep || parse.intent === flow.intent || confirmationOf(text) !== null) return false;
  return !answersStep(text, parse, flow.data, parse.language) && asksQuestion(text, parse.language);
}

/** A question who the account's users or admins are, or what roles someone holds. */
function asksAboutUsers(text: string): boolean {
  const action = accessActionOf(text);
  return action === 'list' || action === 'mine' || action === 'show';
}

/**
 * A message clearly about something else leaves the flow's question unanswered: a sure other intent,
 * not a yes or no, and not a pick among what the flow offered ("the one from 9 Mar", "the first one").
 */
function movesOnFrom(flowIntent: string, text: string, parse: Parse): boolean {
  if (confirmationOf(text) !== null || parse.intent === flowIntent || parse.intent === 'out_of_scope') return false;
  if (picksAmongOffered(text, parse.language)) return false;
  // "can you also show me where the toronto parcel is", "has the toronto parcel arrived?" while a dispute waits for its
  // reason or its yes: a question about a parcel, never the answer (found by outside testers: taken as the reason).
  if (parse.intent === 'track_shipment' && asksOfNamedParcels(text, parse)) return true;
  // "who is the admin here?" while a dispute waits for its reason: a question about the account's users, answered
  // beside it, never the reason (outside check, session 19: it became the dispute's reason).
  if (parse.intent === 'account_access' && asksAboutUsers(text) && asksQuestion(text, parse.language)) return true;
  return parse.confidence >= FLOW_INTERRUPT_CONFIDENCE;
}

/**
 * "tell me my co2 for last month" while the role flow waits for roles: the flow says it cannot be its
 * answer, and it reads as another request, so the question does not trap the conversation.
 */
function answersNot(flow: { intent: string; data: Record<string, unknown> }, text: string, parse: Parse): boolean {
  const answers = ACCOUNT_FLOWS[flow.intent as IntentName]?.answers;
  if (!answers || answers(text, flow.data)) return false;
  if (parse.intent === flow.intent || parse.intent === 'out_of_scope') return false;
  // A place or a period describes parcels, which the flow's question does not ask for.
  return parse.confidence >= FLOW_ASIDE_CONFIDENCE || parse.destination !== null || parse.origin !== null || parse.dateRange !== null;
}

/**
 * "👍" or "never mind" is not a flow's answer (a yes or no is: the flow asked for it). A cancellation that
 * also reads as a no ("算了，不改了") drops the flow too: taken as the answer, it was read as the new address.
 */
function readsAsAside(text: string): boolean {
  return isCancellation(text) || (confirmationOf(text) === null && isAcknowledgement(text));
}
