import { answerToPendingQuestion } from '../pendingAnswers.ts';
import type { DecisionRule } from './types.ts';

/** The answer to the assistant's own pending question (pendingAnswers.ts): only the dialog knows what it asked. */
export const pendingAnswerRule: DecisionRule = {
  name: 'pending answer',
  decide: (m) => answerToPendingQuestion(m.asLoaded, m.accounts),
};

/** An answer to "which one?" by one of the offered numbers. */
export const offeredChoiceRule: DecisionRule = {
  name: 'offered choice',
  decide({ reading: { parse, state, keepSearch }, accounts, go }) {
    if (state.awaiting !== 'choice' || !state.candidates.length || !accounts.current) return null;
    const offered = parse.trackingNumbers.find((n) => state.candidates.includes(n));
    return offered ? go({ kind: 'show_candidate', accountNumber: accounts.current, trackingNumber: offered }, { ...keepSearch, task: state.task }) : null;
  },
};
