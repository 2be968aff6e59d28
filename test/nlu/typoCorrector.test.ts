import { describe, expect, test } from 'vitest';
import { editDistance, NOUN_TYPOS, TypoCorrector } from '../../src/nlu/text/typoCorrector.ts';

describe('TypoCorrector', () => {
  const status = new TypoCorrector(['delivered', 'not delivered', 'arrived', 'parado', 'entregados']);
  const nouns = new TypoCorrector(['paquete', 'paquetes', 'parcels'], NOUN_TYPOS);

  test.each([
    ['delivred', 'delivered'],
    ['delieverd', 'delivered'],
    ['entrgados', 'entregados'],
  ])('should put "%s" right as "%s"', (typo, word) => {
    expect(status.targetOf(typo)).toBe(word);
  });

  test.each(['arrive', 'pasado', 'delivered', 'deliver', 'different'])('should leave "%s" alone', (word) => {
    expect(status.targetOf(word)).toBeNull();
  });

  test('should correct nouns from six letters', () => {
    expect(nouns.targetOf('paqete')).toBe('paquete');
    expect(nouns.targetOf('pacels')).toBe('parcels');
  });

  test('should map the corrected text back to the original positions', () => {
    const text = 'not delivred yet';
    const fixed = status.correct(text)!;
    expect(fixed.text).toBe('not delivered yet');
    const start = fixed.text.indexOf('delivered');
    expect(fixed.map[start]).toBe(4);
    expect(fixed.map[start + 'delivered'.length]).toBe(4 + 'delivred'.length);
    expect(fixed.map[fixed.text.length]).toBe(text.length);
    expect(status.correct('nothing to fix here')).toBeNull();
  });

  test.each([
    ['abcd', 'abdc', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('should measure %s → %s as %i edits', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
    expect(editDistance(a, b, d - 1 < 0 ? 0 : d - 1)).toBe(d === 0 ? 0 : Infinity);
  });
});
