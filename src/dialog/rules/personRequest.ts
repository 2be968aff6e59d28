import { asksForContactDetails, soundsLikeComplaint } from '../../escalation/complaintCues.ts';
import type { Action } from '../decision.ts';

/**
 * What a request for people gets: asking for the phone line ("your customer service number?") is
 * answered with it and a person offered; anything else hands over, as a complaint when it sounds like one.
 */
export function personRequested(text: string): Action {
  if (asksForContactDetails(text)) return { kind: 'contact_details' };
  return { kind: 'escalate', reason: soundsLikeComplaint(text) ? 'complaint' : 'requested' };
}
