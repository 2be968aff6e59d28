import { BARE_ANSWER_FILLERS } from '../locales/bareAnswerFillers.ts';
import { getGazetteer, normalizePlaceName, placeKeyOfLower, type GeoEntry } from '../../geo/index.ts';
import type { Extractor, ParsingContext, PlaceRole, PlaceSpan } from '../pipeline/types.ts';
import { lowerCodeUnit, NO_LOWER_UNIT, WordTrie } from '../text/wordTrie.ts';
import { PARCEL_NOUNS } from '../locales/parcelNouns.ts';

/** Role cues of one language; weak destination cues ("in", "en") only count when nothing stronger does. */
export interface PlaceCues {
  origin: readonly string[];
  destination: readonly string[];
  weakDestination: readonly string[];
  /** Han cues before a Latin name in mixed text ("寄到New York"). */
  hanOriginPrefixes?: readonly string[];
  hanDestinationPrefixes?: readonly string[];
  hanOriginSuffixes?: readonly string[];
  /**
   * A name used as a parcel's label, between a determiner and a parcel noun ("the seattle parcel",
   * "our miami one"): read as after a destination cue (a lower-case city of 50,000 or more), exact
   * names only (a misspelt word there is more likely an adjective than a city).
   */
  pointer?: { determiners: readonly string[]; nouns: readonly string[] };
}

/** A word of the message; its strings are made only when a lookup needs them (most words are passed over on their flags). */
class Token {
  private rawText: string | null;
  private lowerText: string | null;

  constructor(
    private readonly text: string,
    readonly index: number,
    readonly end: number,
    /** ASCII letters only: normalizePlaceName(raw) is `lower`. */
    readonly plain: boolean,
    /** Some character is not lower case (raw !== lower). */
    readonly upper: boolean,
    /** WORD_FLAGS of the lower-cased word. */
    readonly flags: number,
    raw: string | null = null,
  ) {
    this.rawText = raw;
    this.lowerText = null;
  }

  get raw(): string {
    return (this.rawText ??= this.text.slice(this.index, this.end));
  }

  get lower(): string {
    return (this.lowerText ??= this.raw.toLowerCase());
  }
}

/** Flags of the extractor's word trie. */
const COMMON = 1;
const STARTER = 2;

/** The word, lower-cased, is a common word (flags from the trie, read while tokenising). */
const common = (t: Token): boolean => (t.flags & COMMON) !== 0;
/** A common word that begins no place names ("where", not "new"). */
const commonNonStarter = (t: Token): boolean => (t.flags & (COMMON | STARTER)) === COMMON;

interface Cue {
  role: PlaceRole;
  weak: boolean;
  phrase: string;
  /** An article stood between the cue and the name ("de los santos", "to the UK"). */
  afterArticle?: boolean;
  /** A label's determiner before the name and a parcel noun at this token after it (PlaceCues.pointer). */
  pointerNounAt?: number;
}

/** A name found at a token: its span and the token after it. */
type Match = { span: PlaceSpan; next: number };

