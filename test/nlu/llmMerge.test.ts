import { describe, expect, test } from 'vitest';
import { emptyParse } from '../../src/nlu/Parser.ts';
import type { LlmAnswer } from '../../src/nlu/llmAnswer.ts';
import { mergeLlmAnswer } from '../../src/nlu/llmMerge.ts';
import type { Parse } from '../../src/nlu/types.ts';

const base = (p: Partial<Parse>): Parse => ({ ...emptyParse('en'), confidence: 0.3, ...p });
const answer = (a: Partial<LlmAnswer>): LlmAnswer => ({ intent: 'track_shipment', confidence: 0.8765, origin: null, destination: null, dateRange: null, ...a });
const LYON = { name: 'Lyon', country: 'FR' };
const MARCH_19 = { from: '2025-03-19', to: '2025-03-19' };

describe("laying the model's answer over an unsure parse", () => {
  test.each<[string, Partial<Parse>, Partial<LlmAnswer>, string, Partial<Parse>]>([
    ['take its intent and confidence (rounded)', {}, {}, 'the thingy', { intent: 'track_shipment', confidence: 0.877 }],
    ['fill a date the rules did not find', {}, { dateRange: MARCH_19 }, 'the thingy from wednesday-ish', { dateRange: MARCH_19 }],
    ['keep a date the rules found', { dateRange: { from: '2025-03-18', to: '2025-03-18' } }, { dateRange: MARCH_19 }, 'the thingy', { dateRange: { from: '2025-03-18', to: '2025-03-18' } }],
    ['fill a place the message names', {}, { origin: { name: 'lyon', country: 'FR' } }, 'my nan in lyon popped it over', { origin: LYON }],
    ['keep a place the rules found', { destination: LYON }, { destination: { name: 'Paris', country: 'FR' } }, 'to Lyon, not Paris', { destination: LYON }],
    ['keep the numbers the rules found', { trackingNumbers: ['1Z999AA10123456784'], accountNumber: 'A1B2C3' }, {}, 'x', { trackingNumbers: ['1Z999AA10123456784'], accountNumber: 'A1B2C3' }],
  ])('should %s', (_name, rules, reading, text, expected) => {
    expect(mergeLlmAnswer(base(rules), answer(reading), text)?.parse).toMatchObject(expected);
  });

  test('should say which places it dropped and why', () => {
    const merged = mergeLlmAnswer(base({ negatedPlaces: [LYON] }), answer({ origin: LYON, destination: { name: 'Oslo', country: 'NO' } }), 'not Lyon');
    expect(merged?.parse).toMatchObject({ origin: null, destination: null });
    expect(merged?.dropped).toEqual([
      { field: 'origin', place: LYON, reason: 'negated in the message' },
      { field: 'destination', place: { name: 'Oslo', country: 'NO' }, reason: 'not named in the message' },
    ]);
  });

  test('should add nothing when the model answers out_of_scope', () => {
    expect(mergeLlmAnswer(base({ intent: 'billing' }), answer({ intent: 'out_of_scope', confidence: 1 }), 'the thingy')).toBeNull();
  });

  test('should keep the explanation and add the raw answer to it', () => {
    const reading = answer({});
    expect(mergeLlmAnswer(base({ explain: { language: 'latin letters' } }), reading, 'x')?.parse.explain).toEqual({ language: 'latin letters', llm: reading });
  });
});
