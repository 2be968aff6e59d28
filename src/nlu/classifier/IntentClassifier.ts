import type { IntentDefinition } from '../../../intents/types.ts';
import type { IntentName, Language } from '../types.ts';
import { CueScorer, type CueHit } from './CueScorer.ts';
import { intentFeatures } from './intentFeatures.ts';
import { NaiveBayesModel, type TrainingExample } from './NaiveBayesModel.ts';
import { withAccentFreeForms } from '../../locale/index.ts';

/**
 * Softmax temperature over the classifier's scores (mean log-likelihood plus cue boosts), fitted by
 * fitCalibration (calibration.ts) to minimise the log loss on the held-out split of intents/ (every
 * fifth example, never the dev or evaluation sets). test/nlu/calibration.test.ts re-fits it.
 */
export const CALIBRATED_TEMPERATURE = 0.245;

/**
 * Below this calibrated probability of its best intent a message is out_of_scope. Chosen by
 * fitCalibration as the middle of the thresholds with the best accuracy on the held-out split
 * (with out_of_scope's own examples there as negatives).
 */
export const OUT_OF_SCOPE_THRESHOLD = 0.26;

/** Decision constants, frozen like Fuse's config. */
export const CLASSIFIER_DEFAULTS = Object.freeze({
  /** Softmax sharpness over mean log-likelihoods. */
  temperature: CALIBRATED_TEMPERATURE,
  /** Added to an intent's mean log-likelihood per cue phrase found (at most two count). */
  cueBoost: 0.35,
  maxCuesPerIntent: 2,
  /** Below this probability the message is out of scope. */
  minConfidence: OUT_OF_SCOPE_THRESHOLD,
  /** Fewer known features than this: we do not know what it is about. */
  minKnownFeatures: 2,
  alpha: 0.2,
});

export interface IntentDecision {
  intent: IntentName;
  confidence: number;
  /** The best in-scope intent and its probability, also when confidence was too low to take it. */
  best: { intent: IntentName; p: number };
  explain?: {
    top: { intent: IntentName; p: number }[];
    cues: CueHit[];
    features: string[];
    nearestExample: string | null;
    knownFeatures: number;
    reason: string;
  };
}

/**
 * Learned from the examples in intents/ at load time (naive Bayes over character n-grams), nudged
 * by each intent's cue phrases, calibrated by a softmax; low confidence means out_of_scope.
 */
/** How far below the threshold a guess its own cue vouches for may be (see cueVouchesFor). */
const CUE_VOUCH_SHARE = 0.75;

export class IntentClassifier {
  private readonly model: NaiveBayesModel;
  private readonly cues: CueScorer;
  private readonly examples: TrainingExample[] = [];
  readonly trainingSize: number;

  constructor(
    intents: readonly IntentDefinition[],
    private readonly options: Readonly<typeof CLASSIFIER_DEFAULTS> = CLASSIFIER_DEFAULTS,
  ) {
    const cuePairs: [IntentName, string][] = [];
    for (const def of intents) {
      for (const lang of Object.keys(def.examples) as Language[]) {
        for (const text of def.examples[lang]) {
          this.examples.push({ intent: def.name, text, features: intentFeatures(text.normalize('NFKC').toLowerCase()) });
        }
        // Spanish is often typed without accents ('contamino', 'ecologicas'): each cue in both forms.
        for (const cue of lang === 'es' ? withAccentFreeForms(def.cues[lang]) : def.cues[lang]) cuePairs.push([def.name, cue]);
      }
    }
    this.model = new NaiveBayesModel(this.examples, options.alpha);
    this.cues = new CueScorer(cuePairs);
    this.trainingSize = this.examples.length;
    this.classIndex = new Map(this.model.classes.map((c, i) => [c, i] as const));
    this.boosted = new Float64Array(this.model.classes.length);
    this.probs = new Float64Array(this.model.classes.length);
    this.cuesPerClass = new Int32Array(this.model.classes.length);
  }

  private readonly classIndex: ReadonlyMap<IntentName, number>;
  /** Scratch rows of classify() (synchronous, not re-entrant). */
  private readonly boosted: Float64Array;
  private readonly probs: Float64Array;
  private readonly cuesPerClass: Int32Array;

  /** The intents in the order of `scores` below. */
  get classes(): readonly IntentName[] {
    return this.model.classes;
  }

