import type { IntentName, Parse } from '../../nlu/types.ts';
import { goesOnWithAccountFlow, usesAccountFlowWords, usesIntentWords } from '../accountFlowWords.ts';
import { cueTest } from '../complaintReading.ts';
import { accountNamedIn } from '../accountNames.ts';
import { asksQuestion, continuesLastMessage, namesParcels, namesSomeoneElse } from '../discourse/discourseAct.ts';
import { memberNamedIn } from '../memberNames.ts';
import { frameOfMessage, refineFrame } from '../discourse/queryFrame.ts';
import type { QueryContext } from '../state.ts';
import { FOLLOW_UP_MAX_CONFIDENCE, type Decision } from '../decision.ts';
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../flows/registry.ts';
import { gate } from '../intentGate.ts';
import { asksDisputeProcess, billingActionOf } from '../flows/billing/billingWords.ts';
import type { AccountFlow } from '../flows/types.ts';
import { accessActionOf } from '../flows/accountAccess/accessWords.ts';
import type { DecisionRule, MessageReading } from './types.ts';

/** The account the message chose, kept on the conversation. */
function withChosenAccount({ chosen }: MessageReading, d: Decision): Decision {
  return chosen.selectAccount ? { ...d, selectAccount: chosen.selectAccount } : d;
}

/** The customer names an account: anyone else's is refused without a hint (theirs is chosen by the rules after). */
export const notYourAccountRule: DecisionRule = {
  name: 'not your account',
  decide({ reading: { parse, facts, keepSearch }, go }) {
    if (!parse.accountNumber || facts.accounts.includes(parse.accountNumber)) return null;
    return go({ kind: 'not_your_account', accountNumber: parse.accountNumber }, keepSearch);
  },
};

/**
 * Another company's data asked for by its name, or a colleague's or friend's there ("Bob Miller's parcels?
 * he's a friend at Hudson Street Ceramics", "珠江电子集团的最新发票"): refused plainly, never answered with
 * the speaker's own data as if it were theirs (found by an outside tester). A number typed is shown as
 * the public page shows it (tracking numbers rule); the speaker's own company named is theirs.
 */
export const someoneElsesRule: DecisionRule = {
  name: "someone else's data",
  decide({ reading: { text, parse, facts, keepSearch }, go }) {
    if (!facts.linked || parse.trackingNumbers.length) return null;
    const other = namesSomeoneElse(text);
    const own = (facts.ownAccountNames ?? []).some((name, i) => accountNamedIn(text, [{ number: String(i), name }]) !== null);
    if (!other.person && (!other.company || own)) return null;
    return go({ kind: 'not_your_account', accountNumber: null }, keepSearch);
  },
};

/**
 * Account-level flows: what the intent needs is the catalogue's (intentGate.ts), never the flow's own
 * idea: some need a linked user and a chosen account, others answer anyone. An account picked for a
 * waiting flow continues that flow (the pick itself reads as account_number).
 */
export const accountFlowRule: DecisionRule = {
  name: 'account flow',
  decide(m) {
    const { reading, chosen, go } = m;
    const { parse, state, facts, keepSearch } = reading;
    const flowIntent = chosen.selectAccount && state.flow && state.awaiting === 'account' ? (state.flow.intent as IntentName) : ACCOUNT_FLOWS[parse.intent] ? parse.intent : null;
    if (!flowIntent || !ACCOUNT_FLOWS[flowIntent]) return null;
    const outcome = gate(flowIntent, facts, chosen.account);
    // A user of several accounts asking for their own roles or accounts, none named, is answered for each of them.
    if (outcome === 'ask_account' && flowIntent === 'account_access' && accessActionOf(reading.text) === 'mine') {
      return go({ kind: 'flow', intent: flowIntent, accountNumber: null }, keepSearch);
    }
    switch (outcome) {
      case 'need_link':
        return go({ kind: 'need_link' }, { awaiting: 'email', ...keepSearch });
      case 'no_account':
        return go({ kind: 'no_account' }, keepSearch);
      case 'ask_account':
        return go({ kind: 'ask_account', accounts: facts.accounts }, { awaiting: 'account', flow: { intent: flowIntent, data: {} }, ...keepSearch });
      case 'open':
        return withChosenAccount(m, go({ kind: 'flow', intent: flowIntent, accountNumber: chosen.account }, keepSearch));
    }
  },
};

/**
 * A reference to what an account flow showed ("dispute the second one, we were charged twice", "pay the
 * overdue one", "第二张", "la vencida", "no, the first one" after a payment): that flow on those items,
 * when the message is in its words or comes right after its answer, and names no parcel. Found by an
 * outside tester: "the second one" after the invoices was asked "which invoice?" with another list.
 */
export const flowItemsRule: DecisionRule = {
  name: 'items a flow showed',
  decide(m) {
    const { reading, chosen, go } = m;
    const { keepSearch } = reading;
    const flow = flowOfItemsPointedAt(m);
    if (!flow || !chosen.account) return null;
    // The talk stays on the flow: its next reference ("sorry, I meant the overdue one") is about the same items.
    return withChosenAccount(m, go({ kind: 'flow', intent: flow.intent, accountNumber: chosen.account }, { ...keepSearch, lastIntent: flow.intent }));
  },
};

