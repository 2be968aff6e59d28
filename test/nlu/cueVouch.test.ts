/**
 * A domain word of one intent alone keeps that intent when the classifier's guess falls a little
 * short of the out-of-scope threshold (found by an outside tester: "that toronto parcel - what was its
 * co2" was out of scope and lost its place), and Spanish cues count typed without accents.
 */
import { describe, expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

describe('a cue of one intent vouches for it', () => {
  test.each([
    ['that toronto parcel - what was its co2', 'carbon_footprint', 'Toronto'],
    ['y cual fue la ruta que mas contamino', 'carbon_footprint', null],
  ] as const)('"%s" is %s', (text, intent, destination) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.intent).toBe(intent);
      expect(p.destination?.name ?? null).toBe(destination);
    });
  });

  test.each([['what was the score of the game last night'], ['tell me a joke about pollution and politics and football scores tonight']])(
    'a message with no cue, or far from any intent, stays out of scope: "%s"',
    (text) => testSingleCase(text, 'UTC', (p) => expect(p.intent).toBe('out_of_scope')),
  );
});
