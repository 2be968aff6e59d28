import { describe, expect, test } from 'vitest';
import { detectLanguage } from '../../../src/nlu/text/detectLanguage.ts';

/**
 * Short English requests made of words that are no marker were read as Spanish by a lone word both
 * languages share ("me"), and their status words were then looked up in the Spanish list (found by an
 * outside tester: "show me everything that's stuck or delayed" lost its status filter).
 */
describe('detectLanguage on short requests', () => {
  test.each([
    ["show me everything that's stuck or delayed", 'en'],
    ['show me all of them', 'en'],
    ['anything still held up?', 'en'],
    ["what's stuck rn", 'en'],
    ['muéstrame todo lo que está atascado', 'es'],
    ['me puedes mostrar los paquetes retrasados', 'es'],
    ['dime si hay algo retenido', 'es'],
  ])('should read "%s" as %s', (text, language) => {
    expect(detectLanguage(text.toLowerCase()).language).toBe(language);
  });
});
