import { opensWithYes } from '../confirmWords.ts';
import { CHAT_INTENTS } from '../decision.ts';
import { asksOfFocusNotTicket, asksQuestion, asksTicketNumber } from '../discourse/discourseAct.ts';
import { asksDisputeStatus } from '../flows/billing/billingWords.ts';
import { frameOfMessage } from '../discourse/queryFrame.ts';
import { ticketNumbersIn } from '../ticketStatus/ticketNumbers.ts';
import { flowOfItemsPointedAt } from './accountRules.ts';
import type { DecisionRule } from './types.ts';

/**
 * "What's happening with my ticket?", "那我的工单呢？", "¿y mi ticket?", or a ticket number on its own
 * (typed, or a picked "which one?" choice): the ticket's standing. A message that names or describes a
 * parcel ("2月9号发往米兰的件怎么样了") is about the parcel, and a ticket number inside another request
 * (a parcel question naming its ticket) is that request's.
 */
export const ticketStatusRule: DecisionRule = {
  name: 'ticket status',
  decide(m) {
    const { reading: { text, parse, state, keepSearch }, go } = m;
    const [number] = ticketNumbersIn(text);
    // "sí, ábrela" with the one closest parcel on screen takes that parcel (the reference), whatever "open it" sounds like.
    if (!number && opensWithYes(text) && state.awaiting === 'choice' && state.candidates.length === 1) return null;
    if (number) return CHAT_INTENTS.has(parse.intent) ? go({ kind: 'ticket_status', number }, keepSearch) : null;
    // "工单号是多少", "¿cuál es el número de la queja?": the ticket's number in so many words, whatever account number the
    // classifier heard in "号" or "número" (found by an outside tester, round 8 P3: the account-number text).
    // "my complaint number", "mi número de reclamación" said alone ask for it too (outside testers, round 8: a second
    // complaint ticket was opened for it).
    const numberAsked = asksTicketNumber(text, parse.language) && (asksQuestion(text, parse.language) || saysOnlyTicketNumber(text));
    // "what's the status of my dispute" reads close to a parcel's status: the dispute's ticket (outside tester round 7 N2).
    const asked = parse.intent === 'ticket_status' || numberAsked || asksDisputeStatus(text);
    if (!asked || parse.trackingNumbers.length || frameOfMessage(parse) !== null) return null;
    // "why hasn't it been picked up yet?" about the parcel in focus: that parcel (the reference rule), not the tickets.
    if (!numberAsked && !asksDisputeStatus(text) && asksOfFocusNotTicket(text, parse.language, state)) return null;
    // "最早那张 due 了吗" right after the invoices is about one of them (outside tester round 8 P25).
    if (!numberAsked && !asksDisputeStatus(text) && flowOfItemsPointedAt(m) !== null) return null;
    return go({ kind: 'ticket_status', number: null }, keepSearch);
  },
};

/** A few words naming the ticket's number and nothing else ("my complaint number", "我的投诉编号", "mi número de reclamación"). */
function saysOnlyTicketNumber(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  return /\p{Script=Han}/u.test(text) ? text.trim().length <= 10 : words.length <= 5;
}