/** A tracking question or a parcel flow's (customs, a trace …), asked surely: about a parcel, whatever its pronoun. */
function asksSurelyOfParcel(parse: Parse): boolean {
  return (parse.intent === 'track_shipment' || PARCEL_FLOWS[parse.intent] !== undefined) && parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE;
}

/**
 * The account flow whose items the message points at ("the second one", "最早那张到期了吗" right after the invoices), when
 * it may run; else null. The ticket-status rule asks it too: "最早那张 due 了吗" reads close to "我的单子有回复了吗".
 */
export function flowOfItemsPointedAt({ reading, chosen }: Pick<MessageReading, 'reading' | 'chosen'>): AccountFlow | null {
  const { text, parse, state } = reading;
  const shown = state.flowShown;
  const flow = shown ? ACCOUNT_FLOWS[shown.intent as IntentName] : undefined;
  if (!shown || !flow?.refersToShown || !chosen.account || parse.trackingNumbers.length) return null;
  // A question still open (which parcel?) is answered first; a place describes a parcel ("是寄到多伦多那个").
  if (state.awaiting !== null || parse.origin || parse.destination) return null;
  if (parse.intent !== shown.intent && state.lastIntent !== shown.intent) return null;
  if (namesParcels(text, parse.language) && parse.intent !== shown.intent) return null;
  // Another account flow asked in its own words ("VIP多少钱" after the invoices) is that flow, not a follow-up on them.
  if (parse.intent !== shown.intent && usesAccountFlowWords(text, parse.intent)) return null;
  // "why is it held?" after a parcel and the invoices answered in one message: a sure question about the parcel, its
  // "it" the parcel in focus, not the invoices (outside tester round 9, E6: the invoices were listed again).
  if (state.lastParcel && asksSurelyOfParcel(parse) && !usesIntentWords(text, shown.intent)) return null;
  if (!flow.refersToShown(text, parse, shown)) return null;
  return gate(flow.intent, reading.facts, chosen.account) === 'open' ? flow : null;
}

/**
 * "how long does a dispute usually take?", "will you notify me when it's decided?", "争议一般多久有结果", "¿me avisarán?":
 * the billing flow's answer (5 working days, by e-mail), when the message says dispute or comes after one was proposed or
 * opened (outside tester round 8 P21: a parcel picker, "not understood"); never a parcel search or an alert.
 */
export const disputeProcessRule: DecisionRule = {
  name: 'dispute process',
  decide(m) {
    const { reading, chosen, go } = m;
    const { text, parse, state, facts, keepSearch } = reading;
    if (parse.trackingNumbers.length || !asksDisputeProcess(text) || !chosen.account) return null;
    const afterDispute = state.flowShown?.intent === 'billing' && state.flowShown.action === 'dispute';
    if (!afterDispute && billingActionOf(text) !== 'dispute') return null;
    if (gate('billing', facts, chosen.account) !== 'open') return null;
    return withChosenAccount(m, go({ kind: 'flow', intent: 'billing', accountNumber: chosen.account }, { ...keepSearch, lastIntent: 'billing' }));
  },
};

/** An account chosen with nothing else to do: it is kept, and what the assistant can do is said. */
export const accountChosenRule: DecisionRule = {
  name: 'account chosen',
  decide(m) {
    return m.chosen.selectAccount ? withChosenAccount(m, m.go({ kind: 'help' }, m.reading.keepSearch)) : null;
  },
};

/**
 * An account flow that answers for described parcels (carbon) or a period (billing), asked again or followed up:
 * - in the flow's own words ("算了，先看本周的碳排放", "which lane emits most?") it is that flow, not a
 *   refinement of a parcel search under way; a period not named is the one it last answered for;
 * - right after its answer, "and of the ones to London in March?", "y los de este mes?", "还有上个月的呢",
 *   and after the invoices a bare "la de enero" (no parcel words) go on with it (not a parcel search),
 *   the period and lane not named carried over, when the flow reads what the message describes.
 * Found by an outside tester: such follow-ups were read as tracking questions.
 */
