import type { IntentDefinition } from '../../../intents/types.ts';
import type { IntentName, Language } from '../types.ts';
import { CLASSIFIER_DEFAULTS, IntentClassifier, softmax } from './IntentClassifier.ts';

/** Every HELD_OUT_EVERY-th example of each intent and language is held out for calibration. */
const HELD_OUT_EVERY = 5;
const TEMPERATURES = Array.from({ length: 200 }, (_, i) => 0.01 + i * 0.005);
const THRESHOLDS = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);

export interface LabelledText {
  text: string;
  intent: IntentName;
}

/** intents/ split in two: the examples to train on and the held-out ones (every fifth, per intent and language). */
export function splitExamples(intents: readonly IntentDefinition[]): { train: IntentDefinition[]; heldOut: LabelledText[] } {
  const heldOut: LabelledText[] = [];
  const train = intents.map((def) => {
    const examples = {} as Record<Language, string[]>;
    for (const lang of Object.keys(def.examples) as Language[]) {
      examples[lang] = def.examples[lang].filter((text, i) => {
        const hold = i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1;
        if (hold) heldOut.push({ text, intent: def.name });
        return !hold;
      });
    }
    return { ...def, examples };
  });
  return { train, heldOut };
}

export interface Calibration {
  temperature: number;
  outOfScopeThreshold: number;
  /** Mean log loss of the true intent on the held-out split at that temperature. */
  heldOutLogLoss: number;
  /** Intent accuracy on the held-out split with that threshold. */
  heldOutAccuracy: number;
  heldOutSize: number;
}

/**
 * Fits the softmax temperature (least log loss of the true intent) and then the out_of_scope
 * threshold (best accuracy, middle of the best range) on the held-out split of intents/, with a
 * classifier trained on the rest. Deterministic: same intents/, same answer.
 */
export function fitCalibration(intents: readonly IntentDefinition[]): Calibration {
  const { train, heldOut } = splitExamples(intents);
  const classifier = new IntentClassifier(train);
  const classes = classifier.classes;
  const rows = heldOut
    .map((ex) => ({ ...classifier.scores(ex.text.normalize('NFKC').toLowerCase()), truth: classes.indexOf(ex.intent), intent: ex.intent }))
    .filter((r) => r.truth >= 0);
  let temperature = TEMPERATURES[0]!;
  let bestLoss = Infinity;
  for (const t of TEMPERATURES) {
    let loss = 0;
    for (const r of rows) loss -= Math.log(Math.max(1e-12, softmax(r.boosted, t)[r.truth]!));
    loss /= rows.length;
    if (loss < bestLoss - 1e-12) {
      bestLoss = loss;
      temperature = t;
    }
  }
  const decided = rows.map((r) => {
    const probs = softmax(r.boosted, temperature);
    let best = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c]! > probs[best]!) best = c;
    const unknown = r.known < CLASSIFIER_DEFAULTS.minKnownFeatures && r.cueHits.length === 0;
    return { p: probs[best]!, intent: classes[best]!, unknown, truth: r.intent };
  });
  const accuracyAt = (threshold: number) =>
    decided.filter((d) => (d.unknown || (d.intent !== 'out_of_scope' && d.p < threshold) ? 'out_of_scope' : d.intent) === d.truth).length / decided.length;
  const accuracies = THRESHOLDS.map(accuracyAt);
  const top = Math.max(...accuracies);
  const best = THRESHOLDS.filter((_, i) => accuracies[i]! >= top - 1e-12);
  const outOfScopeThreshold = Math.round(((best[0]! + best[best.length - 1]!) / 2) * 100) / 100;
  return { temperature: Math.round(temperature * 1000) / 1000, outOfScopeThreshold, heldOutLogLoss: bestLoss, heldOutAccuracy: accuracyAt(outOfScopeThreshold), heldOutSize: rows.length };
}
