import type { ParsingContext, PlaceSpan, Refiner, Span } from '../pipeline/types.ts';

const LETTER = /[\p{L}\p{N}]/u;

/**
 * A message that corrects itself ("to Berlin — sorry, no, I mean the one to Paris", "寄往柏林……不对不对，
 * 是寄往巴黎的", "a París... no, espera, a Milán") means the later place or date: an earlier one of the
 * same kind is dropped when a correction word stands between them. A place named as a team or an office
 * ("Emma from the LA team", "Victor here from the London office") describes the speaker, not a parcel:
 * its role is `noise`.
 */
export class SelfCorrectionRefiner implements Refiner {
  readonly name = 'SelfCorrectionRefiner';

  /** `corrections`: words that take back what came before; `speakerPlaceNouns`: "office", "team" after a place. */
  constructor(
    private readonly corrections: readonly string[],
    private readonly speakerPlaceNouns: readonly string[],
  ) {}

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const dropped = new Set<Span>();
    for (const s of spans) {
      if (s.kind === 'place' && this.namesSpeakerPlace(ctx.lower.slice(s.end, s.end + 16))) {
        s.role = 'noise';
        s.roleSource = 'speaker\'s team or office';
      }
    }
    const kept = spans.filter((s) => s.kind !== 'place' || s.role !== 'noise');
    for (let i = 0; i < kept.length; i++) {
      const a = kept[i]!;
      if (a.kind !== 'place' && a.kind !== 'date') continue;
      if (a.kind === 'place' && (a as PlaceSpan).negated) continue;
      for (let j = i + 1; j < kept.length; j++) {
        const b = kept[j]!;
        if (b.kind !== a.kind || dropped.has(b)) continue;
        if (b.kind === 'place' && ((b as PlaceSpan).negated || !sameRole(a as PlaceSpan, b as PlaceSpan))) continue;
        if (this.correctsBetween(ctx.lower.slice(a.end, b.index))) {
          dropped.add(a);
          break;
        }
      }
    }
    return dropped.size ? spans.filter((s) => !dropped.has(s)) : spans;
  }

  private correctsBetween(between: string): boolean {
    return this.corrections.some((c) => containsWord(between, c));
  }

  private namesSpeakerPlace(after: string): boolean {
    const t = after.trimStart();
    return this.speakerPlaceNouns.some((n) => t.startsWith(n) && !LETTER.test(t[n.length] ?? ' '));
  }
}

/** Two places in the same role, or one whose role only the default gave. */
function sameRole(a: PlaceSpan, b: PlaceSpan): boolean {
  const weak = (s: PlaceSpan) => s.role === null || !s.roleSource || s.roleSource.startsWith('default');
  return a.role === b.role || weak(a) || weak(b);
}

/** `text` holds `phrase` as a whole word (Han phrases anywhere). */
function containsWord(text: string, phrase: string): boolean {
  if (/\p{Script=Han}/u.test(phrase)) return text.includes(phrase);
  let at = text.indexOf(phrase);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}
