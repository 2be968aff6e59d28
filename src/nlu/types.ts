import { LANGUAGE_CODES, type Language as LocaleLanguage } from '../locale/index.ts';

/** The contract the dialog, resolver and CLI rely on. Names are fixed by issue 3. */
import type { Place } from '../geo/types.ts';

export type IntentName =
  | 'track_shipment'
  | 'lost_or_delayed'
  | 'damaged_package'
  | 'customs_help'
  | 'change_delivery'
  | 'billing'
  | 'account_access'
  | 'account_number'
  | 'vip_service'
  | 'carbon_footprint'
  | 'talk_to_agent'
  | 'ticket_status'
  | 'subscribe_updates'
  | 'unsubscribe_updates'
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'help'
  | 'out_of_scope';

export const INTENT_NAMES: readonly IntentName[] = Object.freeze([
  'track_shipment',
  'lost_or_delayed',
  'damaged_package',
  'customs_help',
  'change_delivery',
  'billing',
  'account_access',
  'account_number',
  'vip_service',
  'carbon_footprint',
  'talk_to_agent',
  'ticket_status',
  'subscribe_updates',
  'unsubscribe_updates',
  'greeting',
  'thanks',
  'goodbye',
  'help',
  'out_of_scope',
]);

/** The languages the parser reads: the locale module's list (src/locale/languages.ts). */
export type Language = LocaleLanguage;

export const LANGUAGES: readonly Language[] = LANGUAGE_CODES;

/** A place (English name, ISO country): the gazetteer's type, which the parse carries. */
export type { Place };

export interface DateRange {
  /** Local date YYYY-MM-DD in the user's time zone. */
  from: string;
  to: string;
}

/**
 * Status words a customer used ("stuck", "还没到"), for the shipment resolver: only words that describe
 * the parcels wanted ("the delivered one", "the ones in customs": not yet cleared; "held in customs": the held ones first), never a status asked about ("has it been delivered?", see
 * `Parse.asks`) nor the status of something else ("my refund is stuck", "付款被退回了").
 * `late` ("delayed", "延误", "retrasado"): a parcel in exception, or not delivered and past its expected
 * delivery at the conversation's clock.
 */
export type StatusHint = 'delivered' | 'not_delivered' | 'stuck' | 'exception' | 'in_transit' | 'out_for_delivery' | 'damaged' | 'returned' | 'in_customs' | 'held_in_customs' | 'late';

/**
 * A carrier service, or a family of them, the customer named to describe the parcels wanted ("my
 * express parcels", "只看标准的", "los terrestres"): src/shipments/serviceLevels.ts says which of the
 * carrier's services each one is.
 */
import type { ServiceLevel } from '../shipments/serviceLevels.ts';
export { SERVICE_LEVELS, type ServiceLevel } from '../shipments/serviceLevels.ts';

/**
 * What a place in the message is for: where the parcel comes from or goes to (search filters), where
 * it is or was stuck or last seen (`location`), the place of a delivery address the customer wants
 * (`new_address`), or a place in a signature, quoted earlier mail or company footer (`noise`).
 */
export type PlaceRoleName = 'origin' | 'destination' | 'location' | 'new_address' | 'noise';

/** Roles that describe the parcels wanted; the others never become search filters. */
export const SEARCH_PLACE_ROLES: readonly PlaceRoleName[] = Object.freeze(['origin', 'destination']);

/** A place the message names, with what it is for and the words that named it. */
export interface PlaceWithRole {
  place: Place;
  role: PlaceRoleName;
  text: string;
}

/**
 * What the message's date is: the day the parcel was sent (the default), the day it was delivered, or the day
 * the customer expects it to arrive (`expected`: "is the miami box gonna make it today?", "¿el de berlín llega
 * mañana?", "明天能到吗": a day not past with an arrival verb, asked of the parcel's estimate, never a ship date), the
 * day by which the customer needs it (`deadline`: "by Thursday", "para el miércoles", "周四之前"), or the day the
 * customer asks it to be delivered on (`requested`: "deliver it on Wednesday instead", "que lo entreguen el lunes 14",
 * "改到周四送"). The last three are days not yet past (a bare weekday is the coming one) and never ship dates.
 */
export type DateRole = 'shipped' | 'delivered' | 'expected' | 'deadline' | 'requested';

/** Roles of a day the parcel should arrive on or by: never a filter on when parcels were sent. */
export const ARRIVAL_DATE_ROLES: ReadonlySet<DateRole> = new Set<DateRole>(['expected', 'deadline', 'requested']);

/**
 * What the customer asks about ("when will it arrive?", "where is it?", "has it arrived?", "who signed?", "what's its declared value?",
 * "which arrives first?": `arrives_first`, the parcels compared in `Parse.compared`; "can you speed it up?", "能不能加急":
 * `speed_up`, a hurry asked for, never a service filter).
 */
export type AskedAbout = 'delivery_date' | 'location' | 'status' | 'signed_by' | 'declared_value' | 'arrives_first' | 'speed_up';

/**
 * One side of "which arrives first, X or Y?": the parcel (or parcels) it describes. A place of a side is where
 * the parcel goes unless a firm origin cue says otherwise ("el de México" points at the parcel to Mexico); a
 * date is the side's own ("el de Berlín de ayer": only Berlin's).
 */
