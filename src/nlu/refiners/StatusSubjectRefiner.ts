import type { SpanRoleCues } from '../locales/roleCues.ts';
import { PARCEL_NOUNS } from '../locales/parcelNouns.ts';
import type { ParsingContext, Refiner, Span } from '../pipeline/types.ts';
import type { RoleCueIndex } from './RoleCueIndex.ts';
import { clauseStart, Cues, isHan, lastWordsStart } from './roleText.ts';

/** Words (Han: characters) before a status word in which its subject is looked for ("my refund is stuck", "退款一直卡住了"). */
const SUBJECT_WORDS = 4;
const SUBJECT_CHARS = 6;

/**
 * A status word describes the parcels wanted only when its subject is a parcel: "my payment is on
 * hold", "my refund is stuck", "付款被退回了", "mi pago está retenido" are about something else, so
 * the status word is dropped (a parcel noun nearer to it keeps it: "the parcel with my refund is stuck").
 */
export class StatusSubjectRefiner implements Refiner {
  readonly name = 'StatusSubjectRefiner';
  private readonly subjects: Cues;
  private readonly parcels = new Cues(PARCEL_NOUNS);

  /** `messageCues`: the language's whole-message cues (`otherSubjects` among them): no such noun, nothing to do. */
  constructor(
    otherSubjects: readonly string[],
    private readonly clauseEnds: string,
    private readonly messageCues: RoleCueIndex,
  ) {
    this.subjects = new Cues(otherSubjects);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    if (!spans.some((s) => s.kind === 'status') || !this.messageCues.has(ctx, 'subject')) return spans;
    return spans.filter((s) => s.kind !== 'status' || !this.aboutSomethingElse(ctx, s.index, s.end));
  }

  private aboutSomethingElse(ctx: ParsingContext, index: number, end: number): boolean {
    const text = ctx.lower;
    const from = clauseStart(text, index, this.clauseEnds);
    const before = isHan(text[index - 1] ?? '') ? text.slice(Math.max(from, index - SUBJECT_CHARS), index) : text.slice(lastWordsStart(text, SUBJECT_WORDS, index, from), index);
    const other = this.subjects.all(before);
    // Or right after it: "a held payment".
    if (other.length === 0) return this.subjects.startingAt(text, end) !== null;
    const parcel = this.parcels.all(before);
    return parcel.length === 0 || parcel[parcel.length - 1]!.index < other[other.length - 1]!.index;
  }
}
