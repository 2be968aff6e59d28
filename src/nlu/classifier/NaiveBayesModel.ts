import type { IntentName } from '../types.ts';
import { FeatureIndex, FIRST_WORD, forEachFeatureHash, UNKNOWN_WORD, type FeatureSink } from './featureHashing.ts';
import { wordCharGrams } from './intentFeatures.ts';

export interface TrainingExample {
  intent: IntentName;
  features: string[];
  text: string;
}

/**
 * Multinomial naive Bayes over binary features with a uniform prior (class sizes in intents/
 * say nothing about how often people ask). Scores are mean log-likelihoods per known feature,
 * so short and long messages land on one scale for calibration.
 */
export class NaiveBayesModel implements FeatureSink {
  readonly classes: IntentName[];
  private readonly logProb = new Map<string, Float64Array>();
  /** Hashed feature -> row of `weights` (row * classes + class): the per-message path. */
  private readonly index: FeatureIndex;
  /** Log-weights in single precision: half the memory a message's rows touch, one cache line per row. */
  private readonly weights: Float32Array;
  /** Per row, the call in which it was last counted: binary features without a Set per message. */
  private readonly seenIn: Int32Array;
  private call = 0;
  /**
   * The vocabulary's words ("w:" features) by the hash of that feature (a small index that stays in
   * the CPU's caches): their row and the rows of their known character n-grams
   * (gramRows[gramStart[id] .. gramStart[id + 1]]), so a known word's n-grams are not hashed again.
   */
  private readonly words: FeatureIndex;
  /** Bigram rows by word ids: previous * (words + 2) + id, with the first and end markers as ids words and words + 1. */
  private readonly bigramRows = new Map<number, number>();
  private readonly wordCount: number;
  private readonly wordRow: Int32Array;
  private readonly gramStart: Int32Array;
  private readonly gramRows: Int32Array;
  /**
   * Per vocabulary word, the sum of its n-gram rows' weights (id * classes + class): a word none of
   * whose n-grams the message has shown yet adds one row instead of one per n-gram.
   */
  private readonly gramSums: Float32Array;
  /** The word knownWord() has, for wordGrams(). */
  private lastWord = -1;
  /** The message being scored (scoreText is synchronous and not re-entrant). */
  private readonly scores: Float64Array;
  private known = 0;

  constructor(examples: readonly TrainingExample[], private readonly alpha = 0.2) {
    this.classes = [...new Set(examples.map((e) => e.intent))];
    const index = new Map(this.classes.map((c, i) => [c, i] as const));
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(this.classes.length);
    for (const ex of examples) {
      const c = index.get(ex.intent)!;
      for (const f of ex.features) {
        let row = counts.get(f);
        if (!row) counts.set(f, (row = new Float64Array(this.classes.length)));
        row[c]! += 1;
        totals[c]! += 1;
      }
    }
    const vocab = counts.size;
    for (const [f, row] of counts) {
      const lp = new Float64Array(this.classes.length);
      for (let c = 0; c < this.classes.length; c++) lp[c] = Math.log((row[c]! + alpha) / (totals[c]! + alpha * vocab));
      this.logProb.set(f, lp);
    }
    const nc = this.classes.length;
    this.index = new FeatureIndex(this.logProb.size);
    this.weights = new Float32Array(this.logProb.size * nc);
    this.seenIn = new Int32Array(this.logProb.size);
    const rowOf = new Map<string, number>();
    for (const [f, lp] of this.logProb) {
      const row = rowOf.size;
      rowOf.set(f, row);
      this.index.add(f, row);
      this.weights.set(lp, row * nc);
    }
    const vocabWords = [...rowOf.keys()].filter((f) => f.startsWith('w:'));
    this.wordCount = vocabWords.length;
    this.words = new FeatureIndex(vocabWords.length);
    this.wordRow = new Int32Array(vocabWords.length);
    this.gramStart = new Int32Array(vocabWords.length + 1);
    const grams: number[] = [];
    const idOf = new Map<string, number>();
    vocabWords.forEach((f, id) => {
      const w = f.slice(2);
      this.words.add(f, id);
      idOf.set(w, id);
      this.wordRow[id] = rowOf.get(f)!;
      // Each n-gram once ("manana" has "ana" twice): a message counts a feature once.
      const own = new Set<number>();
      if (w.length >= 3) for (const g of wordCharGrams(w)) if (rowOf.has(g)) own.add(rowOf.get(g)!);
      grams.push(...own);
      this.gramStart[id + 1] = grams.length;
    });
    // "b:prev_word": both are vocabulary words (every word of the examples is), or the ^ and $ markers.
    const marker = (w: string) => (w === '^' ? this.wordCount : w === '$' ? this.wordCount + 1 : idOf.get(w));
    for (const [f, row] of rowOf) {
      if (!f.startsWith('b:')) continue;
      const cut = f.indexOf('_', 2);
      const previous = marker(f.slice(2, cut));
      const id = marker(f.slice(cut + 1));
      if (previous !== undefined && id !== undefined) this.bigramRows.set(previous * (this.wordCount + 2) + id, row);
    }
    this.gramRows = Int32Array.from(grams);
    this.gramSums = new Float32Array(vocabWords.length * nc);
    const sum = new Float64Array(nc);
    for (let id = 0; id < vocabWords.length; id++) {
      sum.fill(0);
      for (let k = this.gramStart[id]!; k < this.gramStart[id + 1]!; k++) {
        for (let c = 0; c < nc; c++) sum[c]! += this.weights[this.gramRows[k]! * nc + c]!;
      }
      this.gramSums.set(sum, id * nc);
    }
    this.scores = new Float64Array(nc);
  }

