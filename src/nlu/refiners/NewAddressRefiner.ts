import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { AddressSpan, ParsingContext, PlaceSpan, Refiner, Span } from '../pipeline/types.ts';
import type { RoleCueIndex } from './RoleCueIndex.ts';
import { clauseStart, Cues, isHan, lastWordsStart, wordsOf } from './roleText.ts';

/** How many words before a place a change verb may stand ("reroute (the shipment to Chicago) to Denver"). */
const VERB_WINDOW = 7;
/** Words of a Latin street address before its city ("120 Bremner Blvd", "Avenida Reforma 222"), at most. */
const ADDRESS_WORDS = 6;
/** Where an address before its city starts: after one of these words or marks. */
const ADDRESS_OPENERS = new Set(['to', 'at', 'is', 'in', 'a', 'en', 'es', 'al', 'para', 'address', 'dirección', 'direccion']);
/** A postal code between an address's comma and its city ("Torstraße 15, 10119 Berlin"). */
const POSTAL_CODE_BEFORE_CITY = /,\s*(?:\d{4,6}\s+)?$/;
/** Street words this long also end a compound street name ("Torstraße", "Hauptstrasse"). */
const COMPOUND_STREET_WORD = 6;
/** Han address text after the city: characters up to a mark or a space. */
const HAN_ADDRESS_RUN = /^[\p{Script=Han}0-9A-Za-z#\-]+/u;
/** Roles a new address never takes over: the place is elsewhere in the story. */
const KEPT_ROLES = new Set(['noise', 'location']);

/**
 * The place of a delivery address the customer wants ("it should go to 120 Bremner Blvd, Toronto",
 * "redirect my parcel to Boston", "改送到深圳南山区科技园", "redirigir a Málaga") gets the role
 * `new_address`, and the address as written becomes an address span (Parse.newAddress). Only in a
 * message that asks for a delivery change; places inside that address ("广州市越秀区北京路50号": a
 * street named after a city) are part of it and dropped.
 */
export class NewAddressRefiner implements Refiner {
  readonly name = 'NewAddressRefiner';
  private readonly verbs: Cues;
  private readonly streetWords: ReadonlySet<string>;
  private readonly hanStreetWords: readonly string[];

  /** `messageCues`: the language's whole-message cues (the words asking for a delivery change among them). */
  constructor(
    cues: SpanRoleCues['newAddress'],
    private readonly clauseEnds: string,
    private readonly messageCues: RoleCueIndex,
  ) {
    this.verbs = new Cues(cues.verbs);
    this.streetWords = new Set(cues.streetWords.filter((w) => !isHan(w)));
    this.hanStreetWords = cues.streetWords.filter(isHan);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const places = spans.filter((s): s is PlaceSpan => s.kind === 'place' && !s.negated && !KEPT_ROLES.has(s.role ?? ''));
    if (places.length === 0 || !this.messageCues.has(ctx, 'change')) return spans;
    let chosen: { place: PlaceSpan; index: number; end: number; why: string } | null = null;
    for (let k = places.length - 1; k >= 0; k--) {
      const p = places[k]!;
      const address = isHan(p.text) ? this.hanAddressAfter(ctx, p) : this.latinAddressBefore(ctx, p);
      // A place read as the origin is the new address only when a street address says so ("the parcel to
      // dallas to 500 Elm St, Dallas": the second "to" read the first place as where it came from).
      if (!address && p.role === 'origin' && p.roleSource && !p.roleSource.startsWith('default')) continue;
      // "deliver the toronto parcel on thursday": a place as the parcel's label names the parcel, not where it should go.
      if (!address && p.label) continue;
      const verb = address ? null : this.verbBefore(ctx, p);
      if (!address && !verb) continue;
      // The last place a change points at is the new address: "reroute the shipment to Chicago to Denver".
      chosen = address ? { place: p, ...address, why: 'new address: street address' } : { place: p, index: p.index, end: p.end, why: `new address: "${verb}"` };
      break;
    }
    if (!chosen) return spans;
    const { place, index, end, why } = chosen;
    place.role = 'new_address';
    place.roleSource = why;
    const text = ctx.text.slice(index, end);
    const address: AddressSpan = { kind: 'address', index, end, text, value: text, source: `${this.name}:${why}` };
    const out = spans.filter((s) => s === place || s.kind !== 'place' || s.end <= index || s.index >= end);
    out.push(address);
    return out.sort((a, b) => a.index - b.index || b.end - a.end);
  }

  /** A change verb in the clause, a few words before the place ("redirect my parcel to", "改送到"). */
  private verbBefore(ctx: ParsingContext, p: PlaceSpan): string | null {
    const from = clauseStart(ctx.lower, p.index, this.clauseEnds);
    const before = ctx.lower.slice(from, p.index);
    if (isHan(p.text)) {
      const hit = this.verbs.ending(before.slice(-8)) ?? this.verbs.ending(before.slice(-8, -1));
      return hit?.phrase ?? null;
    }
    return this.verbs.all(before.slice(lastWordsStart(before, VERB_WINDOW)))[0]?.phrase ?? null;
  }

  /** "120 Bremner Blvd, " before the city: a number and a street word after an opener; from where it starts to the city's end. */
  private latinAddressBefore(ctx: ParsingContext, p: PlaceSpan): { index: number; end: number } | null {
    const before = ctx.lower.slice(0, p.index);
    const comma = POSTAL_CODE_BEFORE_CITY.exec(before);
    if (!comma) return null;
    const head = before.slice(0, comma.index);
    const from = Math.max(clauseStart(head, head.length, '.?!;:¿¡'), head.lastIndexOf(',') + 1);
    const words = wordsOf(head.slice(from)).map((w) => ({ ...w, index: w.index + from }));
    let start = words.length;
    // A Han word opens it too: "新地址是 800 Robson Street, Vancouver".
    while (start > 0 && words.length - start < ADDRESS_WORDS && !ADDRESS_OPENERS.has(words[start - 1]!.word) && !isHan(words[start - 1]!.word)) start--;
    const segment = words.slice(start);
    if (!segment.some((w) => /\d/.test(w.word)) || !segment.some((w) => this.isStreetWord(w.word))) return null;
    return { index: segment[0]!.index, end: p.end };
  }

  /** "Street", "St", or a compound ending in a long street word ("torstraße"). */
  private isStreetWord(word: string): boolean {
    if (this.streetWords.has(word)) return true;
    for (const w of this.streetWords) if (w.length >= COMPOUND_STREET_WORD && word.length > w.length && word.endsWith(w)) return true;
    return false;
  }

  /** "上海" + "市浦东新区世纪大道100号": the city and the street address after it, up to its last street word. */
  private hanAddressAfter(ctx: ParsingContext, p: PlaceSpan): { index: number; end: number } | null {
    const run = HAN_ADDRESS_RUN.exec(ctx.lower.slice(p.end))?.[0] ?? '';
    let last = -1;
    for (const w of this.hanStreetWords) {
      const at = run.lastIndexOf(w);
      if (at >= 0) last = Math.max(last, at + w.length);
    }
    return last > 0 ? { index: p.index, end: p.end + last } : null;
  }
}
