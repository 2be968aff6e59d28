import OpenAI from 'openai';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { getGazetteer, normalizePlaceName } from '../geo/index.ts';
import { zonedParts } from './text/timeZone.ts';
import { INTENT_NAMES, type IntentName, type LlmExtractor, type Parse, type ParseContext, type Place } from './types.ts';

export interface LlmExtractorOptions {
  baseURL: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

const PlaceSchema = z
  .object({ name: z.string().min(1).max(100), country: z.string().regex(/^[A-Z]{2}$/) })
  .nullable();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the model must answer; anything else is a failed call and the deterministic parse stands. */
export const LlmAnswerSchema = z.object({
  intent: z.enum(INTENT_NAMES as [IntentName, ...IntentName[]]),
  confidence: z.number().min(0).max(1),
  origin: PlaceSchema,
  destination: PlaceSchema,
  dateRange: z.object({ from: IsoDate, to: IsoDate }).nullable(),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

/** JSON schema sent as the structured-output format (mirrors LlmAnswerSchema). */
const RESPONSE_FORMAT = {
  type: 'json_schema',
  json_schema: {
    name: 'parcel_message_parse',
    strict: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['intent', 'confidence', 'origin', 'destination', 'dateRange'],
      properties: {
        intent: { type: 'string', enum: [...INTENT_NAMES] },
        confidence: { type: 'number' },
        origin: placeJsonSchema(),
        destination: placeJsonSchema(),
        dateRange: {
          anyOf: [
            { type: 'null' },
            { type: 'object', additionalProperties: false, required: ['from', 'to'], properties: { from: { type: 'string' }, to: { type: 'string' } } },
          ],
        },
      },
    },
  },
} as const;

function placeJsonSchema() {
  return {
    anyOf: [
      { type: 'null' },
      { type: 'object', additionalProperties: false, required: ['name', 'country'], properties: { name: { type: 'string' }, country: { type: 'string' } } },
    ],
  };
}

const SYSTEM_PROMPT = [
  'You classify one customer message to a parcel carrier and extract entities.',
  `Intents: ${INTENT_NAMES.join(', ')}.`,
  'origin/destination: the city or country the parcel comes from / goes to, English name and ISO 3166-1 alpha-2 code, or null.',
  'dateRange: the local dates the customer refers to as {from,to} YYYY-MM-DD (one day: from = to), or null; a date without year or a bare weekday means the most recent past one.',
  'Answer with JSON only.',
].join('\n');

/**
 * The optional LLM extractor: any OpenAI-compatible chat-completions endpoint, structured output
 * checked with zod, bounded by a timeout. It sees only the message and today's date, never account
 * data. It may change the intent and fill places or dates the rules missed; tracking and account
 * numbers always come from the deterministic extractors. Any failure returns null (fallback).
 */
export class OpenAiLlmExtractor implements LlmExtractor {
  private readonly client: OpenAI;

  constructor(private readonly options: LlmExtractorOptions) {
    this.client = new OpenAI({
      baseURL: options.baseURL,
      apiKey: options.apiKey,
      timeout: options.timeoutMs,
      maxRetries: 0,
    });
  }

  async refine(text: string, ctx: ParseContext, deterministic: Parse): Promise<Parse | null> {
    try {
      const answer = await this.ask(text, ctx);
      return answer ? merge(deterministic, answer) : null;
    } catch {
      return null;
    }
  }

  /** One chat completion; null when the answer does not fit the schema. Throws on transport errors and timeouts. */
  async ask(text: string, ctx: ParseContext): Promise<LlmAnswer | null> {
    const today = zonedParts(ctx.now, ctx.timeZone);
    const completion = await this.client.chat.completions.create(
      {
        model: this.options.model,
        temperature: 0,
        response_format: RESPONSE_FORMAT as unknown as OpenAI.ResponseFormatJSONSchema,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          {
            role: 'user',
            content: JSON.stringify({
              today: `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`,
              timeZone: ctx.timeZone,
              message: text.slice(0, 2000),
            }),
          },
        ],
      },
      { timeout: this.options.timeoutMs, signal: AbortSignal.timeout(this.options.timeoutMs) },
    );
    const content = completion.choices[0]?.message?.content;
    if (!content) return null;
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch {
      return null;
    }
    const parsed = LlmAnswerSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  }
}

/** The model's answer laid over the deterministic parse: it fills gaps, never replaces numbers. */
export function merge(base: Parse, answer: LlmAnswer): Parse {
  const dateOk = answer.dateRange && answer.dateRange.from <= answer.dateRange.to ? answer.dateRange : null;
  const inScope = answer.intent !== 'out_of_scope';
  return {
    ...base,
    intent: answer.intent,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    dateRange: inScope ? (base.dateRange ?? dateOk) : null,
    origin: inScope ? (base.origin ?? canonicalPlace(answer.origin)) : null,
    destination: inScope ? (base.destination ?? canonicalPlace(answer.destination)) : null,
    ...(base.explain ? { explain: { ...base.explain, llm: answer } } : {}),
  };
}

/** The gazetteer's spelling when it knows the name, so LLM places look like rule places. */
function canonicalPlace(place: Place | null): Place | null {
  if (!place) return null;
  const known = getGazetteer().exact(normalizePlaceName(place.name));
  return known && known.place.country === place.country ? { ...known.place } : { name: place.name, country: place.country };
}

/** The extractor configured by OPENAI_BASE_URL / OPENAI_MODEL, or undefined when they are not set. */
export function createLlmExtractorFromConfig(config: Pick<Config, 'openai'>): LlmExtractor | undefined {
  return config.openai ? new OpenAiLlmExtractor(config.openai) : undefined;
}