  /** Uncalibrated scores per class (mean log-likelihood plus cue boosts), for fitting the calibration. */
  scores(lower: string): { boosted: number[]; known: number; cueHits: CueHit[] } {
    const boosted = new Float64Array(this.model.classes.length);
    const { known } = this.scoreInto(lower, boosted);
    return { boosted: Array.from(boosted), known, cueHits: this.cues.hits(lower) };
  }

  /** scores() into `boosted`, one slot per class, without intermediate arrays; how many features were known and how many cues hit. */
  private scoreInto(lower: string, boosted: Float64Array): { known: number; cueCount: number } {
    const known = this.model.scoreInto(lower, boosted);
    const perClass = this.cuesPerClass;
    const cueCount = this.cues.countInto(lower, this.classIndex, perClass);
    if (cueCount > 0) {
      for (let c = 0; c < perClass.length; c++) {
        if (perClass[c]! > 0) boosted[c]! += this.options.cueBoost * Math.min(perClass[c]!, this.options.maxCuesPerIntent);
      }
    }
    return { known, cueCount };
  }

  /** `lower`: the normalised, lower-cased message. */
  classify(lower: string, explain = false): IntentDecision {
    const boosted = this.boosted;
    const { known, cueCount } = this.scoreInto(lower, boosted);
    const classes = this.model.classes;
    const probs = softmaxInto(boosted, this.options.temperature, this.probs);
    let best = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c]! > probs[best]!) best = c;
    let intent = classes[best]!;
    let confidence = probs[best]!;
    let reason = 'classifier';
    if (known < this.options.minKnownFeatures && cueCount === 0) {
      intent = 'out_of_scope';
      confidence = 1 - confidence * 0.5;
      reason = `only ${known} known features`;
    } else if (intent !== 'out_of_scope' && confidence < this.options.minConfidence && !this.cueVouchesFor(best, confidence)) {
      reason = `${intent} p=${confidence.toFixed(2)} below ${this.options.minConfidence}`;
      intent = 'out_of_scope';
      confidence = 1 - confidence;
    }
    const decision: IntentDecision = { intent, confidence: round(confidence), best: { intent: classes[best]!, p: round(probs[best]!) } };
    if (explain) {
      const features = intentFeatures(lower);
      const order = classes.map((c, i) => ({ intent: c, p: round(probs[i]!) })).sort((a, b) => b.p - a.p);
      decision.explain = {
        top: order.slice(0, 3),
        cues: this.cues.hits(lower),
        features: this.model.topFeatures(features, classes[best]!, 6),
        nearestExample: this.nearestExample(features, classes[best]!),
        knownFeatures: known,
        reason,
      };
    }
    return decision;
  }

  /**
   * A domain word of the best intent alone ("co2", "customs") keeps a guess that falls a little short
   * of the threshold: "that toronto parcel - what was its co2" is about carbon, however its other
   * words spread the probability. Only when no other intent's cue was found.
   */
  private cueVouchesFor(best: number, confidence: number): boolean {
    const perClass = this.cuesPerClass;
    if (!(perClass[best]! > 0) || confidence < this.options.minConfidence * CUE_VOUCH_SHARE) return false;
    for (let c = 0; c < perClass.length; c++) if (c !== best && perClass[c]! > 0) return false;
    return true;
  }

  /** The training example of `intent` sharing most features (Jaccard), for --explain. */
  private nearestExample(features: readonly string[], intent: IntentName): string | null {
    const set = new Set(features);
    let best: { text: string; sim: number } | null = null;
    for (const ex of this.examples) {
      if (ex.intent !== intent) continue;
      let inter = 0;
      for (const f of ex.features) if (set.has(f)) inter++;
      const sim = inter / (set.size + ex.features.length - inter || 1);
      if (!best || sim > best.sim) best = { text: ex.text, sim };
    }
    return best?.text ?? null;
  }
}

export function softmax(values: readonly number[], temperature: number): number[] {
  return Array.from(softmaxInto(values, temperature, new Float64Array(values.length)));
}

/** softmax into `out` (same length as `values`); the same sums in the same order. */
function softmaxInto(values: ArrayLike<number>, temperature: number, out: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < values.length; c++) if (values[c]! > max) max = values[c]!;
  let sum = 0;
  for (let c = 0; c < values.length; c++) {
    out[c] = Math.exp((values[c]! - max) / temperature);
    sum += out[c]!;
  }
  for (let c = 0; c < values.length; c++) out[c]! /= sum;
  return out;
}

function round(p: number): number {
  return Math.round(p * 1000) / 1000;
}
