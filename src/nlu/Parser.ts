import { INTENTS } from '../../intents/index.ts';
import type { IntentDefinition } from '../../intents/types.ts';
import { IntentClassifier } from './classifier/IntentClassifier.ts';
import { buildCommonWords } from './commonWords.ts';
import { buildConfigurations } from './configuration.ts';
import { rejectReason } from './guard.ts';
import { runPipeline } from './pipeline/runPipeline.ts';
import type { Configuration, ParsingContext, PlaceSpan, Span } from './pipeline/types.ts';
import { detectLanguage } from './text/detectLanguage.ts';
import { normalizeText } from './text/normalizeText.ts';
import { isValidTimeZone, zonedParts } from './text/timeZone.ts';
import type { IntentName, Language, LlmExtractor, NluParser, Parse, ParseContext } from './types.ts';

/** Below this confidence parseAsync asks the LLM extractor, when there is one. */
export const LLM_CONFIDENCE_THRESHOLD = 0.6;

/** The deterministic parser: language, pipeline of extractors and refiners, intent classifier. */
export class Parser implements NluParser {
  private readonly classifier: IntentClassifier;
  private readonly configurations: Readonly<Record<Language, Configuration>>;

  constructor(
    intents: readonly IntentDefinition[] = INTENTS,
    private readonly llm?: LlmExtractor,
  ) {
    this.classifier = new IntentClassifier(intents);
    this.configurations = buildConfigurations(buildCommonWords(intents));
  }

  parse(text: string, ctx: ParseContext): Parse {
    return this.run(text, ctx, true);
  }

  /** Entities only, as if the message were about a parcel (no intent gating); for date and place benchmarks. */
  extractEntities(text: string, ctx: ParseContext): Parse {
    return this.run(text, ctx, false);
  }

  private run(text: string, ctx: ParseContext, classify: boolean): Parse {
    const raw = typeof text === 'string' ? text : '';
    const rejected = rejectReason(raw);
    if (rejected) return emptyParse('en', ctx.explain ? { rejected } : undefined);

    const { text: normalized, sawTraditional } = normalizeText(raw);
    const lower = normalized.toLowerCase();
    const language = lower.length === normalized.length ? detectLanguage(lower) : { language: 'en' as const, reason: 'length changed' };
    const timeZone = isValidTimeZone(ctx.timeZone) ? ctx.timeZone : 'UTC';
    const now = Number.isNaN(ctx.now?.getTime?.()) || !(ctx.now instanceof Date) ? new Date(0) : ctx.now;
    const zoned = zonedParts(now, timeZone);
    const pctx: ParsingContext = {
      text: normalized,
      lower: lower.length === normalized.length ? lower : normalized,
      language: language.language,
      script: language.language !== 'zh' ? 'latin' : sawTraditional ? 'hant' : 'hans',
      now,
      timeZone,
      today: { year: zoned.year, month: zoned.month, day: zoned.day },
      offsetMinutes: zoned.offsetMinutes,
    };
    const spans = runPipeline(this.configurations[language.language], pctx);
    const decision = classify
      ? this.classifier.classify(pctx.lower, Boolean(ctx.explain))
      : { intent: 'track_shipment' as const, confidence: 1, best: { intent: 'track_shipment' as const, p: 1 } };
    let intent: IntentName = decision.intent;
    let confidence = decision.confidence;
    let intentRule: string | undefined;
    const hasTracking = spans.some((s) => s.kind === 'tracking');
    // A bare tracking or account number is a request about it, whatever the words around it.
    if (intent === 'out_of_scope' && hasTracking) {
      intent = 'track_shipment';
      confidence = 0.6;
      intentRule = 'tracking number present';
    } else if (intent === 'out_of_scope' && spans.some((s) => s.kind === 'account')) {
      intent = 'account_number';
      confidence = 0.6;
      intentRule = 'account number present';
    } else if (
      intent === 'out_of_scope' &&
      decision.best.intent !== 'out_of_scope' &&
      PARCEL_INTENTS.has(decision.best.intent) &&
      (spans.some((s) => s.kind === 'place' && s.roleSource && !s.roleSource.startsWith('default')) || spans.some((s) => s.kind === 'date'))
    ) {
      // Unsure words, but the best guess is about a parcel and a cued place or a date describes one ("sent two days ago", "Hong Kong to Singapore parcel").
      intent = decision.best.intent;
      confidence = decision.best.p;
      intentRule = 'parcel described by place or date';
    }
    const { fields, used } = assemble(language.language, spans, intent);
    const parse: Parse = { intent, confidence, ...fields };
    if (ctx.explain) {
      parse.explain = {
        language: language.reason,
        script: pctx.script,
        timeZone: timeZone === ctx.timeZone ? timeZone : `${ctx.timeZone} unknown, used UTC`,
        today: `${zoned.year}-${String(zoned.month).padStart(2, '0')}-${String(zoned.day).padStart(2, '0')}`,
        intent: { ...decision.explain, ...(intentRule ? { rule: intentRule } : {}) },
        fields: Object.fromEntries(Object.entries(used).map(([field, list]) => [field, list.map(describeSpan)])),
        unused: spans.filter((s) => !Object.values(used).some((l) => l.includes(s))).map(describeSpan),
      };
    }
    return parse;
  }

