import { asksForContactDetails, asksForCustomsTeam, soundsLikeComplaint } from '../../escalation/complaintCues.ts';
import type { Action } from '../decision.ts';

/**
 * What a request for people gets: asking for the phone line ("your customer service number?") is
 * answered with it and a person offered; anything else hands over, as a complaint when it sounds like one,
 * to the customs team when it asks for them ("a customs specialist", "清关专员", "un agente de aduanas").
 */
export function personRequested(text: string): Action {
  if (asksForContactDetails(text)) return { kind: 'contact_details' };
  const reason = soundsLikeComplaint(text) ? 'complaint' : 'requested';
  return { kind: 'escalate', reason, ...(reason === 'requested' && asksForCustomsTeam(text) ? { team: 'customs' as const } : {}) };
}