const TOKEN = /[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}'’.]*/gu;
const TOKEN_START = /^[\p{Script=Latin}\p{N}]$/u;
const TRAILING_MARKS = /[.’']+$/;
/** Per UTF-16 code unit: 1 not in a token, 2 starts or continues one, 3 only continues one ('’.); 0 not yet known. */
const tokenClass = new Uint8Array(0x10000);

function tokenClassOf(code: number): number {
  let c = tokenClass[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = TOKEN_START.test(ch) ? 2 : ch === "'" || ch === '’' || ch === '.' ? 3 : 1;
    tokenClass[code] = c;
  }
  return c;
}

/**
 * TOKEN's matches without their trailing dots and apostrophes, scanned by character code (astral
 * text: the regex), each word looked up in `words` while it is scanned.
 */
function tokenize(text: string, words: WordTrie): Token[] {
  const tokens: Token[] = [];
  if (/[\ud800-\udfff]/.test(text)) {
    for (const m of text.matchAll(TOKEN)) {
      const raw = m[0].replace(TRAILING_MARKS, '');
      if (!raw) continue;
      const lower = raw.toLowerCase();
      tokens.push(new Token(text, m.index, m.index + raw.length, /^[a-z]+$/i.test(raw), raw !== lower, words.lookup(lower, 0, lower.length), raw));
    }
    return tokens;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (tokenClassOf(text.charCodeAt(i)) !== 2) {
      i++;
      continue;
    }
    let end = i + 1;
    let lastWord = i + 1;
    let plain = true;
    let upper = false;
    let node = 0;
    let nodeAtLastWord = 0;
    let upperAtLastWord = false;
    for (let k = i; k < n; k++) {
      const code = text.charCodeAt(k);
      const cls = tokenClassOf(code);
      if (cls === 1) break;
      end = k + 1;
      const low = lowerCodeUnit(code);
      if (low !== code) upper = true;
      node = low === NO_LOWER_UNIT ? -1 : words.step(node, low);
      if (cls === 2) {
        lastWord = end;
        nodeAtLastWord = node;
        upperAtLastWord = upper;
      }
      if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a))) plain = false;
    }
    // The trailing dots and apostrophes are not part of the word; plain means letters up to lastWord.
    if (!plain) {
      plain = true;
      for (let k = i; k < lastWord && plain; k++) {
        const code = text.charCodeAt(k);
        plain = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
      }
    }
    tokens.push(new Token(text, i, lastWord, plain, upperAtLastWord, words.flags(nodeAtLastWord)));
    i = end;
  }
  return tokens;
}
const MAX_NAME_TOKENS = 4;
/** Words allowed inside a multi-word name ("Rio de Janeiro", "Frankfurt am Main"). */
const NAME_CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'am', 'upon', 'of', 'el', 'do', 'da', 'st', 'st.']);
/** Never the start of a place name: articles, possessives, pronouns. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'me', 'you',
  'him', 'them', 'us', 'it', 'some', 'any', 'mi', 'mis', 'tu', 'su', 'sus', 'el', 'la', 'los', 'las', 'un', 'una',
  'and', 'or', 'y', 'o', 'on', 'in', 'at', 'by', 'last', 'next', 'yesterday', 'today', 'ayer', 'hoy',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sr', 'sra', 'don', 'doña',
]);
/** Words that join two places of one role ("to Paris and Miami", "a Berlín y México"). */
const PLACE_COORDINATORS = new Set(['and', 'or', 'y', 'o', 'e', '&']);
/** Ordinary words that also begin place names (los angeles, la paz, san jose). */
const NAME_STARTERS = new Set(['los', 'las', 'la', 'el', 'san', 'santa', 'santo', 'st', 'saint', 'port', 'fort', 'rio', 'new', 'mexico', 'hong', 'buenos', 'ciudad', 'nueva', 'great', 'united', 'south', 'north', 'east', 'west', 'cape', 'sao', 'são']);
const CAPITAL_START = /^\p{Lu}/u;
/** What may stand between the words of one name: spaces, dots, dashes. */
const GAP_CHAR = /[\s.\-]/;
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);
const MIN_POP_CUED_LOWER = 50_000;
const MIN_POP_UNCUED_CAPITAL = 100_000;
const MIN_POP_LABEL_LOWER = 200_000;
const MIN_POP_UNCUED_LOWER = 1_000_000;
const BARE_WORDS: ReadonlySet<string> = new Set(BARE_ANSWER_FILLERS);
/** Words for the parcel a place before them describes ("the londn one", "the barselona parcel"). */
const PARCEL_WORDS_AFTER_PLACE: ReadonlySet<string> = new Set(['one', 'ones', ...PARCEL_NOUNS.filter((w) => /^[a-z]/.test(w) && !/(?:ed|ent|t)$/.test(w))]);

/**
 * Places written in Latin script: cue words put a name in a role ("from", "para", "寄到"), the
 * gazetteer's exact map answers first, fuse.js only for a cued name it does not know. Common words
 * that are also towns ("real", "deal") are never places on their own.
 */
