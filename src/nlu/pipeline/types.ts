import type { PhraseHit } from '../text/phraseMatcher.ts';
import type { AskedAbout, ComparedSide, DateRange, DateRole, Language, Place, PlaceRoleName, ServiceLevel } from '../types.ts';

/** Everything an extractor may read about the message being parsed. */
export interface ParsingContext {
  /** Normalised text (NFKC, traditional Chinese folded to simplified); spans index into it. */
  readonly text: string;
  /** `text` lower-cased, same length and indices. */
  readonly lower: string;
  readonly language: Language;
  /** Chinese script seen in the original text, for the date parser choice. */
  readonly script: 'hans' | 'hant' | 'latin';
  readonly now: Date;
  readonly timeZone: string;
  /** Today's local date in `timeZone`. */
  readonly today: { year: number; month: number; day: number };
  /** Minutes east of UTC for `now` in `timeZone`. */
  readonly offsetMinutes: number;
  /** Work refiners share on this message, done by the first that needs it; extractors leave it alone. */
  readonly shared: SharedScans;
}

/** Scans of one message that several refiners read. */
export interface SharedScans {
  /** RoleCueIndex's cues of the whole message (kinds as strings). */
  roleCues?: readonly PhraseHit<readonly string[]>[];
}

interface SpanBase {
  index: number;
  end: number;
  text: string;
  /** Extractor name and, where one decided, the dictionary entry: "PlaceExtractor:alias zh 上海". */
  source: string;
}

export interface TrackingSpan extends SpanBase {
  kind: 'tracking';
  value: string;
  valid: boolean;
}

export interface AccountSpan extends SpanBase {
  kind: 'account';
  value: string;
  /** Stated with a cue ("account 12AB34") rather than just shaped like one. */
  cued: boolean;
}

export interface DateSpan extends SpanBase {
  kind: 'date';
  value: DateRange;
  /** A bare day or weekday that was moved to the most recent past one. */
  impliedPast?: boolean;
  /** The upcoming reading of the same words, for intents about the future (rescheduling). */
  futureValue?: DateRange;
  /** A sending verb is beside it ("周五寄去柏林的", "sent on friday"): the day it was sent, never the upcoming reading. */
  sentOn?: boolean;
  /**
   * Shipped (the default) or delivered ("delivered on Monday", "昨天签收的"); or the day the parcel last
   * moved ("hasn't moved since the 5th", "no se mueve desde el día 5"), which describes no parcel to
   * search for. Set by DateRoleRefiner.
   */
  role?: DateRole | 'last_update';
}

/** The extractors' cues give origin or destination; the span role refiners the other roles (types.ts PlaceRoleName). */
export type PlaceRole = PlaceRoleName;

/** Roles that are no search filter: the place is where the parcel is, a new address, or in a signature. */
export const SITUATED_ROLES: ReadonlySet<PlaceRole | null> = new Set<PlaceRole | null>(['location', 'new_address', 'noise']);

export interface PlaceSpan extends SpanBase {
  kind: 'place';
  value: Place;
  role: PlaceRole | null;
  /** Where the role came from (cue word) for --explain. */
  roleSource?: string;
  /** The message says this place is wrong ("not Shanghai", "不是上海"); set by PlaceNegationRefiner. */
  negated?: boolean;
  /** Joined to the place before it by "and"/"和"/"y" ("to New York and Toronto"): the same role as that place; set by PlaceRoleRefiner. */
  coordinated?: boolean;
  /** Used as a parcel's label ("the seattle parcel", "our miami one"): a description of parcels, with no role word. */
  label?: boolean;
  /** 1 for an exact dictionary hit, lower for fuzzy ones. */
  score: number;
}

export interface StatusSpan extends SpanBase {
  kind: 'status';
  value: string;
}

/** A carrier service named to describe the parcels ("express", "标准", "terrestre"). */
export interface ServiceSpan extends SpanBase {
  kind: 'service';
  value: ServiceLevel;
}

/** A question the message asks ("when will it arrive?", "哪天签收的"); set by AskRefiner. */
export interface AskSpan extends SpanBase {
  kind: 'ask';
  value: AskedAbout;
  /** `arrives_first`: the parcels compared (ComparisonRefiner). */
  sides?: ComparedSide[];
}

/** The address of a delivery change as written ("120 Bremner Blvd, Toronto"); set by NewAddressRefiner. */
export interface AddressSpan extends SpanBase {
  kind: 'address';
  value: string;
}

export type Span = TrackingSpan | AccountSpan | DateSpan | PlaceSpan | StatusSpan | ServiceSpan | AskSpan | AddressSpan;

/** Finds one kind of entity. Finds nothing -> returns []. Only bugs throw. */
export interface Extractor {
  readonly name: string;
  extract(ctx: ParsingContext): Span[];
}

/** Rewrites the list of spans (drop overlaps, assign roles, …). */
export interface Refiner {
  readonly name: string;
  refine(ctx: ParsingContext, spans: Span[]): Span[];
}

/** One language's ordered lists. */
export interface Configuration {
  readonly extractors: readonly Extractor[];
  readonly refiners: readonly Refiner[];
}
