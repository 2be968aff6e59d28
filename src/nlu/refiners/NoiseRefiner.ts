import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { ParsingContext, Refiner, Span } from '../pipeline/types.ts';
import { Cues } from './roleText.ts';

/** Sentence ends a sign-off must follow: at the start of a message "Cheers!" is a greeting, not a signature. */
const SENTENCE_END = /[.?!。？！…)]$/u;
/** A quote mark "> " is no lane arrow ("Shanghai -> NYC", "=> "). */
const ARROW_TAIL = /[-=]$/;

/**
 * A signature, quoted earlier mail or a footer ("… Best regards, Anna Weber, Acme GmbH, Munich",
 * "> your parcel from Madrid is on its way", "—— 李娜 广州市天河区") names places, dates and status
 * words that describe no parcel wanted: from the first sign-off or quote mark to the end of the
 * message, places get the role `noise` and dates and status words are dropped.
 */
export class NoiseRefiner implements Refiner {
  readonly name = 'NoiseRefiner';
  private readonly signOffs: Cues;
  private readonly marks: Cues;

  constructor(cues: SpanRoleCues['noise']) {
    this.signOffs = new Cues(cues.signOffs);
    this.marks = new Cues(cues.marks);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    if (!spans.some((s) => s.kind === 'place' || s.kind === 'date' || s.kind === 'status')) return spans;
    const start = this.noiseStart(ctx.lower);
    if (start === null) return spans;
    const out: Span[] = [];
    for (const s of spans) {
      if (s.index < start.at) out.push(s);
      else if (s.kind === 'place') out.push({ ...s, role: 'noise', roleSource: `noise after "${start.cue}"` });
      else if (s.kind !== 'date' && s.kind !== 'status') out.push(s);
    }
    return out;
  }

  /** Where the noise starts: the first quote mark after some text, or the first sign-off after a sentence end. */
  private noiseStart(lower: string): { at: number; cue: string } | null {
    let best: { at: number; cue: string } | null = null;
    for (const h of this.marks.all(lower)) {
      const before = lower.slice(0, h.index).trimEnd();
      if (!/[\p{L}\p{N}]/u.test(before) || ARROW_TAIL.test(before)) continue;
      best = { at: h.index, cue: h.phrase };
      break;
    }
    for (const h of this.signOffs.all(lower)) {
      if (best && h.index >= best.at) break;
      if (!SENTENCE_END.test(lower.slice(0, h.index).trimEnd())) continue;
      best = { at: h.index, cue: h.phrase };
      break;
    }
    return best;
  }
}