export class LatinPlaceExtractor implements Extractor {
  readonly name: string;
  private readonly cueList: { tokens: string[]; cue: Cue }[];
  /** The message being read capitalises a word inside a sentence (a name): then a lower-case word is no misspelt name. */
  private writerCapitalises = false;
  /** The message's tokens, for `onlyThePlace`. */
  private tokens: Token[] = [];
  /** The message has lower-case letters: a word in capitals there is written so on purpose ("my LA boxes"), not shouted. */
  private writerLowerCases = false;
  /** The common words and name starters, looked up while the message is tokenised. */
  private readonly words: WordTrie;
  /** cueList by the cue's last word, in cueList's order (longest cue first). */
  private readonly cuesByLastWord = new Map<string, { tokens: string[]; cue: Cue }[]>();

  constructor(
    language: string,
    private readonly cues: PlaceCues,
    commonWords: ReadonlySet<string>,
  ) {
    this.name = `${language.toUpperCase()}LatinPlaceExtractor`;
    this.words = new WordTrie([...[...commonWords].map((w) => [w, COMMON] as const), ...[...NAME_STARTERS].map((w) => [w, STARTER] as const)]);
    const list: { tokens: string[]; cue: Cue }[] = [];
    const add = (phrases: readonly string[], role: PlaceRole, weak: boolean) => {
      for (const p of phrases) list.push({ tokens: p.toLowerCase().split(/\s+/), cue: { role, weak, phrase: p } });
    };
    add(cues.origin, 'origin', false);
    add(cues.destination, 'destination', false);
    add(cues.weakDestination, 'destination', true);
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.cueList = list;
    for (const entry of list) {
      const lastWord = entry.tokens[entry.tokens.length - 1]!;
      const bucket = this.cuesByLastWord.get(lastWord) ?? [];
      bucket.push(entry);
      this.cuesByLastWord.set(lastWord, bucket);
    }
  }

