import type { IntentName } from '../types.ts';
import { PhraseMatcher } from '../text/phraseMatcher.ts';
import { findAllThroughTypos, NOUN_TYPOS, TypoCorrector } from '../text/typoCorrector.ts';

export interface CueHit {
  intent: IntentName;
  phrase: string;
}

/** The `cues` of every intent file as one dictionary; each hit nudges its intent's score. */
export class CueScorer {
  private readonly matcher: PhraseMatcher<IntentName[]>;
  /** A request word misspelt ("change delivery adress") still says what is asked: cues are read through typos. */
  private readonly typos: TypoCorrector;

  constructor(cues: Iterable<readonly [IntentName, string]>) {
    const byPhrase = new Map<string, IntentName[]>();
    for (const [intent, phrase] of cues) {
      const key = phrase.toLowerCase();
      const list = byPhrase.get(key) ?? [];
      if (!list.includes(intent)) list.push(intent);
      byPhrase.set(key, list);
    }
    this.matcher = new PhraseMatcher(byPhrase.entries());
    this.typos = new TypoCorrector(byPhrase.keys(), NOUN_TYPOS);
  }

  hits(lower: string): CueHit[] {
    const out: CueHit[] = [];
    for (const h of findAllThroughTypos(this.matcher, this.typos, lower)) for (const intent of h.value) out.push({ intent, phrase: h.phrase });
    return out;
  }

  /**
   * hits() counted per class into `perClass` (zeroed first; slot from `classIndex`) without a hit
   * object per cue; returns how many hits there were (hits().length).
   */
  countInto(lower: string, classIndex: ReadonlyMap<IntentName, number>, perClass: Int32Array): number {
    perClass.fill(0);
    let count = 0;
    for (const h of findAllThroughTypos(this.matcher, this.typos, lower)) {
      for (const intent of h.value) {
        count++;
        const c = classIndex.get(intent);
        if (c !== undefined) perClass[c]!++;
      }
    }
    return count;
  }
}