export interface ComparedSide {
  origin: Place | null;
  destination: Place | null;
  dateRange: DateRange | null;
}

export interface Parse {
  intent: IntentName;
  confidence: number;
  language: Language;
  trackingNumbers: string[];
  invalidTrackingNumbers: string[];
  accountNumber: string | null;
  dateRange: DateRange | null;
  origin: Place | null;
  destination: Place | null;
  statusHints: string[];
  /**
   * Places named with no cue for their role, in message order: a bare answer ("London", "伦敦"), the
   * right place of a correction ("not Shanghai, Shenzhen", "不是上海，是深圳"), "Paris Berlin". The
   * parser may still have guessed a role for them in `origin`/`destination` (a lone place is read
   * as the destination), except in a correction, where an uncued place gets no role: the dialog
   * reads these in the role it asked about, or in the role the wrong place had. Cued places
   * ("to Sydney", "寄到北京", "de Madrid") are only in `origin`/`destination`. Never includes a
   * negated place. Added after issue 3; always present in parses from `Parser` (optional here so
   * parses built elsewhere stay valid).
   */
  places?: Place[];
  /**
   * Places the message says are wrong, in message order: "not Shanghai", "不是上海", "no es Madrid",
   * "not from Lyon". They are never in `origin`, `destination` or `places`. Always present in parses
   * from `Parser`.
   */
  negatedPlaces?: Place[];
  /**
   * Every place the message names, in message order, with its role (issue 15). Places with role
   * `location`, `new_address` or `noise` are never in `origin`, `destination` or `places`: they are
   * not search filters. Negated places ("not Shanghai") are in `negatedPlaces` only, and a place a
   * correction leaves without a role ("no es Madrid, es Barcelona") only in `places`. Gated like the
   * other fields: out_of_scope keeps none unless it keeps places. Always present in parses from `Parser`.
   */
  placeRoles?: PlaceWithRole[];
  /**
   * Several destinations joined by "and"/"和"/"y" ("parcels to New York and Toronto", "新加坡和香港的包裹",
   * "a Berlín y a México"), each once, in message order; `destination` is the first. Absent when the
   * message names one destination, or several not joined (a correction, a lane).
   */
  destinations?: Place[];
  /**
   * The address the customer gives for a delivery change, as written (street + city: "120 Bremner
   * Blvd, Toronto", "上海市浦东新区世纪大道100号"; the city alone when that is all: "Boston"), or null.
   */
  newAddress?: string | null;
  /** What `dateRange` is: 'shipped' (the default), 'delivered' ("delivered on Monday", "签收于3月2日") or a day it should arrive (DateRole); null when no date. */
  dateRole?: DateRole | null;
  /**
   * What the customer asks about, in message order without repeats: when it arrives or which day it
   * was signed for (`delivery_date`), where it is (`location`), whether it has arrived (`status`), who
   * signed (`signed_by`). A status word inside such a question is not in `statusHints`.
   */
  asks?: AskedAbout[];
  /**
   * True when `origin` was named only by a cue that also means "of"/"about" ("y el de México?") and no
   * destination was named: the place may be either end; a follow-up reads it in the role the previous
   * question used.
   */
  looseOrigin?: boolean;
  /**
   * The service levels the message names to describe the parcels wanted, in message order without
   * repeats: "show me my express parcels" ['express'], "only the ground ones" ['ground'], "标准的" ['standard'].
   * Added after issue 3 (a search filter like `statusHints`); gated like dates (out_of_scope keeps them
   * only when unsure). Always present in parses from `Parser`.
   */
  serviceLevels?: ServiceLevel[];
  /**
   * With `asks` `arrives_first`: the parcels compared, one description per side in message order
   * ("the toronto one or the new york one": two). Empty: the parcels compared are the ones shown
   * ("which of them arrives first?", "哪个先到"); one side: the several it fits ("¿cuál de los dos de berlín …?").
   */
  compared?: ComparedSide[];
  /**
   * Every day or period the message names (not the day a parcel last moved), in message order, whatever the
   * intent: present when it names more than one, or when `dateRange` was left empty (out of scope). A comparison
   * of an account flow's figures reads them ("compare november with october", "how does that compare with october").
   */
  periodsNamed?: DateRange[];
  explain?: Record<string, unknown>;
}

export interface ParseContext {
  now: Date;
  /** IANA time zone, e.g. Asia/Shanghai. */
  timeZone: string;
  explain?: boolean;
}

/** An optional extractor backed by a language model; see llm.ts. */
export interface LlmExtractor {
  /** Returns a refined parse, or null when it has nothing better; must not throw. */
  refine(text: string, ctx: ParseContext, deterministic: Parse): Promise<Parse | null>;
}

/** A message with its context: one item of NluParser.parseMany. */
export interface ParseRequest {
  text: string;
  ctx: ParseContext;
}

export interface NluParser {
  /** Synchronous, deterministic, offline. */
  parse(text: string, ctx: ParseContext): Parse;
  /** parse() of each message, in order; faster on a batch (parse --jsonl). */
  parseMany(messages: readonly ParseRequest[]): Parse[];
  /** Consults the LLM extractor, when configured, only if the deterministic parse is unsure. */
  parseAsync(text: string, ctx: ParseContext): Promise<Parse>;
}