  extract(ctx: ParsingContext): PlaceSpan[] {
    const tokens = tokenize(ctx.text, this.words);
    if (tokens.length === 0) return [];
    this.tokens = tokens;
    this.writerLowerCases = /\p{Ll}/u.test(ctx.text);
    this.writerCapitalises = tokens.some((t, k) => k > 0 && t.upper && !/^i(?:['’](?:m|ve|d|ll))?$/i.test(t.raw) && !/[.!?¡¿]\s*$/u.test(ctx.text.slice(0, t.index)));
    const spans: PlaceSpan[] = [];
    // The cue of the place just found and the token after it: "to paris and miami" cues both.
    let carried: { cue: Cue; next: number } | null = null;
    let i = 0;
    while (i < tokens.length) {
      // An ordinary lower-case word starts no name, misspelt or not (matchAt's first two tests).
      if (this.ordinary(tokens[i]!)) {
        i++;
        continue;
      }
      const cue: Cue | null = this.cueBefore(ctx, tokens, i) ?? this.carriedCue(ctx, tokens, i, carried);
      const pointer: Cue | null = cue ? null : this.pointerCue(tokens, i);
      // A label's name ends right before its parcel noun; otherwise the words are read with no cue.
      const labelled: Match | null = pointer ? this.matchAt(ctx, tokens, i, pointer) : null;
      const found: Match | null = labelled && labelled.next === pointer!.pointerNounAt ? labelled : this.matchAt(ctx, tokens, i, cue);
      if (found) {
        spans.push(found.span);
        carried = cue ? { cue, next: found.next } : null;
        i = found.next;
      } else {
        i++;
      }
    }
    return spans;
  }

  private matchAt(ctx: ParsingContext, tokens: Token[], i: number, cue: Cue | null): Match | null {
    const first = tokens[i]!;
    const gaz = getGazetteer();
    // IATA codes only in capitals and with a cue: "PVG to JFK" (the lane refiner gives PVG its role).
    if (first.raw.length === 3 && /^[A-Z]{3}$/.test(first.raw)) {
      const next = tokens[i + 1];
      const lane = next && (next.lower === 'to' || next.lower === 'a') && /^[A-Z]{3}$/.test(tokens[i + 2]?.raw ?? '');
      const e = gaz.iata(first.raw);
      if (e && (cue || lane)) return { span: this.span(ctx, first.index, first.end, e, cue, 1, e.source), next: i + 1 };
    }
    const last = Math.min(tokens.length, i + MAX_NAME_TOKENS);
    // (extract() skips ordinary words: this one may start a name.)
    const firstKey = first.plain ? first.lower : placeKeyOfLower(first.lower);
    const space = firstKey.indexOf(' ');
    // Most words start no multi-word name: skip building and looking up those spans.
    const startsMultiWord = gaz.startsMultiWordName(space < 0 ? firstKey : firstKey.slice(0, space));
    // The key of the first two words, once a large multi-word name is looked for: a longer key
    // begins with its words, so when no large name does, none of the longer spans is one.
    let pairKey: string | null = null;
    for (let j = last - 1; j >= i; j--) {
      // Only a capitalised name after a cue may be a small town; anything else must be a large place.
      // (The cheap tests first: without a cue or a multi-word start, longer spans are never looked up.)
      if (j > i && !startsMultiWord && cue === null) continue;
      if (j > i && !this.contiguous(ctx, tokens, i, j)) continue;
      const anyTown = cue !== null && this.capitalised(tokens, i, j);
      if (j > i && !anyTown && !startsMultiWord) continue;
      if (j > i) pairKey ??= normalizePlaceName(ctx.text.slice(first.index, tokens[i + 1]!.end));
      if (j > i && !anyTown && !gaz.startsMultiWordName(pairKey!)) continue;
      const key = j === i ? firstKey : j === i + 1 ? pairKey! : normalizePlaceName(ctx.text.slice(first.index, tokens[j]!.end));
      const e = anyTown ? gaz.exact(key) : gaz.exactLarge(key);
      const inner = e ? tokens.slice(i, j + 1) : [];
      if (e && this.acceptExact(e, inner, cue)) {
        return { span: this.span(ctx, first.index, tokens[j]!.end, e, cue, 1, e.source), next: j + 1 };
      }
    }
    if (!cue) return this.misspeltBeforeParcelWord(ctx, tokens, i);
    // A label takes exact names only; a misspelt one is tried with no cue (misspeltBeforeParcelWord, large cities).
    if (cue.pointerNounAt !== undefined) return null;
    if (FUNCTION_WORDS.has(first.lower) || /\d/.test(first.lower)) return null;
    // A writer who capitalises names ("… coming to New York") does not misspell one in lower case: "to chase" is no place.
    if (!first.upper && this.writerCapitalises) return null;
    // A misspelt name starts with a word that is not an ordinary one, or with a word that begins
    // names ("new yrok"): "to check thee invoice", "for information about updating" are not places.
    if (commonNonStarter(first)) return null;
    // Fuzzy: names of up to four words, at least one of them not an ordinary word, longest first.
    let j = i;
    while (j + 1 < last && this.contiguous(ctx, tokens, i, j + 1) && !FUNCTION_WORDS.has(tokens[j + 1]!.lower) && !/\d/.test(tokens[j + 1]!.lower)) j++;
    while (j >= i && common(tokens[j]!)) j--;
    for (; j >= i; j--) {
      const inner = tokens.slice(i, j + 1);
      if (!inner.some((t) => t.lower.length >= 4 && !common(t))) continue;
      const raw = ctx.text.slice(first.index, tokens[j]!.end);
      const hit = gaz.fuzzy(normalizePlaceName(raw));
      const articleNoun = cue.afterArticle && hit?.entry.kind === 'city' && !this.capitalised(tokens, i, j);
      if (hit && !articleNoun && (hit.entry.kind !== 'city' || hit.entry.population >= MIN_POP_CUED_LOWER)) {
        return {
          span: this.span(ctx, first.index, tokens[j]!.end, hit.entry, cue, 1 - hit.score, `fuzzy ${hit.entry.source} "${hit.entry.key}" d=${hit.distance}`),
          next: j + 1,
        };
      }
    }
    return null;
  }

  /**
   * "the londn one", "where is the londn parcel": one misspelt word right before a word for the parcel names which
   * parcel by its place, cue or not, when it is a large city (the floor a lower-case name needs with no cue) or a
   * country (found by an outside tester: a missing vowel lost London while "new yrok" after "to" was found).
   */
  private misspeltBeforeParcelWord(ctx: ParsingContext, tokens: Token[], i: number): { span: PlaceSpan; next: number } | null {
    const word = tokens[i]!;
    const next = tokens[i + 1];
    if (!next || !PARCEL_WORDS_AFTER_PLACE.has(next.lower) || !this.contiguous(ctx, tokens, i, i + 1)) return null;
    if (word.lower.length < 4 || common(word) || FUNCTION_WORDS.has(word.lower) || /\d/.test(word.lower)) return null;
    const hit = getGazetteer().fuzzy(normalizePlaceName(word.raw));
    if (!hit || (hit.entry.kind === 'city' && hit.entry.population < MIN_POP_UNCUED_LOWER)) return null;
    return { span: this.span(ctx, word.index, word.end, hit.entry, null, 1 - hit.score, `fuzzy ${hit.entry.source} "${hit.entry.key}" d=${hit.distance}`), next: i + 1 };
  }

  /** A lower-case common word that begins no names ("where", "my", "order"). */
  private ordinary(t: Token): boolean {
    return !t.upper && commonNonStarter(t);
  }

  private acceptExact(e: GeoEntry, inner: Token[], cue: Cue | null): boolean {
    const single = inner.length === 1 ? inner[0]! : null;
    const capital = inner.every((t) => NAME_CONNECTORS.has(t.lower) || /^\p{Lu}/u.test(t.raw));
    const allCaps = inner.every((t) => t.raw === t.raw.toUpperCase());
    // A short key needs real capitals: "la" in "para la cuenta" is an article, not LA (a connector is no capital here).
    const capitalLetters = inner.every((t) => /^\p{Lu}/u.test(t.raw));
    if (e.key.length <= 3 && !(allCaps || (capitalLetters && cue && !cue.weak))) return false;
    // A curated short name in capitals amid lower case is the place, cue or not: "my LA boxes", "the SF ones" ("la" is Spanish's article).
    const shortAliasInCapitals = single !== null && e.kind === 'alias' && e.key.length <= 3 && allCaps && this.writerLowerCases;
    if (single && common(single) && !shortAliasInCapitals && !(capital && cue && !cue.weak && e.kind !== 'city')) return false;
    if (e.kind !== 'city') return Boolean(cue) || capital || e.key.length >= 4;
    // A town takes no article: after "de los", "de la", "to the" a lower-case word is a noun ("de los santos", "de la union");
    // a city large enough to be read with no cue at all still is one ("customs for the toronto parcel").
    if (cue?.afterArticle && !capital) return e.population >= MIN_POP_UNCUED_LOWER;
    // A lower-case label names a city large enough not to be read as a word ("the orange box" is a colour).
    if (cue?.pointerNounAt !== undefined) return capital || e.population >= MIN_POP_LABEL_LOWER;
    if (cue) return capital || e.population >= MIN_POP_CUED_LOWER;
    // A message that is only the place ("vancouver", "what about seattle?", "and boston?") names it as a label does: a
    // lower-case city as large as a label's (outside check, session 19: Vancouver and Seattle were not read so).
    if (!capital && this.onlyThePlace(inner)) return e.population >= MIN_POP_LABEL_LOWER;
    return e.population >= (capital ? MIN_POP_UNCUED_CAPITAL : MIN_POP_UNCUED_LOWER);
  }

  /** Every other word of the message is one a bare answer is made of ("what", "about", "and", "the", "y", "de" …). */
  private onlyThePlace(inner: Token[]): boolean {
    return this.tokens.every((t) => inner.includes(t) || BARE_WORDS.has(t.lower));
  }

  /** Every token i..j starts with a capital or is a name connector (acceptExact's "capital"). */
  private capitalised(tokens: Token[], i: number, j: number): boolean {
    for (let k = i; k <= j; k++) {
      const t = tokens[k]!;
      if (!NAME_CONNECTORS.has(t.lower) && !CAPITAL_START.test(t.raw)) return false;
    }
    return true;
  }

  private contiguous(ctx: ParsingContext, tokens: Token[], i: number, j: number): boolean {
    for (let k = i; k < j; k++) {
      const from = tokens[k]!.end;
      const to = tokens[k + 1]!.index;
      if (to - from < 1 || to - from > 2) return false;
      for (let p = from; p < to; p++) {
        const c = ctx.text.charCodeAt(p);
        if (c !== 0x20 && c !== 0x2e && c !== 0x2d && !GAP_CHAR.test(ctx.text[p]!)) return false;
      }
    }
    return true;
  }

  /** The cue right before token i: Latin cue words, or Han cue characters in mixed text. */
  private cueBefore(ctx: ParsingContext, tokens: Token[], i: number): Cue | null {
    // "to the UK", "a la Ciudad de México": look past one article.
    if (i > 0 && ARTICLES.has(tokens[i - 1]!.lower) && tokens[i - 1]!.raw === tokens[i - 1]!.lower) {
      const cue = this.cueBefore(ctx, tokens, i - 1);
      if (cue) return { ...cue, afterArticle: true };
    }
    if (this.cues.hanDestinationPrefixes || this.cues.hanOriginPrefixes) {
      const start = tokens[i]!.index;
      const before = ctx.text.slice(Math.max(0, start - 6), start).trimEnd();
      for (const p of this.cues.hanDestinationPrefixes ?? []) if (before.endsWith(p)) return { role: 'destination', weak: false, phrase: p };
      for (const p of this.cues.hanOriginPrefixes ?? []) if (before.endsWith(p)) return { role: 'origin', weak: false, phrase: p };
    }
    if (i === 0) return null;
    for (const { tokens: cueTokens, cue } of this.cuesByLastWord.get(tokens[i - 1]!.lower) ?? []) {
      const k0 = i - cueTokens.length;
      if (k0 < 0) continue;
      let ok = true;
      for (let k = 0; k < cueTokens.length && ok; k++) ok = tokens[k0 + k]!.lower === cueTokens[k];
      if (ok && this.contiguous(ctx, tokens, k0, i)) return cue;
    }
    return null;
  }

  /** The label cue for a name starting at token i: a determiner right before it and a parcel noun one to three words on. */
  private pointerCue(tokens: Token[], i: number): Cue | null {
    const pointer = this.cues.pointer;
    if (!pointer || i === 0 || !pointer.determiners.includes(tokens[i - 1]!.lower)) return null;
    for (let k = i + 1; k <= Math.min(i + 3, tokens.length - 1); k++) {
      if (pointer.nouns.includes(tokens[k]!.lower)) return { role: 'destination', weak: false, phrase: `${tokens[i - 1]!.lower} … ${tokens[k]!.lower}`, pointerNounAt: k };
    }
    return null;
  }

  /**
   * A place joined to a cued one by "and"/"or"/"y"/"o" or a comma ("to Paris and miami", "a Berlín y
   * méxico") has that place's cue: a small city in lower case is then read as after a cue.
   */
  private carriedCue(ctx: ParsingContext, tokens: Token[], i: number, carried: { cue: Cue; next: number } | null): Cue | null {
    if (!carried || carried.cue.weak) return null;
    if (carried.next === i - 1 && PLACE_COORDINATORS.has(tokens[i - 1]!.lower)) return carried.cue;
    if (carried.next === i && /^\s*,\s*$/u.test(ctx.text.slice(tokens[i - 1]!.end, tokens[i]!.index))) return carried.cue;
    return null;
  }

  private span(ctx: ParsingContext, index: number, end: number, e: GeoEntry, cue: Cue | null, score: number, source: string): PlaceSpan {
    // A label gives no role ("the seattle parcel" may have gone from or to Seattle): read as a name with no cue.
    const roleCue = cue?.pointerNounAt === undefined ? cue : null;
    let role: PlaceRole | null = roleCue?.role ?? null;
    let roleSource = roleCue ? `cue "${roleCue.phrase}"${roleCue.weak ? ' (weak)' : ''}` : undefined;
    const after = ctx.text.slice(end, end + 6).trimStart();
    for (const s of this.cues.hanOriginSuffixes ?? []) {
      if (after.startsWith(s)) {
        role = 'origin';
        roleSource = `suffix "${s}"`;
      }
    }
    return {
      kind: 'place',
      index,
      end,
      text: ctx.text.slice(index, end),
      value: { ...e.place },
      role,
      ...(roleSource ? { roleSource } : {}),
      ...(cue?.pointerNounAt !== undefined ? { label: true } : {}),
      score: cue?.weak && role === 'destination' ? score * 0.5 : score,
      source: `${this.name}:${source}${cue?.pointerNounAt !== undefined ? ` (label "${cue.phrase}")` : ''}`,
    };
  }
}