export const describedFlowRule: DecisionRule = {
  name: 'described-parcels flow',
  decide(m) {
    const { act, reading, chosen, go } = m;
    const { text, parse, state, keepSearch } = reading;
    // By number: the account flow rule (a parcel's own figure). Someone else's account was refused before.
    if (act.act === 'reference' || !chosen.account || parse.trackingNumbers.length) return null;
    const last = state.flowFrame;
    // Its own words, or the same flow asked again right after its answer ("哪条线路排放最多").
    const own = ACCOUNT_FLOWS[parse.intent]?.answersTrackingNumbers === true && (usesAccountFlowWords(text, parse.intent) || last?.intent === parse.intent);
    const followsUp = last !== null && !own && (parse.intent === 'track_shipment' || parse.intent === 'out_of_scope' || parse.intent === last.intent) && goesOnWithAccountFlow(text, parse, last.intent as IntentName);
    if (!own && !followsUp) return null;
    const intent = (own ? parse.intent : last!.intent) as IntentName;
    const said = frameOfMessage(parse);
    const before = last?.intent === intent ? last.frame : null;
    let frame: QueryContext | null = said;
    if (before && followsUp) frame = said ? refineFrame(before, said) : before;
    else if (before && !said?.dateRange) frame = { ...(said ?? before), dateRange: before.dateRange };
    if (!frame) return withChosenAccount(m, go({ kind: 'flow', intent, accountNumber: chosen.account }, keepSearch));
    return withChosenAccount(m, go({ kind: 'flow', intent, accountNumber: chosen.account, frame }, keepSearch));
  },
};

/**
 * The account flow just answered, asked again of another of the speaker's accounts named alone ("and on hudson
 * street?" after the Maple Lane invoices, "¿y en la otra cuenta?"): that flow there, not a parcel search on it
 * (found by an outside tester: the recent parcels of that account were listed).
 */
export const flowOnOtherAccountRule: DecisionRule = {
  name: 'account flow on another account',
  decide(m) {
    const { reading, accounts, go } = m;
    const { text, parse, state, facts } = reading;
    const other = accounts.named ?? accounts.numberSaid;
    const intent = state.lastIntent as IntentName | null;
    if (!other || other === accounts.current || !intent || !ACCOUNT_FLOWS[intent] || parse.trackingNumbers.length) return null;
    // Only the account is new: nothing described, no parcel named, no other flow asked in its own words.
    if (!continuesLastMessage(text, parse.language) || frameOfMessage(parse) !== null || namesParcels(text, parse.language)) return null;
    if (parse.intent !== intent && usesAccountFlowWords(text, parse.intent)) return null;
    if (gate(intent, facts, other) !== 'open') return null;
    return { ...go({ kind: 'flow', intent, accountNumber: other }, { ...reading.keepSearch, lastIntent: intent }), selectAccount: other };
  },
};

/**
 * "what can Dana do?", "李娜能做什么？", "¿qué puede hacer Mateo?": a question naming a user of the speaker's account,
 * which the classifier took for a request for help or could not place, is about that user's roles (the users flow
 * shows them to those who may list the users). Outside check, session 19: the assistant's own help was answered.
 */
export const memberAskedAboutRule: DecisionRule = {
  name: 'member asked about',
  decide(m) {
    const { reading, chosen, go } = m;
    const { text, parse, facts, keepSearch } = reading;
    if (parse.intent !== 'help' && parse.intent !== 'out_of_scope' && parse.intent !== 'account_access') return null;
    if (!chosen.account || parse.trackingNumbers.length || frameOfMessage(parse) !== null || namesParcels(text, parse.language)) return null;
    if (!asksQuestion(text, parse.language) || memberNamedIn(text, facts.memberNames ?? []) === null) return null;
    if (accessActionOf(text) !== null || gate('account_access', facts, chosen.account) !== 'open') return null;
    return withChosenAccount(m, go({ kind: 'flow', intent: 'account_access', accountNumber: chosen.account }, { ...keepSearch, lastIntent: 'account_access' }));
  },
};

/**
 * Right after an account flow's answer, a message the classifier could not place (or placed in another flow without
 * that flow's words) that goes on with it (`AccountFlow.goesOn`): "hazlo tú por mí, se llama Pablo, pablo@…",
 * "那谁可以加？", "who can do it then?" after a refusal to add a user. That flow reads it again, not a parcel search
 * or "not understood" (found by an outside tester: the recent parcels were listed, then "no te he entendido").
 */
export const accountFlowFollowUpRule: DecisionRule = {
  name: 'account flow follow-up',
  decide(m) {
    const { reading, chosen, go } = m;
    const { text, parse, state, facts, keepSearch } = reading;
    const intent = state.lastIntent as IntentName | null;
    const flow = intent ? ACCOUNT_FLOWS[intent] : undefined;
    if (!intent || !flow?.goesOn || !chosen.account || state.awaiting !== null || parse.trackingNumbers.length) return null;
    // "那我能做什么" right after a refusal reads as a request for help: the flow says whether it goes on (its roles).
    if (parse.intent !== intent && parse.intent !== 'out_of_scope' && parse.intent !== 'help') {
      // Another account flow asked in its own words, or anything else the classifier is sure of, is that request.
      if (ACCOUNT_FLOWS[parse.intent] ? usesAccountFlowWords(text, parse.intent) : parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE) return null;
    }
    if (frameOfMessage(parse) !== null || namesParcels(text, parse.language) || !flow.goesOn(text, parse)) return null;
    if (gate(intent, facts, chosen.account) !== 'open') return null;
    return withChosenAccount(m, go({ kind: 'flow', intent, accountNumber: chosen.account }, { ...keepSearch, lastIntent: intent }));
  },
};
