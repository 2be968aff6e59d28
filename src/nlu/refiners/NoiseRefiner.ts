import type { ParsingContext, Refiner, Span } from '../pipeline/types.ts';
import type { RoleCueIndex } from './RoleCueIndex.ts';

/** Sentence ends a sign-off must follow: at the start of a message "Cheers!" is a greeting, not a signature. */
const SENTENCE_END = /[.?!。？！…)]$/u;
/** A quote mark "> " is no lane arrow ("Shanghai -> NYC", "=> "). */
const ARROW_TAIL = /[-=]$/;

/**
 * A signature, quoted earlier mail or a footer ("… Best regards, Anna Weber, Acme GmbH, Munich",
 * "> your parcel from Madrid is on its way", "—— 李娜 广州市天河区") names places, dates and status
 * words that describe no parcel wanted: from the first sign-off or quote mark to the end of the
 * message, places get the role `noise` and dates, status and service words are dropped.
 */
export class NoiseRefiner implements Refiner {
  readonly name = 'NoiseRefiner';

  /** `cues`: the language's whole-message cues (sign-offs and quote marks among them). */
  constructor(private readonly cues: RoleCueIndex) {}

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    if (!spans.some((s) => s.kind === 'place' || s.kind === 'date' || s.kind === 'status' || s.kind === 'service')) return spans;
    const start = this.noiseStart(ctx);
    if (start === null) return spans;
    const out: Span[] = [];
    for (const s of spans) {
      if (s.index < start.at) out.push(s);
      else if (s.kind === 'place') out.push({ ...s, role: 'noise', roleSource: `noise after "${start.cue}"` });
      else if (s.kind !== 'date' && s.kind !== 'status' && s.kind !== 'service') out.push(s);
    }
    return out;
  }

  /** Where the noise starts: the first quote mark after some text, or the first sign-off after a sentence end. */
  private noiseStart(ctx: ParsingContext): { at: number; cue: string } | null {
    for (const h of this.cues.hits(ctx)) {
      const mark = h.value.includes('quoteMark');
      if (!mark && !h.value.includes('signOff')) continue;
      const before = ctx.lower.slice(0, h.index).trimEnd();
      const opens = mark ? /[\p{L}\p{N}]/u.test(before) && !ARROW_TAIL.test(before) : SENTENCE_END.test(before);
      if (opens) return { at: h.index, cue: h.phrase };
    }
    return null;
  }
}
