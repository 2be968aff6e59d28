import { z } from 'zod';
import { INTENT_NAMES, type IntentName } from './types.ts';

const PlaceSchema = z
  .object({ name: z.string().trim().min(1).max(100), country: z.string().regex(/^[A-Z]{2}$/) })
  .nullable();

/** A real calendar date YYYY-MM-DD ("2026-02-30" is not one). */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v, { message: 'not a calendar date' });

/** What the model must answer; anything else is a failed call and the deterministic parse stands. */
export const LlmAnswerSchema = z.object({
  intent: z.enum(INTENT_NAMES as [IntentName, ...IntentName[]]),
  confidence: z.number().min(0).max(1),
  origin: PlaceSchema,
  destination: PlaceSchema,
  dateRange: z
    .object({ from: IsoDate, to: IsoDate })
    .refine((r) => r.from <= r.to, { message: 'from after to' })
    .nullable(),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

/**
 * The part of a Chat Completions response we read (POST /v1/chat/completions, non-streaming):
 * `choices[0].message.content`, or its `refusal` when the model declined (structured outputs).
 */
export const ChatCompletionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable().optional(),
          refusal: z.string().nullable().optional(),
        }),
        finish_reason: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

/** JSON schema sent as the structured-output format (mirrors LlmAnswerSchema). */
export const RESPONSE_FORMAT = {
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
