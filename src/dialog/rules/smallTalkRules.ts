import { personRequested } from './personRequest.ts';
import type { Decision } from '../decision.ts';
import type { DecisionRule, MessageReading } from './types.ts';

/** Greetings, help, thanks, goodbyes and asking for a person by intent. Every other intent has a flow (routed before). */
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
      default:
        return null;
    }
  },
};

/** What no rule decided was not understood; twice in a row, people take over (the runner). */
export function notUnderstood({ reading: { parse, state } }: MessageReading): Decision {
  const misunderstandings = state.misunderstandings + 1;
  return {
    action: { kind: 'not_understood', again: misunderstandings >= 2 },
    state: { ...state, misunderstandings, lastIntent: parse.intent },
  };
}
