import { asksAboutWait } from '../discourse/discourseAct.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import type { DecisionRule } from './types.ts';

/**
 * While the customer waits in the queue for a person, "what happens next?", "how long will it take?", "要等多久",
 * "¿cuánto tardará?" are about the wait: their place, the wait and what that person will do (outside testers, round 8:
 * silence, or a claim path and a parcel list, answered them). A message that names or describes a parcel is about it.
 */
export const waitingQuestionRule: DecisionRule = {
  name: 'question while waiting for a person',
  decide({ reading: { text, parse, facts, keepSearch }, go }) {
    if (!facts.waitingForPerson || !asksAboutWait(text, parse.language)) return null;
    if (parse.trackingNumbers.length || frameOfMessage(parse) !== null) return null;
    return go({ kind: 'waiting_status' }, keepSearch);
  },
};
