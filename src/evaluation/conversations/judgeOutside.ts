/**
 * Verdicts on what a request did, judged from outside: the replies as the customer reads them and the
 * store's records before and after the turn (tickets, handoffs, roles). The kinds are documented in
 * types.ts; the words they look for in replyText.ts.
 */
import { OPEN_TICKET_STATES, type AccountRole } from '../../store/records.ts';
import { asksForTrackingNumber, asksToLink, firstAskAt, containsWord, labelledTime, namesRole } from './replyText.ts';
import type { Shown } from './shown.ts';
import type { StoreRecords, TicketSeen } from './storeRecords.ts';
import type { Expectation } from './types.ts';

/** The store around one turn: before it, after it, and after each earlier turn. */
export interface TurnRecords {
  before: StoreRecords;
  after: StoreRecords;
  earlier: readonly StoreRecords[];
}

export type OutsideExpectation = Extract<Expectation, { kind: 'handoff' | 'ticket' | 'refusal' | 'generalAnswer' | 'zoneLabel' | 'roles' }>;

export interface OutsideVerdict {
  ok: boolean;
  expected: string;
  why?: string;
}

const OUTSIDE_KINDS: ReadonlySet<string> = new Set(['handoff', 'ticket', 'refusal', 'generalAnswer', 'zoneLabel', 'roles']);

export const isOutside = (e: Expectation): e is OutsideExpectation => OUTSIDE_KINDS.has(e.kind);

/** Kinds whose request is rightly answered by people: a handoff alongside is no failure. */
export const allowsHandoff = (e: Expectation): boolean => e.kind === 'handoff' || e.kind === 'ticket';

const openTickets = (records: StoreRecords, category: string, trackingNumber: string): TicketSeen[] =>
  records.tickets.filter((t) => t.category === category && t.trackingNumbers.includes(trackingNumber) && OPEN_TICKET_STATES.includes(t.state));

const rolesOf = (records: StoreRecords, account: string, userId: string): string[] => records.roles[`${account}/${userId}`] ?? [];

/** What acting on a request leaves behind: a new ticket, a handoff, a role changed. */
function actedOn(records: TurnRecords): string | null {
  const before = new Set(records.before.tickets.map((t) => t.number));
  if (records.after.tickets.some((t) => !before.has(t.number))) return 'opened a ticket';
  if (records.after.handoff && records.after.handoff.ticketNumber !== records.before.handoff?.ticketNumber) return 'handed the chat to a person';
  if (JSON.stringify(records.after.roles) !== JSON.stringify(records.before.roles)) return 'changed roles';
  return null;
}

/** Judges one of the outside kinds; `records` is null when the runner read no store (then they fail). */
export function judgeOutside(expect: OutsideExpectation, shown: Shown, records: TurnRecords | null): OutsideVerdict {
  const text = [shown.text, ...shown.mentioned].join('\n');
  switch (expect.kind) {
    case 'handoff': {
      const expected = `hands the chat to a person${expect.about ? ` about ${expect.about}` : ''}`;
      const handoff = records?.after.handoff ?? null;
      if (!shown.handedOff && !handoff) return { ok: false, expected, why: 'no handoff' };
      if (expect.about && !text.includes(expect.about) && !handoff?.trackingNumbers.includes(expect.about)) return { ok: false, expected, why: 'the handoff does not say which parcel' };
      return { ok: true, expected };
    }
    case 'ticket': {
      const expected = `one open ${expect.category} ticket for ${expect.trackingNumber}, named${expect.sameAs !== undefined ? `, the one of turn ${expect.sameAs + 1}` : ''}`;
      if (!records) return { ok: false, expected, why: 'no store records' };
      const tickets = openTickets(records.after, expect.category, expect.trackingNumber);
      if (tickets.length === 0) return { ok: false, expected, why: 'no such ticket' };
      if (tickets.length > 1) return { ok: false, expected, why: `${tickets.length} such tickets (${tickets.map((t) => t.number).join(', ')})` };
      const ticket = tickets[0]!;
      if (expect.sameAs !== undefined && !openTickets(records.earlier[expect.sameAs] ?? records.before, expect.category, expect.trackingNumber).some((t) => t.number === ticket.number)) {
        return { ok: false, expected, why: `turn ${expect.sameAs + 1} had no such ticket` };
      }
      return text.includes(ticket.number) ? { ok: true, expected } : { ok: false, expected, why: `did not name ${ticket.number}` };
    }
    case 'refusal': {
      const names = expect.names ?? [];
      const expected = `declines, naming the ${expect.role} role${names.length > 0 ? ` and ${names.join(', ')}` : ''}, and does nothing`;
      if (shown.notUnderstood) return { ok: false, expected, why: 'took it as a misunderstanding' };
      if (!namesRole(shown.text, expect.role)) return { ok: false, expected, why: `did not name the ${expect.role} role` };
      const missing = names.filter((n) => !containsWord(shown.text, n));
      if (missing.length > 0) return { ok: false, expected, why: `did not name ${missing.join(', ')}` };
      const acted = records ? actedOn(records) : null;
      return acted ? { ok: false, expected, why: acted } : { ok: true, expected };
    }
    case 'generalAnswer': {
      const wanted = expect.keywords.map((group) => group.join('/'));
      // Issue 15: the general answer first, "then the offer to do it for their account" — an offer to link after the answer is right.
      const expected = `answers in words${wanted.length > 0 ? ` with ${wanted.join(' + ')}` : ''} before asking for a login or a tracking number`;
      if (shown.notUnderstood) return { ok: false, expected, why: 'took it as a misunderstanding' };
      if (shown.parcels.kind === 'list') return { ok: false, expected, why: 'offered parcels' };
      const answer = shown.text.slice(0, firstAskAt(shown.text));
      if (answer.trim() === '') return { ok: false, expected, why: asksToLink(shown.text) ? 'asked to link the account' : asksForTrackingNumber(shown.text) ? 'asked for a tracking number' : 'said nothing' };
      const absent = expect.keywords.filter((group) => !group.some((word) => containsWord(answer, word)));
      return absent.length > 0 ? { ok: false, expected, why: `does not say ${absent.map((g) => g[0]).join(', ')}` } : { ok: true, expected };
    }
    case 'zoneLabel': {
      const expected = `states ${expect.time} as ${expect.places[0]} time (the place named beside it)`;
      return labelledTime(text, expect.time, expect.places) ? { ok: true, expected } : { ok: false, expected, why: `no ${expect.time} labelled with ${expect.places[0]}` };
    }
    case 'roles': {
      const wanted: readonly AccountRole[] = [...expect.roles].sort();
      const expected = wanted.length > 0 ? `${expect.userId} holds ${wanted.join(', ')} on ${expect.account}` : `${expect.userId} is no longer a member of ${expect.account}`;
      if (!records) return { ok: false, expected, why: 'no store records' };
      const now = rolesOf(records.after, expect.account, expect.userId);
      return now.join() === wanted.join() ? { ok: true, expected } : { ok: false, expected, why: `holds [${now.join(', ')}]` };
    }
  }
}
