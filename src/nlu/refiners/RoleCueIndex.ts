import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { ParsingContext } from '../pipeline/types.ts';
import { PhraseMatcher, type PhraseHit } from '../text/phraseMatcher.ts';
import { findAllThroughTypos, NOUN_TYPOS, TypoCorrector } from '../text/typoCorrector.ts';

/** The kinds of cue looked for in the whole message (not in a window around a span). */
export type MessageCue = 'signOff' | 'quoteMark' | 'when' | 'delivery_date' | 'location' | 'signed_by' | 'declared_value' | 'status' | 'speed_up' | 'change' | 'subject';

/**
 * One scan of the message for every whole-message cue of the span role refiners (sign-offs, quote
 * marks, questions, delivery-change words, things other than parcels), shared by them: one pass instead of one per refiner.
 * Phrases match longest first without overlaps across all kinds, as one dictionary.
 */
export class RoleCueIndex {
  private readonly matcher: PhraseMatcher<MessageCue[]>;
  /** "change delivery adress": the cues' words are read through their typos. */
  private readonly typos: TypoCorrector;

  constructor(cues: SpanRoleCues) {
    const kinds = new Map<string, MessageCue[]>();
    const add = (phrases: readonly string[], kind: MessageCue) => {
      for (const p of phrases) {
        const key = p.toLowerCase();
        const list = kinds.get(key) ?? [];
        if (!list.includes(kind)) list.push(kind);
        kinds.set(key, list);
      }
    };
    add(cues.noise.signOffs, 'signOff');
    add(cues.noise.marks, 'quoteMark');
    add(cues.asks.when, 'when');
    add(cues.asks.deliveryDate, 'delivery_date');
    add(cues.asks.location, 'location');
    add(cues.asks.signedBy, 'signed_by');
    add(cues.asks.declaredValue, 'declared_value');
    add(cues.asks.status, 'status');
    add(cues.asks.speedUp, 'speed_up');
    add(cues.newAddress.changeCues, 'change');
    add(cues.otherSubjects, 'subject');
    this.matcher = new PhraseMatcher(kinds.entries());
    this.typos = new TypoCorrector(kinds.keys(), NOUN_TYPOS);
  }

  /** Some cue of this kind is in the message. */
  has(ctx: ParsingContext, kind: MessageCue): boolean {
    return this.hits(ctx).some((h) => h.value.includes(kind));
  }

  /** The message's cues, in message order (found once per message, kept in ctx.shared). */
  hits(ctx: ParsingContext): readonly PhraseHit<readonly MessageCue[]>[] {
    return (ctx.shared.roleCues ??= findAllThroughTypos(this.matcher, this.typos, ctx.lower)) as readonly PhraseHit<readonly MessageCue[]>[];
  }
}
