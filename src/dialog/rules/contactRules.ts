import { contactIn } from '../messageValues.ts';
import type { DecisionRule } from './types.ts';

/**
 * The answer to "what is your e-mail address or phone number?" (asked outside opening hours before a
 * customer who is not signed in is handed to people): a contact hands over with it; anything else is
 * asked again, but "never mind" drops the request (the cancellation rule).
 */
export const handoffContactRule: DecisionRule = {
  name: 'contact for the handoff',
  decide({ asLoaded: { text, state, keepSearch, understood }, act }) {
    if (state.awaiting !== 'handoff_contact' || act.act === 'cancellation') return null;
    const contact = contactIn(text);
    if (contact) return understood({ kind: 'escalate', reason: 'requested', contact }, { ...keepSearch, awaiting: null });
    return understood({ kind: 'ask_contact', again: true }, { ...keepSearch, awaiting: 'handoff_contact' });
  },
};