  /**
   * score(intentFeatures(lower)) without building feature strings: hashed n-grams looked up in an
   * integer index, log-weights added from one typed array. Same sums in the same order.
   */
  scoreText(lower: string): { scores: Float64Array; known: number } {
    const scores = new Float64Array(this.classes.length);
    const known = this.scoreInto(lower, scores);
    return { scores, known };
  }

  /** scoreText into `out` (one slot per class); returns how many features were known. */
  scoreInto(lower: string, out: Float64Array): number {
    const nc = this.classes.length;
    if (++this.call === 0x7fffffff) {
      this.seenIn.fill(0);
      this.call = 1;
    }
    this.scores.fill(0);
    this.known = 0;
    forEachFeatureHash(lower, this);
    const { scores, known } = this;
    for (let c = 0; c < nc; c++) out[c] = known > 0 ? scores[c]! / known : scores[c]!;
    return known;
  }

  /** FeatureSink: adds a known feature's log-weights once per message. */
  feature(a: number, b: number): void {
    const row = this.index.get(a, b);
    if (row >= 0) this.addRow(row);
  }

  /** FeatureSink: the vocabulary id of a word by its "w:" hash, or -1. */
  wordId(a: number, b: number): number {
    return this.words.get(a, b);
  }

  /** FeatureSink: a vocabulary word, in intentFeatures' order: its "w:" row, its bigram with the word before, its n-grams. */
  knownWord(id: number, previous: number): void {
    this.addRow(this.wordRow[id]!);
    this.addBigram(previous, id);
    this.lastWord = id;
    this.wordGrams();
  }

  /** FeatureSink: "b:last_$". */
  endOfWords(previous: number): void {
    this.addBigram(previous, this.wordCount + 1);
  }

  private addBigram(previous: number, id: number): void {
    if (previous === UNKNOWN_WORD) return;
    const row = this.bigramRows.get((previous === FIRST_WORD ? this.wordCount : previous) * (this.wordCount + 2) + id);
    if (row !== undefined) this.addRow(row);
  }

  /**
   * The n-grams of the word knownWord() has. Each counts once per message: when the
   * message has shown none of them yet (the usual case) their precomputed sum is added at once,
   * otherwise the unseen ones one by one.
   */
  private wordGrams(): void {
    const id = this.lastWord;
    const start = this.gramStart[id]!;
    const end = this.gramStart[id + 1]!;
    const seenIn = this.seenIn;
    const call = this.call;
    const rows = this.gramRows;
    let fresh = true;
    for (let k = start; k < end && fresh; k++) fresh = seenIn[rows[k]!] !== call;
    if (!fresh) {
      for (let k = start; k < end; k++) this.addRow(rows[k]!);
      return;
    }
    for (let k = start; k < end; k++) seenIn[rows[k]!] = call;
    this.known += end - start;
    const nc = this.classes.length;
    const base = id * nc;
    const scores = this.scores;
    const sums = this.gramSums;
    for (let c = 0; c < nc; c++) scores[c]! += sums[base + c]!;
  }

  private addRow(row: number): void {
    if (this.seenIn[row] === this.call) return;
    this.seenIn[row] = this.call;
    this.known++;
    const nc = this.classes.length;
    const base = row * nc;
    const scores = this.scores;
    const weights = this.weights;
    for (let c = 0; c < nc; c++) scores[c]! += weights[base + c]!;
  }

  /** Mean log-likelihood per class over the known features, and how many were known. */
  score(features: readonly string[]): { scores: Float64Array; known: number } {
    const scores = new Float64Array(this.classes.length);
    let known = 0;
    for (const f of features) {
      const lp = this.logProb.get(f);
      if (!lp) continue;
      known++;
      for (let c = 0; c < scores.length; c++) scores[c]! += lp[c]!;
    }
    if (known > 0) for (let c = 0; c < scores.length; c++) scores[c]! /= known;
    return { scores, known };
  }

  /** The features that most favour `intent` over the average class, for --explain. */
  topFeatures(features: readonly string[], intent: IntentName, n: number): string[] {
    const c = this.classes.indexOf(intent);
    if (c < 0) return [];
    const scored: [string, number][] = [];
    for (const f of features) {
      const lp = this.logProb.get(f);
      if (!lp) continue;
      let mean = 0;
      for (const v of lp) mean += v;
      mean /= lp.length;
      scored.push([f, lp[c]! - mean]);
    }
    return scored.sort((a, b) => b[1] - a[1]).slice(0, n).map(([f]) => f);
  }
}
