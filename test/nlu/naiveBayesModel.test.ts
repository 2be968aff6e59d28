import { describe, expect, test } from 'vitest';
import { INTENTS } from '../../intents/index.ts';
import { intentFeatures } from '../../src/nlu/classifier/intentFeatures.ts';
import { NaiveBayesModel } from '../../src/nlu/classifier/NaiveBayesModel.ts';
import { loadDevSets } from '../../src/nlu/dev/devSets.ts';

/**
 * The per-message path (known words by their hash, bigrams by word ids, a word's n-grams as one
 * precomputed sum, single-precision weights) must score what the feature strings score: the same
 * features, each once, with the same weights up to single precision.
 */
describe('NaiveBayesModel.scoreText', () => {
  const examples = INTENTS.flatMap((d) =>
    Object.values(d.examples).flatMap((texts) => texts.map((text) => ({ intent: d.name, text, features: intentFeatures(text.normalize('NFKC').toLowerCase()) }))),
  );
  const model = new NaiveBayesModel(examples);
  const texts = [
    ...loadDevSets().flatMap((s) => s.cases.map((c) => c.text)),
    // Repeated words and n-grams shared between words (each feature counts once), unknown words next to known ones.
    'where where is is my my parcel parcel',
    'track tracking tracked the shipment shipments',
    'manana mañana ana banana',
    'zzqx parcel zzqx',
    'hola hola 你好 你好 parcel',
    '',
  ];

  test.each(texts.map((t) => [t]))('should score %j as its feature strings do', (raw) => {
    const lower = raw.normalize('NFKC').toLowerCase();
    const fast = model.scoreText(lower);
    const slow = model.score(intentFeatures(lower));
    expect(fast.known).toBe(slow.known);
    for (let c = 0; c < slow.scores.length; c++) expect(fast.scores[c]).toBeCloseTo(slow.scores[c]!, 5);
  });
});
