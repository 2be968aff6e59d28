import type { LlmAnswer } from './llmAnswer.ts';
import { canonicalPlace, placeNamedIn } from './llmGrounding.ts';
import type { Parse, Place } from './types.ts';

/** A place of the model's answer that was not used, and why (for the log). */
export interface DroppedPlace {
  field: 'origin' | 'destination';
  place: Place;
  reason: 'not named in the message' | 'negated in the message';
}

/**
 * The model's answer laid over an unsure deterministic parse: its intent and confidence, and the
 * places and dates the rules did not find. It never replaces a field the rules filled, never touches
 * tracking or account numbers, and a place it names must be named in the message (and not negated
 * there). An out_of_scope answer adds nothing: null, the deterministic parse stands (it alone knows
 * a follow-up's place or date).
 */
export function mergeLlmAnswer(base: Parse, answer: LlmAnswer, text: string): { parse: Parse; dropped: DroppedPlace[] } | null {
  if (answer.intent === 'out_of_scope') return null;
  const dropped: DroppedPlace[] = [];
  const grounded = (field: DroppedPlace['field'], place: Place | null): Place | null => {
    if (!place) return null;
    const canonical = canonicalPlace(place);
    const negated = (base.negatedPlaces ?? []).some((p) => p.country === canonical.country && p.name === canonical.name);
    const reason = negated ? 'negated in the message' : placeNamedIn(place, text) ? null : 'not named in the message';
    if (!reason) return canonical;
    dropped.push({ field, place, reason });
    return null;
  };
  const parse: Parse = {
    ...base,
    intent: answer.intent,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    dateRange: base.dateRange ?? answer.dateRange,
    origin: base.origin ?? grounded('origin', answer.origin),
    destination: base.destination ?? grounded('destination', answer.destination),
    ...(base.explain ? { explain: { ...base.explain, llm: answer } } : {}),
  };
  return { parse, dropped };
}
