import { asksForContactDetails, asksServiceHours } from '../../escalation/complaintCues.ts';
import { personRequested } from './personRequest.ts';
import type { Decision } from '../decision.ts';
import type { DecisionRule, MessageReading } from './types.ts';

/** Greetings, help, thanks, goodbyes, asking for a person by intent, and customer service's hours asked out of scope. Every other intent has a flow (routed before). */
export const smallTalkRule: DecisionRule = {
  name: 'small talk',
  decide({ reading: { text, parse, keepSearch }, go }) {
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
        return go(personRequested(text), keepSearch);
      case 'out_of_scope':
        // "What are your opening hours?" is no parcel question, but one customer service answers: its lines and hours.
        return asksForContactDetails(text) ? go({ kind: 'contact_details' }, keepSearch) : null;
      default:
        return null;
    }
  },
};

/**
 * "are you open on sundays", "周日有人吗", "¿atienden los domingos?", "what are your hours": customer service's lines and
 * hours, whatever the classifier guessed (found by an outside tester: a parcel list, "not understood", a ticket status).
 */
export const serviceHoursRule: DecisionRule = {
  name: 'service hours',
  decide({ reading: { text, parse, keepSearch }, go }) {
    return asksServiceHours(text) && !parse.trackingNumbers.length ? go({ kind: 'contact_details' }, keepSearch) : null;
  },
};

/** What no rule decided was not understood; twice in a row, people take over (the runner). */
export function notUnderstood({ reading: { text, parse, state, facts } }: MessageReading): Decision {
  // A file sent alone, with no request waiting for it, is not a message we failed to read: what it may be for is said.
  if (!text.trim() && (facts.attachments ?? 0) > 0) {
    return { action: { kind: 'not_understood', again: false, file: true }, state: { ...state, lastIntent: parse.intent } };
  }
  const misunderstandings = state.misunderstandings + 1;
  return {
    action: { kind: 'not_understood', again: misunderstandings >= 2 },
    state: { ...state, misunderstandings, lastIntent: parse.intent },
  };
}
