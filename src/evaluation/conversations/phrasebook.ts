/**
 * What a phrasebook says: the templates of one language for requests, follow-ups and small talk.
 * Each language (phrases/en.ts, zh.ts, es.ts) is written from the domain by hand; the generator
 * only picks among them with its seeded random stream.
 */
import type { Rng } from '../../demo/prng.ts';
import type { DateSlot, PlaceSlot, Query, StatusSlot } from './types.ts';

/** What tells one listed parcel from the others, for "the one that was delivered". */
export type Description =
  | { kind: 'status'; status: StatusSlot }
  | { kind: 'origin'; place: PlaceSlot }
  | { kind: 'destination'; place: PlaceSlot }
  | { kind: 'date'; date: DateSlot };

/** One slot corrected: "no, the 14th", "not Shanghai, Shenzhen", "I meant to Paris". */
export type Correction =
  | { kind: 'date'; from: DateSlot; to: DateSlot }
  | { kind: 'origin'; from: PlaceSlot; to: PlaceSlot }
  | { kind: 'destination'; from: PlaceSlot; to: PlaceSlot };

/** A narrowing of the current list: "only the delivered ones", "from Shenzhen". */
export type Refinement = { kind: 'status'; status: StatusSlot } | { kind: 'origin'; place: PlaceSlot } | { kind: 'destination'; place: PlaceSlot };

export type AccountAnswer =
  | { kind: 'number'; position: number }
  | { kind: 'accountNumber'; accountNumber: string }
  | { kind: 'name'; name: string }
  | { kind: 'position'; position: number };

export interface Phrasebook {
  /** A self-contained search for `query` (at least one of date, origin, destination). */
  request(query: Query, rng: Rng): string;
  /** The same search on an account named in the request itself. */
  requestOnAccount(query: Query, account: { number: string; name: string }, rng: Rng): string;
  /** Follow-ups about the one parcel just shown: "when will it arrive?". */
  pronoun(rng: Rng): string;
  /** After one of two was picked: "and the other one?". */
  other(rng: Rng): string;
  /** A pick by position, 1-based or the last: "the second one", "2". */
  ordinal(position: number | 'last', rng: Rng): string;
  describe(description: Description, rng: Rng): string;
  correct(correction: Correction, rng: Rng): string;
  refine(refinement: Refinement, rng: Rng): string;
  answerAccount(answer: AccountAnswer, rng: Rng): string;
  /** Said before a pick that changes one's mind: "no wait, " (issue 14: "no wait, the one that was already delivered"). */
  hesitations: readonly string[];
  /** Acknowledgements that are not a request: "thanks", "ok", "👍". */
  acknowledgements: readonly string[];
  greetings: readonly string[];
  accountNumberQuestions: readonly string[];
  vipQuestions: readonly string[];
  /** Word-level swaps for the `typo` class: a synonym or a small slip, never a place name. */
  variants: readonly (readonly [string, readonly string[]])[];
}