  async parseAsync(text: string, ctx: ParseContext): Promise<Parse> {
    const parse = this.parse(text, ctx);
    if (!this.llm || !isUnsure(parse) || rejectReason(typeof text === 'string' ? text : '')) return parse;
    try {
      const refined = await this.llm.refine(text, ctx, parse);
      return refined ?? parse;
    } catch {
      return parse;
    }
  }
}

/** The deterministic parse is unsure: out of scope or low confidence. */
export function isUnsure(parse: Parse): boolean {
  return parse.intent === 'out_of_scope' || parse.confidence < LLM_CONFIDENCE_THRESHOLD;
}

export function emptyParse(language: Language, explain?: Record<string, unknown>): Parse {
  return {
    intent: 'out_of_scope',
    confidence: 1,
    language,
    trackingNumbers: [],
    invalidTrackingNumbers: [],
    accountNumber: null,
    dateRange: null,
    origin: null,
    destination: null,
    statusHints: [],
    ...(explain ? { explain } : {}),
  };
}

/** Intents whose messages describe a parcel by where and when. */
const PARCEL_INTENTS: ReadonlySet<IntentName> = new Set(['track_shipment', 'lost_or_delayed', 'damaged_package', 'customs_help']);

/** Intents about what will happen, where a bare weekday means the coming one. */
const FUTURE_INTENTS: ReadonlySet<IntentName> = new Set(['change_delivery']);

/** Picks each field from the refined spans; out_of_scope keeps only numbers (no places or dates). */
function assemble(
  language: Language,
  spans: readonly Span[],
  intent: IntentName,
): { fields: Omit<Parse, 'intent' | 'confidence'>; used: Record<string, Span[]> } {
  const used: Record<string, Span[]> = {};
  function use(field: string, s: Span): void {
    (used[field] ??= []).push(s);
  }
  const trackingNumbers: string[] = [];
  const invalid: string[] = [];
  let accountNumber: string | null = null;
  let dateRange: Parse['dateRange'] = null;
  let origin: PlaceSpan | null = null;
  let destination: PlaceSpan | null = null;
  const statusHints: string[] = [];
  const withContext = intent !== 'out_of_scope';
  for (const s of spans) {
    switch (s.kind) {
      case 'tracking':
        pushUnique(s.valid ? trackingNumbers : invalid, s.value);
        use(s.valid ? 'trackingNumbers' : 'invalidTrackingNumbers', s);
        break;
      case 'account':
        if (!accountNumber) {
          accountNumber = s.value;
          use('accountNumber', s);
        }
        break;
      case 'date':
        if (!dateRange && withContext) {
          dateRange = FUTURE_INTENTS.has(intent) && s.futureValue ? s.futureValue : s.value;
          use('dateRange', s);
        }
        break;
      case 'place':
        if (!withContext) break;
        if (s.role === 'origin' && !origin) origin = s;
        else if (s.role === 'destination' && (!destination || (destination.roleSource?.includes('weak') && !s.roleSource?.includes('weak')))) destination = s;
        break;
      case 'status':
        pushUnique(statusHints, s.value);
        use('statusHints', s);
        break;
    }
  }
  if (origin) use('origin', origin);
  if (destination) use('destination', destination);
  return {
    fields: {
      language,
      trackingNumbers,
      invalidTrackingNumbers: invalid,
      accountNumber,
      dateRange,
      origin: origin ? { ...origin.value } : null,
      destination: destination ? { ...destination.value } : null,
      statusHints,
    },
    used,
  };
}

function describeSpan(s: Span): Record<string, unknown> {
  return {
    text: s.text,
    at: [s.index, s.end],
    source: s.source,
    ...(s.kind === 'place' ? { role: s.role, roleSource: s.roleSource } : {}),
    ...(s.kind === 'date' && s.futureValue ? { futureReading: s.futureValue } : {}),
  };
}

function pushUnique(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}
