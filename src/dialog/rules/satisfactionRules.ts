/**
 * The answer to the satisfaction survey asked after people resolved the conversation: a rating (1-5,
 * said any way: satisfactionWords.ts), then a comment or "no comment". Anything else (a question, a
 * tracking number, a request) is not an answer: the survey lets it go and the other rules answer it.
 */
import type { Parse } from '../../nlu/types.ts';
import { CHAT_INTENTS } from '../decision.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import { declinesComment, ratingOf } from '../satisfactionWords.ts';
import { accessActionOf, rolesIn } from '../flows/accountAccess/accessWords.ts';
import type { DecisionRule } from './types.ts';

/** From this confidence a message of a business intent is a request, not a comment (a weak guess on a short comment such as "小王很耐心", 0.5 account_access, is a comment). */
const REQUEST_CONFIDENCE = 0.6;

/** A message that asks for something rather than comments: a question, parcels, an account, a business intent. */
function asksSomething(text: string, parse: Parse): boolean {
  if (/[?？¿]/u.test(text) || parse.trackingNumbers.length || parse.invalidTrackingNumbers.length || parse.accountNumber) return true;
  if (frameOfMessage(parse)) return true;
  // "小王很耐心" read as account_access (a colleague's name, as in "小刘现在有什么权限"): no word of users or roles, a comment.
  if (parse.intent === 'account_access' && accessActionOf(text) === null && rolesIn(text).length === 0) return false;
  return !CHAT_INTENTS.has(parse.intent) && parse.confidence >= REQUEST_CONFIDENCE;
}

export const satisfactionAnswerRule: DecisionRule = {
  name: 'satisfaction survey answer',
  decide({ asLoaded: { text, parse, facts, keepSearch, understood } }) {
    const survey = facts.survey;
    if (!survey) return null;
    if (survey.stage === 'rating') {
      const rating = ratingOf(text);
      return rating === null ? null : understood({ kind: 'satisfaction', surveyId: survey.id, answer: { rating } }, keepSearch);
    }
    if (declinesComment(text)) return understood({ kind: 'satisfaction', surveyId: survey.id, answer: { comment: null } }, keepSearch);
    if (asksSomething(text, parse)) return null;
    return understood({ kind: 'satisfaction', surveyId: survey.id, answer: { comment: text.trim() } }, keepSearch);
  },
};
