/**
 * The shapes of the discourse oracle: a customer's search as slots, generated conversations with what
 * each turn must show, and the verdicts the runner gives. Nothing here knows how the dialog works.
 */
import type { Language } from '../../nlu/types.ts';
import type { AccountRole, TicketCategory } from '../../store/records.ts';

export type { Language };

/** The report's rows: one per class and language (issue 14, "What to build" 2). */
export const CONVERSATION_CLASSES = [
  'fresh',
  'after_prefix',
  'pronoun',
  'ordinal',
  'description_pick',
  'correction',
  'refinement',
  'interruption',
  'account_choice',
  'language',
  'typo',
  'handwritten',
  /** Written from the domain alone and kept from the dialog team (holdout.ts): how the assistant generalises. */
  'holdout',
  /** A second held-out set, written from the domain alone after the first was seen (holdout2.ts). */
  'holdout2',
  /** A third held-out set for issue 15 (holdout3.ts): whole messages, tickets, handoffs, roles, general answers, local times. */
  'holdout3',
] as const;
export type ConversationClass = (typeof CONVERSATION_CLASSES)[number];

/** A date phrase as the customer says it; the oracle turns it into local calendar dates. */
export type DateSlot =
  | { kind: 'today' }
  | { kind: 'yesterday' }
  | { kind: 'daysAgo'; n: number }
  /** "last Tuesday", "上周二", "el martes pasado"; weekday 0 = Sunday … 6 = Saturday. */
  | { kind: 'weekday'; weekday: number }
  /** "on 14 March", "3月14日", "el 14 de marzo": the most recent such day, YYYY-MM-DD. */
  | { kind: 'explicit'; date: string }
  | { kind: 'lastWeek' }
  /** "the 14th", "14号", "el día 14" in a correction: that day of the current month. */
  | { kind: 'dayOfMonth'; date: string };

/** A city by its demo key (src/demo/cities.ts) or a country by ISO code. */
export type PlaceSlot = { kind: 'city'; key: string } | { kind: 'country'; code: string };

export type StatusSlot = 'delivered' | 'not_delivered';

/** A self-contained search: every slot the customer said, nothing else. */
export interface Query {
  date?: DateSlot;
  origin?: PlaceSlot;
  destination?: PlaceSlot;
  status?: StatusSlot;
}

/** What one turn must show, checked against what the bot's replies show (see shown.ts). */
export type Expectation =
  /** Not checked (an unrelated prefix). Handing the chat to a person is still a failure. */
  | { kind: 'any' }
  /** Small talk or an aside (thanks, 👍, a greeting, "what's my account number?"): not taken as a misunderstanding. */
  | { kind: 'understood' }
  /** Exactly one → that parcel is shown; two to five → exactly these are offered as choices. */
  | { kind: 'parcels'; trackingNumbers: string[] }
  /** Nothing fits: the bot says so and presents no parcel as the match. */
  | { kind: 'nothing' }
  /** The bot talks about this parcel (its number is in the reply) and about no other. */
  | { kind: 'mentions'; trackingNumber: string }
  /** An impossible pick: no parcel shown as picked, and the list offered at `turn` offered again. */
  | { kind: 'reoffer'; turn: number }
  /** The parcel at `position` (1-based, or the last) of the list the bot offered at `turn`. */
  | { kind: 'pick'; turn: number; position: number | 'last' }
  /** "the other one": the one parcel of the list offered at `turn` that is not the one shown at `picked`. */
  | { kind: 'other'; turn: number; picked: number }
  /** The bot asks which account, offering these account numbers. */
  | { kind: 'asksAccount'; accounts: string[] }
  /** After an answer by position to "which account?": the search on the account at that position of the offer at `turn`. */
  | { kind: 'accountPick'; turn: number; position: number; byAccount: Record<string, string[]> }
  // The kinds below are judged from the replies and the store's records (tickets, handoffs, roles), never the dialog's state.
  /** A person is asked to take over (the handoff event, or a handoff in the store); with `about`, that parcel's number is in the replies or on the handoff's ticket. */
  | { kind: 'handoff'; about?: string }
  /**
   * Exactly one open ticket of this category for this parcel on the account, and the reply names it
   * (its number); with `sameAs`, that ticket already existed after turn `sameAs` (asking again opened no second one).
   */
  | { kind: 'ticket'; category: TicketCategory; trackingNumber: string; sameAs?: number }
  /** Declines: the reply names the role (in any language, see replyText.ts) and these people when given; no ticket, handoff or role change follows. */
  | { kind: 'refusal'; role: AccountRole; names?: string[] }
  /**
   * Answers in words: not "did not understand", no parcel list, no handoff; each keyword group
   * (alternatives, any language) is in the reply before any sentence asking to link the account or for
   * a tracking number (issue 15: the general answer first, then the offer to do it for their account).
   */
  | { kind: 'generalAnswer'; keywords: string[][] }
  /** A clock time labelled with its place: `time` (HH:MM, that place's local time) within a few words of one of `places` (its names in any language). */
  | { kind: 'zoneLabel'; time: string; places: string[] }
  /** The user's roles on the account after this turn are exactly these (none: no longer a member). */
  | { kind: 'roles'; account: string; userId: string; roles: AccountRole[] };

export interface TurnSpec {
  text: string;
  expect: Expectation;
  /** The search the oracle filtered for this turn (for reports). */
  search?: OracleSearch;
}

/** A search on one account, as the oracle filtered it. */
export interface OracleSearch {
  account: string;
  query: Query;
}

export interface ConversationSpec {
  id: string;
  class: ConversationClass;
  language: Language;
  /** Demo user id, signed in (its channel identity is linked); any other id is an anonymous visitor. */
  user: string;
  /** The customer's zone; default the demo user's own (required for a visitor). */
  timeZone?: string;
  /** What a held-out conversation tests, for a table of its own (holdout3: the classes of issue 15's "Why"). */
  topic?: string;
  /** Runs on a store of its own, so the tickets, handoffs and roles it judges are its own doing. */
  isolated?: boolean;
  /** The moment the conversation happens (a harness per moment). */
  now: string;
  turns: TurnSpec[];
  /** Conversations that must agree with each other (the `language` class: one request in en, zh, es). */
  group?: string;
  /** A conversation whose last turn must show the same parcels as this one's (metamorphic: the request fresh, or without its slip). */
  twin?: TurnSpec[];
}

export interface TurnOutcome {
  text: string;
  /** The oracle's search in words, and how what was shown differs from its answer. */
  search?: string;
  difference?: string;
  /** Why the turn failed, in a few fixed words, for the causes table. */
  cause?: string;
  expected: string;
  shown: string;
  ok: boolean;
  why?: string;
}

export interface ConversationResult {
  spec: ConversationSpec;
  pass: boolean;
  turns: TurnOutcome[];
  /** What the last turn showed, in a canonical form for metamorphic comparison. */
  lastShown: string;
  /** Whether the twin's last turn showed the same, and what it showed. */
  twin?: { agrees: boolean; shown: string };
}
