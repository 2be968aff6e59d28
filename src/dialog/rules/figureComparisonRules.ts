import { wordsInEveryLanguage } from '../../locale/index.ts';
import type { IntentName } from '../../nlu/types.ts';
import { usesAccountFlowWords } from '../accountFlowWords.ts';
import { cueTest } from '../complaintReading.ts';
import { frameOfMessage, refineFrame } from '../discourse/queryFrame.ts';
import { ACCOUNT_FLOWS } from '../flows/registry.ts';
import { gate } from '../intentGate.ts';
import type { QueryContext } from '../state.ts';
import type { DecisionRule } from './types.ts';

const COMPARISON_CUES = wordsInEveryLanguage((w) => w.figureComparison).map((w) => cueTest(w.toLowerCase()));

/** The message asks to compare figures ("how does that compare", "which route is worse", "和十月比呢", "¿cuál fue peor?"). */
export function asksToCompare(text: string): boolean {
  const padded = ` ${text.toLowerCase()} `;
  return COMPARISON_CUES.some((said) => said(padded));
}

/**
 * A comparison of an account flow's figures (carbon): "compare our carbon emissions in november with october" (the
 * two periods named), "how does that compare with october", "和十月比呢" right after November's (the period or lane
 * now named against the one just answered), "which route is worse", "¿cuál fue peor?" after two answers (the last two
 * frames). Both figures and which is higher are given, before a reference could read "that" as the parcel in focus
 * or a search "which route". Found by an outside tester: a parcel card, "not understood", or October alone.
 */
export const figureComparisonRule: DecisionRule = {
  name: 'figure comparison',
  decide(m) {
    const { reading, chosen, go } = m;
    const { text, parse, state, facts, keepSearch } = reading;
    if (!chosen.account || parse.trackingNumbers.length || !asksToCompare(text)) return null;
    const last = state.flowFrame && ACCOUNT_FLOWS[state.flowFrame.intent as IntentName]?.comparesFigures ? state.flowFrame : null;
    const asked = ACCOUNT_FLOWS[parse.intent]?.comparesFigures && usesAccountFlowWords(text, parse.intent) ? parse.intent : null;
    const intent = (asked ?? last?.intent ?? null) as IntentName | null;
    if (!intent || gate(intent, facts, chosen.account) !== 'open') return null;
    const before = last?.intent === intent ? last.frame : null;
    const periods = parse.periodsNamed ?? (parse.dateRange ? [parse.dateRange] : []);
    const said = frameOfMessage({ ...parse, dateRange: periods[periods.length - 1] ?? null });
    let frame: QueryContext;
    let comparedWith: QueryContext;
    if (periods.length >= 2 && said) {
      // Two periods named: the first is compared with, the last is the one asked (and kept for "¿y a México?").
      frame = before ? refineFrame(before, said) : said;
      comparedWith = { ...frame, dateRange: periods[0]! };
    } else if (said && before) {
      frame = refineFrame(before, said);
      comparedWith = before;
    } else if (!said && before && last?.earlier) {
      frame = before;
      comparedWith = last.earlier;
    } else return null;
    const d = go({ kind: 'flow', intent, accountNumber: chosen.account, frame, comparedWith }, keepSearch);
    return chosen.selectAccount ? { ...d, selectAccount: chosen.selectAccount } : d;
  },
};
