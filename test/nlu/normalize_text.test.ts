import { describe, expect, test } from 'vitest';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../src/nlu/locales/zh/traditionalToSimplified.ts';
import { normalizeText } from '../../src/nlu/text/normalizeText.ts';

/** normalizeText as first written, a code point at a time through the map: the oracle. */
function reference(raw: string): { text: string; sawTraditional: boolean } {
  let text = '';
  let sawTraditional = false;
  for (const ch of raw.normalize('NFKC')) {
    const simplified = TRADITIONAL_TO_SIMPLIFIED.get(ch);
    if (simplified !== undefined) {
      if (simplified !== ch) sawTraditional = true;
      text += simplified;
    } else text += ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
  }
  return { text, sawTraditional };
}

describe('normalizeText', () => {
  test.each([
    ['我要查這個包裹\n後天到', '我要查这个包裹 后天到', true],
    ['ｆｕｌｌ　ｗｉｄｔｈ 123', 'full width 123', false],
    ['寄到New York的包裹', '寄到New York的包裹', false],
    ['¿dónde está mi envío?', '¿dónde está mi envío?', false],
  ])('should normalise %j to %j', (raw, text, sawTraditional) => {
    expect(normalizeText(raw)).toEqual({ text, sawTraditional });
  });

  test('should fold every BMP character as the code-point loop did', () => {
    for (let code = 1; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const raw = `包${String.fromCharCode(code)}裹 a`;
      expect(normalizeText(raw), code.toString(16)).toEqual(reference(raw));
    }
    for (const raw of ['😀寄到𠀋了', '這\ud800個']) expect(normalizeText(raw)).toEqual(reference(raw));
  });
});
