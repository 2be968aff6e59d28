/** The contract the dialog, resolver and CLI rely on. Names are fixed by issue 3. */

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
  'greeting',
  'thanks',
  'goodbye',
  'help',
  'out_of_scope',
]);

export type Language = 'en' | 'zh' | 'es';

export const LANGUAGES: readonly Language[] = Object.freeze(['en', 'zh', 'es']);

export interface Place {
  /** English name. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface DateRange {
  /** Local date YYYY-MM-DD in the user's time zone. */
  from: string;
  to: string;
}

/** Status words a customer used ("stuck", "还没到"), for the shipment resolver. */
export type StatusHint = 'delivered' | 'not_delivered' | 'stuck' | 'exception' | 'in_transit' | 'returned';

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
