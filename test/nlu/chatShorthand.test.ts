/** Chat shorthand is read as the word it stands for by the intent classifier ("y q tengo q hacer", "pls", "thx"). */
import { expect, test } from 'vitest';
import { intentFeatures } from '../../src/nlu/classifier/intentFeatures.ts';

test.each([
  ['y q tengo q hacer', ['w:que', 'b:y_que', 'b:que_tengo']],
  ['xq no llega', ['w:porque']],
  ['pls help', ['w:please', 'b:please_help']],
  ['thx', ['w:thanks']],
])('"%s" has the features of the words it stands for', (text, features) => {
  expect(intentFeatures(text)).toEqual(expect.arrayContaining(features));
});

test('a word that only contains a shorthand is left as it is', () => {
  expect(intentFeatures('quick')).toContain('w:quick');
  expect(intentFeatures('quick')).not.toContain('w:que');
});
