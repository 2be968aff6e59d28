import { FOLLOW_UP_MAX_CONFIDENCE } from '../decision.ts';
import { usesIntentWords } from '../accountFlowWords.ts';
import { asksClearanceTime, asksOfAnyParcel, asksWhatCustomsNeeds, asksWhatsMissing, asksWhoPaysDuties, namesOneParcel, pointsAtParcel } from '../discourse/discourseAct.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import { decideSearch } from '../searchDecision.ts';
import type { DecisionRule } from './types.ts';

/**
 * A general customs question of a destination (outside tester, round 6 M7: a parcel count, or one parcel's
 * state): "what customs paperwork do we need for parcels to mexico", "寄新加坡要什么清关文件", "¿y para alemania
 * hace falta aduana?" get the destination's documents (none inside one customs area); "who pays the import
 * duties on the new york parcel", "关税谁付", "¿quién paga los aranceles…?" who pays the duties. "and for
 * japan?", "那寄墨西哥呢" right after goes on with the same question. A question of one parcel's customs ("what
 * documents does the new york parcel need", "is it cleared?") is the customs flow on that parcel, not this.
 */
export const customsQuestionRule: DecisionRule = {
  name: 'customs question',
  decide({ act, reading, accounts, chosen, go }) {
    const { text, parse, state, facts, keepSearch } = reading;
    if (!facts.linked || parse.trackingNumbers.length > 0) return null;
    const lang = parse.language;
    const duties = asksWhoPaysDuties(text, lang);
    const customs = (parse.intent === 'customs_help' && parse.confidence >= FOLLOW_UP_MAX_CONFIDENCE) || usesIntentWords(text, 'customs_help');
    const destination = parse.destination?.country ?? null;
    const described = parse.dateRange !== null || parse.statusHints.length > 0 || (parse.asks?.length ?? 0) > 0;
    // "and for japan?", "那寄墨西哥呢" right after: another destination only, the same question.
    const goesOn = state.customsAsked !== null && (act.act === 'refinement' || act.act === 'new_request') && destination !== null && !described && !namesOneParcel(text, lang);
    const documents = customs && asksWhatCustomsNeeds(text, lang) && destination !== null && !described && !namesOneParcel(text, lang);
    // "is anything of ours stuck in customs right now?" after one parcel was shown: the account's parcels, not that one
    // (found by an outside tester: the cleared parcel in focus was shown again).
    // Only a question that describes nothing else (its status asked, not filtered on): a description is searched as it is.
    if (customs && !duties && state.lastParcel && frameOfMessage(parse) === null && asksOfAnyParcel(text, lang) && !pointsAtParcel(text, lang)) {
      return decideSearch({ ...reading, state: { ...state, lastParcel: null } }, { act: 'new_request', frame: null }, accounts, chosen, go);
    }
    // "what's missing for it?" right after a parcel's customs: that parcel's customs again (the missing document), never a
    // lost-parcel trace for the word "missing" (found by an outside tester, round 8 P7: a second, exception ticket).
    const onCustoms = state.task === 'customs_help' || state.lastIntent === 'customs_help';
    if (state.lastParcel && onCustoms && asksWhatsMissing(text, lang) && frameOfMessage(parse) === null) {
      return go({ kind: 'parcel_task', task: 'customs_help', trackingNumber: state.lastParcel }, { ...keepSearch, task: 'customs_help' });
    }
    // "how long does customs clearance take?": no time promised, what shortens it, and the parcel in focus's state (round 8 P8).
    if (asksClearanceTime(text, lang) && !duties && !documents) {
      return go({ kind: 'customs_rules', ask: 'duration', destination: null, origin: null, parcel: state.lastParcel, accountNumber: chosen.account }, keepSearch);
    }
    const ask = duties ? 'duties' : documents ? 'documents' : goesOn && state.customsAsked!.ask !== 'duration' ? state.customsAsked!.ask : null;
    if (!ask) return null;
    // "关税谁付" right after the documents of Singapore: of Singapore; else of the parcel in focus.
    const carried = destination ?? state.customsAsked?.destination ?? null;
    return go(
      { kind: 'customs_rules', ask, destination: carried, origin: parse.origin?.country ?? null, parcel: carried ? null : state.lastParcel, accountNumber: chosen.account },
      keepSearch,
    );
  },
};
