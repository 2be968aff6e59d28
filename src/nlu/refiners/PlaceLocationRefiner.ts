import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { ParsingContext, PlaceSpan, Refiner, Span } from '../pipeline/types.ts';
import { clauseEnd, clauseStart, Cues, endWithoutArticle, lastWordsStart } from './roleText.ts';

/** How many words may stand between a verb of being stuck and the preposition before the place ("held (at customs) in"). */
const VERB_GAP = 3;

/**
 * Places where the parcel is, was stuck or was last seen are no search filter ("it's been sitting in
 * Anchorage", "my parcel to Toronto is stuck in Chicago", "卡在洛杉矶海关", "atascado en Memphis",
 * "the Cologne hub"): they get the role `location`. A verb cue that names the sending ("shipped from
 * the Shanghai warehouse", "寄到北京海关") keeps its role.
 */
export class PlaceLocationRefiner implements Refiner {
  readonly name = 'PlaceLocationRefiner';
  private readonly prefixes: Cues;
  private readonly verbs: Cues;
  private readonly copulas: Cues;
  private readonly prepositions: Cues;
  private readonly suffixes: Cues;
  private readonly stuckLater: Cues;
  private readonly atPrefixes: Cues;

  constructor(
    cues: SpanRoleCues['location'],
    private readonly clauseEnds: string,
  ) {
    this.prefixes = new Cues(cues.prefixes);
    this.verbs = new Cues(cues.verbs);
    this.copulas = new Cues(cues.copulas);
    this.prepositions = new Cues(cues.prepositions);
    this.suffixes = new Cues(cues.suffixes);
    this.stuckLater = new Cues(cues.stuckLater);
    this.atPrefixes = new Cues(cues.atPrefixes);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    for (const s of spans) {
      if (s.kind !== 'place' || s.negated || s.role === 'noise') continue;
      const why = this.locationCue(ctx, s);
      if (why) {
        s.role = 'location';
        s.roleSource = why;
      }
    }
    return spans;
  }

  /** Why the place is where the parcel is, or null; reads the text in place (no slices but for a verb's window). */
  private locationCue(ctx: ParsingContext, p: PlaceSpan): string | null {
    const text = ctx.lower;
    const from = clauseStart(text, p.index, this.clauseEnds);
    const end = endWithoutArticle(text, p.index, from);
    const prefix = this.prefixes.endingAt(text, end, from);
    if (prefix) return `location "${prefix.phrase}"`;
    const suffix = this.suffixes.startingAt(text, p.end);
    if (suffix && !namesSending(p)) return `location suffix "${suffix.phrase}"`;
    const at = this.atPrefixes.endingAt(text, end, from);
    if (at && this.stuckLater.some(text.slice(p.end, clauseEnd(text, p.end, this.clauseEnds)))) return `location "${at.phrase}…" stuck later`;
    const prep = this.prepositions.endingAt(text, end, from);
    if (!prep) return null;
    const copula = this.copulas.endingAt(text, prep.index, from);
    if (copula) return `location "${copula.phrase} ${prep.phrase}"`;
    if (this.verbs.empty) return null;
    const verb = this.verbs.all(text.slice(lastWordsStart(text, VERB_GAP + 1, prep.index, from), prep.index))[0];
    return verb ? `location "${verb.phrase} … ${prep.phrase}"` : null;
  }
}

/** The place's role came from a verb of sending ("shipped from", "寄到"), which a suffix does not overrule. */
function namesSending(p: PlaceSpan): boolean {
  const cue = /^(?:cue|prefix) "(.+)"/.exec(p.roleSource ?? '')?.[1];
  if (!cue) return false;
  return cue.includes(' ') || (/\p{Script=Han}/u.test(cue) && cue.length > 1);
}
