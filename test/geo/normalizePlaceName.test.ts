import { describe, expect, test } from 'vitest';
import { editDistance, normalizePlaceName, placeKeyOfLower } from '../../src/geo/normalizePlaceName.ts';

/** The plain dynamic-programming table, for comparison with the fast one. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** normalizePlaceName as it was written first, on whole strings: the oracle for the character-at-a-time fold. */
function referenceKey(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalizePlaceName', () => {
  test.each([
    ['Bogotá', 'bogota'],
    ['São  Paulo,', 'sao paulo'],
    ['St. Louis', 'st louis'],
    ["O'Hare", 'ohare'],
    ['Zürich', 'zurich'],
    ['Ærøskøbing', 'ærøskøbing'],
    ['Straße', 'straße'],
    ['  -New York- ', 'new york'],
    ['cafe\u0301', 'cafe'],
    ['한국', '한국'.normalize('NFD')], // Hangul syllables decompose to their jamo
    ['a1b2', 'a1b2'],
  ])('should turn %s into %s', (raw, key) => {
    expect(normalizePlaceName(raw)).toBe(key);
    expect(placeKeyOfLower(raw.toLowerCase())).toBe(key);
  });

  test('should agree with the whole-string normalisation for every BMP character between letters, spaces and apostrophes', () => {
    for (let code = 0x20; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      for (const text of [`x${ch}y`, `${ch}`, ` ${ch} `, `a ${ch}'b`, `${ch}${ch}  ${ch}`]) {
        expect(normalizePlaceName(text), code.toString(16)).toBe(referenceKey(text));
      }
    }
  });

  test('should measure the same edit distance as the plain table, capped at max + 1', () => {
    const words = ['london', 'londn', 'lodnon', 'paris', 'pariss', 'new york', 'new yrok', 'shanghai', 'shangai', 'sao paulo', 'sao paolo', 'a', 'ab', 'ba'];
    for (const a of words) {
      for (const b of words) {
        for (const max of [0, 1, 2]) expect(editDistance(a, b, max), `${a}/${b}/${max}`).toBe(Math.min(referenceDistance(a, b), max + 1));
      }
    }
  });
});
