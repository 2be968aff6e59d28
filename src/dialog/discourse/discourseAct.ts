import { languageOrFallback } from '../../locale/index.ts';
import type { Language, Parse } from '../../nlu/types.ts';
import { listIndex, ordinalIn, statedPosition } from '../choiceWords.ts';
import { opensWithYes } from '../confirmWords.ts';

/** From this confidence a parcel flow asked with no description is asked of the one parcel offered. */
const SURE_FLOW_CONFIDENCE = 0.6;
import { ACCOUNT_FLOWS, PARCEL_FLOWS } from '../flows/registry.ts';
import type { DialogState, QueryContext } from '../state.ts';
import { PARCEL_NOUNS } from '../../nlu/locales/parcelNouns.ts';
import { NOUN_TYPOS, TypoCorrector } from '../../nlu/text/typoCorrector.ts';
import { DISCOURSE_CUES, type DiscourseCues } from './cues.ts';
import { correctFrame, followUpFrame, frameOfMessage, hasConditions, asksOwnQuestion, refineFrame, type Correction } from './queryFrame.ts';

/** What a reference points at, resolved against what the conversation last showed. */
export type Reference =
  /** "it", "它", "¿y cuándo llega?": the one parcel in focus; `asksStatus` for "¿ya llegó?", "has it been delivered?". */
  /** `task`: the parcel flow the message gives a new value for ("change its address to …"). */
  | { kind: 'focus'; trackingNumber: string; asksStatus?: boolean; task?: string }
  /** "the second one", "第二个", "el último": a position in the last list. */
  | { kind: 'position'; trackingNumber: string }
  /** "the other one": the one of a two-parcel list that was not picked. */
  | { kind: 'other'; trackingNumber: string }
  /** "the delivered one", "el de Shenzhen": a description of one of the parcels listed. */
  /** `talkedAbout`: one of the parcels talked about so far, gone back to ("back to the toronto parcel"): the description alone picks it. */
  /** `amongShown`: "which of them were delivered?", "其中有被海关扣的吗", "¿cuáles de esos llegaron?": only those listed that fit, or none of them ("how many of those …" is answered with the same count). */
  | { kind: 'described'; within: string[]; frame: QueryContext; talkedAbout?: boolean; amongShown?: boolean }
  /** "the latest one", "最新的那个": the most recently sent of those listed, or of the search under way. */
  | { kind: 'latest'; within: string[]; earliest?: boolean }
  /** "how much CO2 did it produce?" while its search is still narrowing: the parcels of that search (an account flow that answers for parcels). */
  | { kind: 'search'; query: QueryContext }
  /** A reference that cannot be resolved: said so, with the list offered again. */
  | { kind: 'impossible'; why: 'out_of_range' | 'only_one' | 'nothing_shown'; position: number | null; list: string[]; focus: string | null };

/**
 * The discourse act of a message: decided once, before any flow (the Rasa CALM repair patterns).
 * Answers to the assistant's own pending question are read by the policy first, since only it knows
 * what was asked; everything else is one of these.
 */
export type DiscourseAct =
  /** "ok", "thanks", "👍": nothing to do, nothing misunderstood; a pending question stays pending. */
  | { act: 'acknowledgement' }
  /** "never mind", "算了", "olvídalo": what is under way is dropped. */
  | { act: 'cancellation' }
  /** Asking for a person, in the middle of anything. */
  | { act: 'interruption' }
  | { act: 'reference'; reference: Reference }
  /** "no, the 14th", "not Shanghai, Shenzhen": exactly the named slots replaced, the rest kept. */
  | { act: 'correction'; correction: Correction }
  /** "and the one to Paris?", "only the delivered ones": the current description, added to. */
  | { act: 'refinement'; frame: QueryContext }
  /** A self-contained request: a fresh description with nothing carried over (null: it describes no parcel). */
  | { act: 'new_request'; frame: QueryContext | null };

/** Lower case, punctuation turned into spaces, emoji kept. */
export function normalizeForCues(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.,!?¡¿。，！？、;；:："“”'‘’()（）…~\-—]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cues of a language written without spaces are found inside the message, not as whole words. */
const writtenWithoutSpaces = (lang: Language) => !languageOrFallback(lang).spacesBetweenWords;

function wholeIs(cues: readonly string[], t: string): boolean {
  return cues.includes(t);
}

function startsWith(cues: readonly string[], t: string, lang: Language): boolean {
  return cues.some((c) => t === c || (writtenWithoutSpaces(lang) && !/^[a-z]/.test(c) ? t.startsWith(c) : t.startsWith(`${c} `)));
}

function contains(cues: readonly string[], t: string, lang: Language): boolean {
  const spaced = ` ${t} `;
  const withoutSpaces = writtenWithoutSpaces(lang);
  const padded = paddedCues(cues);
  return cues.some((c, i) => (withoutSpaces && !/^[a-z]/.test(c) ? t.includes(c) : spaced.includes(padded[i]!)));
}

/** Each cue with a space either side (" on its way "), built once per list: `contains` looks for whole words. */
const padding = new WeakMap<readonly string[], readonly string[]>();
function paddedCues(cues: readonly string[]): readonly string[] {
  let padded = padding.get(cues);
  if (!padded) padding.set(cues, (padded = cues.map((c) => ` ${c} `)));
  return padded;
}

function cuesFor(lang: Language): DiscourseCues {
  return DISCOURSE_CUES[lang];
}

/** Misspelt names of parcels ("parcles", "paqetes"); only the nouns: "delivered" is no misspelt "delivery". */
const PARCEL_NOUN_TYPOS = new TypoCorrector(PARCEL_NOUNS.filter((w) => !/\p{Script=Han}/u.test(w)), NOUN_TYPOS);
/** Misspellings are corrected word by word: not in a language written without spaces. */
const requestWordTypos = (lang: Language): TypoCorrector | null => (writtenWithoutSpaces(lang) ? null : PARCEL_NOUN_TYPOS);

/** The words that make a request, misspelt or not ("parcles", "paqetes"). */
function hasRequestWords(t: string, lang: Language): boolean {
  return contains(cuesFor(lang).requestWords, requestWordTypos(lang)?.correct(t)?.text ?? t, lang);
}

/** The message, whole, is an acknowledgement in any of our languages ("ok", "好的", "vale", "👍"). */
export function isAcknowledgement(text: string): boolean {
  const t = normalizeForCues(text);
  if (!t) return false;
  return (Object.keys(DISCOURSE_CUES) as Language[]).some((lang) => wholeIs(cuesFor(lang).acknowledgements, t)) || /^(?:\p{Extended_Pictographic}|\s)+$/u.test(t);
}

/**
 * Splits an acknowledgement off the front of a longer message: "thanks! and where is my parcel to
 * Sydney?" → the question. Null when the message does not start with one or is nothing more.
 */
export function afterAcknowledgement(text: string): string | null {
  const m = /^\s*([^,.!?，。！？]+?)\s*[,.!?，。！？]+\s*(.+)$/su.exec(text);
  if (!m) return null;
  const head = normalizeForCues(m[1]!);
  // "thanks!", "ok,", and a whole thank-you sentence ("Thanks for sorting out my invoice last week!"):
  // its dates and places are not the question's.
  const langs = Object.keys(DISCOURSE_CUES) as Language[];
  const known = langs.some(
    (lang) => wholeIs(cuesFor(lang).acknowledgementPrefixes, head) || wholeIs(cuesFor(lang).acknowledgements, head) || startsWith(cuesFor(lang).thanksOpeners, head, lang),
  );
  if (!known) return null;
  const rest = m[2]!.trim();
  return rest && !isAcknowledgement(rest) ? rest : null;
}

/**
 * A cue of `leads` followed, within `gap` words (characters in a language written without spaces), by a
 * cue of `heads`: "need a human", "不用转人工", "hablar con una persona".
 */
function leadsTo(t: string, leads: readonly string[], heads: readonly string[], lang: Language, gap: number): boolean {
  if (writtenWithoutSpaces(lang)) {
    return leads.some((lead) => {
      for (let i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
        const from = i + lead.length;
        if (heads.some((h) => { const j = t.indexOf(h, from); return j >= 0 && j - from <= gap; })) return true;
      }
      return false;
    });
  }
  const words = t.split(' ');
  const at = (cue: readonly string[], from: number) => {
    for (let k = 0; k < cue.length; k++) if (words[from + k] !== cue[k]) return false;
    return true;
  };
  const leadWords = wordsOfCues(leads);
  const headWords = wordsOfCues(heads);
  for (let i = 0; i < words.length; i++) {
    for (const lead of leadWords) {
      if (!at(lead, i)) continue;
      for (let g = 0; g <= gap; g++) for (const head of headWords) if (at(head, i + lead.length + g)) return true;
    }
  }
  return false;
}

/** Each cue of a list as its words, split once per list (leadsTo runs on every message, for every cue and word). */
const cueWords = new WeakMap<readonly string[], readonly (readonly string[])[]>();
function wordsOfCues(cues: readonly string[]): readonly (readonly string[])[] {
  let split = cueWords.get(cues);
  if (!split) cueWords.set(cues, (split = cues.map((c) => c.split(' '))));
  return split;
}

const LANGUAGES = Object.keys(DISCOURSE_CUES) as Language[];

/** The message declines a person in so many words ("不用转人工了", "no need for an agent anymore", "ya no necesito hablar con una persona"). */
export function declinesPerson(text: string): boolean {
  const t = normalizeForCues(text);
  return LANGUAGES.some((lang) => leadsTo(t, cuesFor(lang).declines, cuesFor(lang).person, lang, 3));
}

/** The message asks for a person in so many words, whatever else it says ("I need a human, one of our parcels arrived damaged", "帮我转专属客服"). */
export function explicitlyAsksForPerson(text: string): boolean {
  const t = normalizeForCues(text);
  return !declinesPerson(text) && LANGUAGES.some((lang) => leadsTo(t, cuesFor(lang).askFor, cuesFor(lang).person, lang, 2));
}

/**
 * The message only takes something back: each of its parts drops what is under way, declines a person,
 * says the customer has what they need or is a filler ("never mind, figured it out, cancel that", "不用转人工了，
 * 我自己查吧", "ah no, ya está, olvídalo"), and at least one of them takes back.
 */
export function onlyTakesBack(text: string): boolean {
  const parts = partsOf(text);
  return parts.some(takesBackPart) && parts.every((p) => takesBackPart(p) || sortedOut(p));
}

/** What follows a take-back asks nothing: it takes back too, or says the customer has what they need ("figured it out, cancel that", "我自己查吧"). */
function asksNothing(text: string): boolean {
  return partsOf(text).every((p) => takesBackPart(p) || sortedOut(p));
}

const partsOf = (text: string) => text.split(/[,.!?;，。！？；、…]+/u).map((p) => normalizeForCues(p)).filter(Boolean);
const takesBackPart = (p: string) => isCancellation(p) || declinesPerson(p) || takesBackAll(p);
/** Take-back words with nothing asked after them: "算了还是香港吧" takes back the last change and asks for Hong Kong again. */
function takesBackAll(p: string): boolean {
  const m = TAKE_BACK.exec(p);
  if (!m) return false;
  const rest = p.slice(m.index + m[0].length).trim();
  return !rest || asksNothing(rest);
}
function sortedOut(p: string): boolean {
  const bare = `${p} `.replace(FILLER_OPENERS, '').replace(CANCEL_OPENERS, '').trim();
  return !bare || isAcknowledgement(p) || LANGUAGES.some((lang) => contains(cuesFor(lang).sortedOut, bare, lang));
}

/** "不用转人工了，帮我查下…": where a first part that declines a person ends (null when it does not start so). */
function declinedPersonEnd(text: string): number | null {
  const cut = /[,.!?;，。！？；]+\s*/u.exec(text);
  return cut && declinesPerson(text.slice(0, cut.index)) ? cut.index + cut[0].length : null;
}

/** Words that take back everything said before them in the same message. */
const TAKE_BACK = /(?:never\s*mind|forget\s+(?:it|that)|scratch\s+that|算了|不用了|不查了|olvídalo|olvidalo|olvida\s+eso|da\s+igual|déjalo|dejalo)[\s,.!?，。！？、…]*/iu;

/** The message takes back something: a request, or everything said before ("never mind, …", "算了，先…", "…olvídalo"). */
export function takesBack(text: string): boolean {
  return isCancellation(text) || TAKE_BACK.test(text) || declinesPerson(text);
}

/**
 * A waiting customer's message that takes the request for a person back: whether it asks something
 * more ("算了，先帮我查…") or only takes back ("不用转人工了，我自己查吧"). Null when it takes nothing back.
 */
export function takingBack(text: string): { asksMore: boolean } | null {
  if (takesBack(text)) return { asksMore: !onlyTakesBack(text) };
  // "actually cancel that ticket, i found out what happened", "帮我把这个工单取消", "cancela ese ticket" (found by an outside tester: only the status was repeated).
  if (!withdrawsRequest(text)) return null;
  return { asksMore: !partsOf(text).every((p) => withdrawsRequest(p) || takesBackPart(p) || sortedOut(p)) };
}

/** The message takes back the request for a person by its ticket ("cancel that ticket"): read only while the customer waits for one. */
function withdrawsRequest(text: string): boolean {
  const t = normalizeForCues(text);
  return LANGUAGES.some((lang) => contains(cuesFor(lang).withdrawRequest, t, lang));
}

/**
 * What a message asks after taking back its start: "寄往新加坡的包裹……算了，先帮我查一下寄往纽约的那个" →
 * the New York question; "to Singapore… never mind, where's the one to New York?". Null when nothing
 * is taken back or nothing follows.
 */
export function afterTakingBack(text: string): string | null {
  const m = TAKE_BACK.exec(text);
  const end = m && m.index > 0 ? m.index + m[0].length : declinedPersonEnd(text);
  if (end === null) return null;
  const rest = text.slice(end).trim();
  // "never mind, figured it out, cancel that": what follows takes back too, it asks nothing.
  return rest.length >= 2 && !asksNothing(rest) ? rest : null;
}

/**
 * Where a second request starts: after ", and" before a question word ("…, and did anything go out to
 * Seoul?"); after "and" before a request of its own ("track 1Z… and tell me how much I owe", "… and
 * also want to know my account number", "… y cuánto debo"); after "，另外" / "，还有". Whether the parts
 * are then answered apart is areSeparateRequests' call (combinedRequests.ts): two questions about one
 * parcel stay one.
 */
const SECOND_QUESTION = new RegExp(
  [
    String.raw`,\s*(?:and|also|plus)\s+(?=(?:did|does|do|is|are|was|were|where|when|what|which|has|have|can|could|how)\b)`,
    // "track my parcel to Dallas, what's its carbon, and …", "where's my parcel to Melbourne and what's the co2 of it",
    // "…, show my latest invoice and …": a comma or "and" before a question word or a request verb of its own.
    String.raw`,\s*(?=(?:what's|whats|what is|what|which|where's|wheres|where|when|how much|how many|does it|is it|can you|could you|(?:show|tell|give|send) (?:me|us|my|our))\s)`,
    // "what customs documents does the new york parcel need and who pays the duties": who pays is a question of its own.
    String.raw`\s+and\s+(?=(?:what's|whats|what is|what|which|how much|how many|who pays|who is paying|who's paying)\s)`,
    // "what's our latest invoice and is the singapore parcel from today on its way?", "… and the latest invoice": a parcel
    // asked of after an invoice, or an invoice after a parcel (found by an outside tester: one of the two was dropped).
    String.raw`\s+and\s+(?=(?:is|are|has|have|did|was|were)\s+(?:the|my|our)\s+\S+\s+(?:parcel|package|shipment|one)s?\b)`,
    String.raw`\s+and\s+(?=(?:the|our|my)\s+(?:\S+\s+)?(?:invoice|invoices|bill)\b)`,
    String.raw`,?\s+y\s+(?=(?:la|las|mi|mis|nuestra|nuestras)\s+(?:\S+\s+)?(?:factura|facturas)(?!\p{L}))`,
    String.raw`,?\s+y\s+(?=ya\s+(?:lleg|sali|est)\S*\s)`,
    // "track 1Z… then tell me what we owe", "…, and then show me our invoices": "then" joins a request of its own (outside tester round 9).
    String.raw`,?\s+(?:and also|and then|then|and|plus)\s+(?=(?:tell me|show me|give me|send me|let me know|ping me|notify me|alert me|remind me|text me|message me|i (?:also )?(?:want|need|would like)|(?:also )?(?:want|need) to|how much|what(?:'s| is) my|can (?:i|you)|could you)\b)`,
    String.raw`,?\s+(?:y también|y tambien|y además|y ademas|y luego|y después|y despues|luego|después|despues|y)\s+(?=(?:cuánto|cuanto|cuándo|cuando|dónde|donde|qué|cuál|cual|quién|quien|dime|muéstrame|muestrame|mírame|mirame|mándame|mandame|envíame|enviame|pásame|pasame|avísame|avisame|de paso|aparte|quiero|necesito|puedo|me pueden|me puedes|saber)(?!\p{L}))`,
    // "帮我查一下1Z…，再告诉我这个月的碳排放", "…，然后告诉我账单": "再" before a request verb, "然后" (outside tester round 9, Z6).
    String.raw`[，,]\s*(?=(?:另外|还有|顺便|并且|而且|然后|同时|再(?=告诉|帮|给|查|看|问|说|发|列))\s*\S)`,
    // "我们三月寄到巴黎的包裹有几个，碳排放多少", "…，它们的碳排放是多少": a figure asked after a comma is a question of its own.
    String.raw`[，,]\s*(?=(?:那|总共|一共|它们的?|这些包裹的?|这些的?)?(?:碳排放|碳足迹|二氧化碳|co2|CO2)\S*?(?:多少|是多少|有多少|呢))`,
  ].join('|'),
  'iu',
);
/** Words that join a second request to the first: not a continuation of the first's search. */
const JOINERS = /^(?:(?:and then|and|then|also|plus|y de paso|de paso|y luego|y después|y despues|luego|después|despues|y|e|también|tambien)(?!\p{L})|还有|另外|并且|而且|以及|然后|同时|再(?=告诉|帮|给|查|看|问|说|发|列))[\s,，、]*/iu;

/**
 * The requests of a message that asks two things ("what's our account number, and did anything go out to
 * Seoul yesterday?", "¿cuál es mi número de cuenta? y ¿hay algo pendiente a Alemania?"): split at a
 * question mark followed by more, or at ", and" before a question word. One part when it asks one thing.
 */
export function splitRequests(text: string): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  for (let guard = 0; guard < 3 && rest; guard++) {
    const q = /[?？]+(?=\s*\S)/u.exec(rest);
    const and = SECOND_QUESTION.exec(rest);
    const cut = q && (!and || q.index < and.index) ? { at: q.index + q[0].length, skip: 0 } : and ? { at: and.index, skip: and[0].length } : null;
    if (!cut) break;
    const head = rest.slice(0, cut.at).trim();
    const joined = rest.slice(cut.at + cut.skip).trim();
    const tail = joined.replace(JOINERS, '').trim();
    // "…en febrero? y en marzo?": the joiner counts, so a short follow-up is a part of its own.
    if (!substantial(head) || !substantial(joined)) break;
    parts.push(head);
    rest = tail;
  }
  parts.push(rest);
  return parts.filter(Boolean);
}

/**
 * Enough words to be a request of its own: three Latin words, or three Han characters ("改地址"); two words when
 * they are a request that needs no more ("track 1Z…", "cuánto debo"): whether the parts are then
 * answered apart is areSeparateRequests' call.
 */
function substantial(part: string): boolean {
  const han = (part.match(/\p{Script=Han}/gu) ?? []).length;
  const words = part.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return han >= 3 || words >= 3 || (words === 2 && TWO_WORD_REQUEST.test(part));
}

/** A request in two words: a verb or question word and its object ("track 1Z…", "cuánto debo", "how much"). */
const TWO_WORD_REQUEST = /^(?:track|trace|find|check|cuánto|cuanto|dónde|donde|rastrea|rastrear|localiza)\s+\S+[?？]?$/iu;

/** The message asks for a person in so many words. */
export function asksForPerson(text: string, parse: Parse): boolean {
  if (declinesPerson(text)) return false;
  if (explicitlyAsksForPerson(text)) return true;
  if (parse.intent !== 'talk_to_agent') return false;
  return parse.confidence >= 0.9 || contains(cuesFor(parse.language).person, normalizeForCues(text), parse.language);
}

/** Words that may open a cancellation without changing it: "actually never mind", "oh, forget it", "嗯，算了". */
const CANCEL_OPENERS = /^(?:(?:actually|oh|um|uh|hmm|well|ok|okay|no|sorry|please|just|bueno|pues|vale|mejor|perdón|perdon|nada|nah)\s+|(?:嗯|哦|那|还是|唉)\s*)+/u;
/** Sounds that open a message without saying anything ("ah no, …", "oh wait, …", "嗯，不对"): the cues come after them. */
const FILLER_OPENERS = /^(?:(?:ah|oh|eh|um|uh|hmm|well|ok|okay|so|mmm|bueno|pues|vale)\s+|(?:嗯|哦|啊|呃)\s*)+/u;

/** The message drops what is under way. */
export function isCancellation(text: string): boolean {
  const whole = normalizeForCues(text);
  const t = whole.replace(CANCEL_OPENERS, '').trim() || whole;
  const cancels = (part: string) => (Object.keys(DISCOURSE_CUES) as Language[]).some((lang) => wholeIs(cuesFor(lang).cancellations, part));
  if (cancels(t)) return true;
  // Said twice: "算了，不改了", "never mind, forget it", "olvídalo, ya no" (found by an outside tester).
  return (Object.keys(DISCOURSE_CUES) as Language[]).some((lang) =>
    cuesFor(lang).cancellations.some((c) => t.startsWith(`${c} `) && cancels(t.slice(c.length + 1))),
  );
}

/** The message points at one parcel without naming it: "it", "its", "它", "ese paquete", or a verb whose subject it is ("¿cuánto CO2 generó?"). */
export function pointsAtParcel(text: string, lang: Language): boolean {
  const t = normalizeForCues(text);
  return contains(cuesFor(lang).pronouns, t, lang) || contains(cuesFor(lang).droppedSubjectVerbs, t, lang);
}

/** The message points at several parcels ("those", "它们", "esos"; Spanish's plural verbs "¿cuánto co2 generaron?"). */
export function pointsAtSeveral(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).pluralPronouns, normalizeForCues(text), lang);
}

/** The message has a pronoun alone that can only stand for a parcel ("it", "its", "它", "su"), not an article ("la última factura"). */
export function hasBarePronoun(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).barePronouns, normalizeForCues(text), lang);
}

/** The message names parcels or asks to find or list them ("paquetes", "包裹", "show me"). */
/**
 * A part that only names a parcel, as the topic of what follows ("my parcel to Miami", "发往迈阿密的包裹",
 * "el paquete a Berlín"): no question, and it opens with a parcel (ends with one, in Chinese).
 */
export function isParcelTopic(text: string, lang: Language): boolean {
  if (/[?？]/u.test(text)) return false;
  const t = normalizeForCues(text);
  const topics = DISCOURSE_CUES[lang]?.parcelTopics ?? [];
  return writtenWithoutSpaces(lang) ? topics.some((w) => t.endsWith(w)) : topics.some((w) => t === w || t.startsWith(`${w} `));
}

export function namesParcels(text: string, lang: Language): boolean {
  return hasRequestWords(normalizeForCues(text), lang);
}

/**
 * Whose data the message asks about is someone else's, in any of our languages: a colleague's or a
 * friend's ("my colleague's invoices", "同事的包裹", "la factura de mi colega"), or a company named by its
 * legal name ("Shanghai Mingyuan Trading", "珠江电子集团"), which may be the speaker's own (the caller checks).
 */
export function namesSomeoneElse(text: string): { person: boolean; company: boolean } {
  const t = normalizeForCues(text);
  const languages = Object.keys(DISCOURSE_CUES) as Language[];
  return {
    person: languages.some((lang) => contains(cuesFor(lang).thirdParties, t, lang)),
    company: languages.some((lang) => contains(cuesFor(lang).companyForms, t, lang)),
  };
}

/** Where a parcel the message names is, or when it comes ("also where is the parcel to Toronto", "发往多伦多的包裹到哪了"). */
export function asksWhereParcelIs(text: string, parse: Parse): boolean {
  return parse.asks?.some((a) => a === 'location' || a === 'delivery_date') === true && namesParcels(text, parse.language);
}

/** "has the toronto parcel arrived?", "who signed for the box to Paris?": a question (Parse.asks) about parcels the message names. */
export function asksOfNamedParcels(text: string, parse: Parse): boolean {
  return (parse.asks?.length ?? 0) > 0 && namesParcels(text, parse.language);
}

/** "the latest invoice on that account": the message means the account of the parcel in focus, in any of our languages. */
export function meansAccountOfFocus(text: string): boolean {
  const t = normalizeForCues(text);
  return (Object.keys(DISCOURSE_CUES) as Language[]).some((lang) => contains(cuesFor(lang).thatAccount, t, lang));
}

/** The customer makes a complaint in so many words ("我要投诉", "quiero poner una queja"), in any of our languages. */
export function asksToComplain(text: string): boolean {
  const t = normalizeForCues(text);
  const languages = Object.keys(DISCOURSE_CUES) as Language[];
  // "Quería poner una queja por… bueno, espera, antes dime dónde está el paquete": put off, not made.
  if (languages.some((lang) => contains(cuesFor(lang).deferrals, t, lang))) return false;
  return languages.some((lang) => contains(cuesFor(lang).complaints, t, lang));
}

/** A complaint about our own staff ("the agent I spoke to yesterday was rude", "我要投诉刚才那个客服", "una queja sobre el agente"). */
export function complainsAboutStaff(text: string): boolean {
  const t = normalizeForCues(text);
  return asksToComplain(text) && (Object.keys(DISCOURSE_CUES) as Language[]).some((lang) => contains(cuesFor(lang).staff, t, lang));
}

/** "the one from 9 Mar", "the first one", "第二个", "el de marzo": a pick among what was just offered. */
export function picksAmongOffered(text: string, lang: Language): boolean {
  return statedPosition(text) !== null || startsWith(cuesFor(lang).theOne, normalizeForCues(text), lang);
}

/**
 * "the first parcel we sent this year", "el último paquete a París": the earliest or the latest sent of
 * the parcels described, or null when the message asks for no order.
 */
export function orderAsked(text: string, lang: Language): 'earliest' | 'latest' | null {
  const t = normalizeForCues(text);
  const c = cuesFor(lang);
  if (contains(c.earliest, t, lang)) return 'earliest';
  if (contains(c.latest, t, lang)) return 'latest';
  // "which one went to vancouver last": the order word ends the message, after the sending verb.
  const endsAfterSending = (ends: readonly string[]) => ends.some((e) => t.endsWith(` ${e}`)) && leadsTo(t, c.sendingVerbs, ends, lang, 6);
  return endsAfterSending(c.earliestAtEnd) ? 'earliest' : endsAfterSending(c.latestAtEnd) ? 'latest' : null;
}

/** The message asks which parcels fit: its status words filter a list. */
export function asksWhichParcels(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).listQuestions, normalizeForCues(text), lang);
}

/** The message asks for every parcel that fits, or how many: they are listed however many. */
export function asksForEveryParcel(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).everyParcel, normalizeForCues(text), lang);
}

/** The message asks how many parcels fit ("how many parcels did we send to Paris in March?", "有几个", "cuántos paquetes"). */
export function asksHowMany(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).countQuestions, normalizeForCues(text), lang);
}

/** The message asks whether the parcels it counts have all arrived ("have they all arrived?", "都到了吗", "¿llegaron todos?"). */
export function asksAllArrived(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).allArrived, normalizeForCues(text), lang);
}

/** "did the sydney parcel arrive?", "什么时候到", "cuándo llega": whether or when the parcels described arrive. */
export function asksAboutArrival(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).arrivalQuestions, normalizeForCues(text), lang);
}

/** "what about vancouver?", "那温哥华的呢", "¿y Vancouver?": another place asked about as the last one was. */
export function switchesPlace(text: string, lang: Language): boolean {
  const t = normalizeForCues(text);
  const { opens, closes } = cuesFor(lang).placeSwitches;
  return startsWith(opens, t, lang) || closes.some((c) => t.endsWith(c));
}

/** "did they arrive?", "到了吗", "¿llegaron?": asked whether parcels arrived, in any words of arrival. */
export function asksIfArrived(text: string, lang: Language): boolean {
  return asksAboutArrival(text, lang) || contains(cuesFor(lang).arrivedQuestions, normalizeForCues(text), lang);
}

/** "do I have any parcels to London?", "¿tengo algún envío a Londres?": asked yes or no. */
export function asksIfAny(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).anyParcels, normalizeForCues(text), lang);
}

/** "who pays the import duties?", "关税谁付", "¿quién paga los aranceles?": who is billed the duties. */
export function asksWhoPaysDuties(text: string, lang: Language): boolean {
  const t = normalizeForCues(text);
  return contains(cuesFor(lang).duties, t, lang) && contains(cuesFor(lang).whoPays, t, lang);
}

/** "what paperwork do we need", "要什么清关文件", "¿hace falta aduana?": what customs asks for. */
export function asksWhatCustomsNeeds(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).customsNeeds, normalizeForCues(text), lang);
}

/** "the new york parcel", "那个包裹", "el paquete": one parcel named, not every parcel to a place. */
export function namesOneParcel(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).oneParcel, normalizeForCues(text), lang);
}

/**
 * "the singapore parcel", "and the one to singapore?", "温哥华那个包裹", "el paquete de Berlín": one parcel
 * meant, not every parcel of the place, nor a list or a count of them.
 */
export function meansOneParcel(text: string, lang: Language): boolean {
  const t = normalizeForCues(text);
  const c = cuesFor(lang);
  if ([c.severalParcels, c.pluralPronouns, c.countQuestions, c.allArrived].some((cues) => contains(cues, t, lang))) return false;
  // "帮我查一下温哥华那个包裹": "that one" outweighs words that often ask for a list.
  if (contains(c.oneOfPlace, t, lang)) return true;
  if ([c.listQuestions, c.everyParcel, c.anyParcels].some((cues) => contains(cues, t, lang))) return false;
  return contains(c.oneParcel, t, lang);
}

/** "is anything of ours stuck in customs?", "有被海关扣的包裹吗", "¿tenemos algo retenido?": any of the account's parcels. */
export function asksOfAnyParcel(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).anyOfOurs, normalizeForCues(text), lang);
}

/** "what did we send on saturday?", "最近发了什么", "¿qué enviamos el sábado?": the parcels sent are asked for. */
export function asksWhatWasSent(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).whatWasSent, normalizeForCues(text), lang);
}

/** "how many are still on the way?", "还有几件在路上", "cuántos llevamos en camino": the account's parcels in one state, counted. */
export function asksCountByStatus(text: string, parse: Parse): boolean {
  return countsByStatusAlone(normalizeForCues(text), frameOfMessage(parse), parse.language);
}

/**
 * "anything stuck in customs right now?", "现在有哪些包裹被海关扣了", "¿hay algo retenido en aduanas?": any of the
 * account's parcels in a state, asked anew. The state is the whole description: nothing of the parcel or search
 * talked about is carried (found by an outside tester, round 8 P1: the Hong Kong parcel in focus was shown again).
 */
export function asksAnewOfAccount(text: string, parse: Parse): boolean {
  const lang = parse.language;
  if (!parse.statusHints.length || parse.trackingNumbers.length || parse.dateRange || parse.origin || parse.destination || (parse.places?.length ?? 0) > 0) return false;
  if (continuesLastMessage(text, lang) || refersToSeveral(text, lang) || pointsAtSeveral(text, lang) || pointsAtParcel(text, lang)) return false;
  return asksOfAnyParcel(text, lang);
}

/** "how long does customs clearance take?", "清关一般要多久", "¿cuánto tarda la aduana?". */
export function asksClearanceTime(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).clearanceTime, normalizeForCues(text), lang);
}

/** "what's missing for it?", "还缺什么", "¿qué le falta?". */
export function asksWhatsMissing(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).whatsMissing, normalizeForCues(text), lang);
}

/** "what's the ticket number?", "工单号是多少", "¿cuál es el número de la queja?": the ticket's number asked, not the account's. */
/**
 * "why hasn't it been picked up yet?", "¿por qué no lo han recogido?" with a parcel in focus: a question about that parcel
 * that names no ticket, whatever the classifier heard of a ticket's state in it (outside round 9: the tickets were listed).
 */
export function asksOfFocusNotTicket(text: string, lang: Language, state: DialogState): boolean {
  const t = normalizeForCues(text);
  const c = cuesFor(lang);
  return state.lastParcel !== null && contains(c.pronouns, t, lang) && !contains(c.ticketNouns, t, lang);
}

export function asksTicketNumber(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).ticketNumber, normalizeForCues(text), lang);
}

/** Asked while waiting for a person: what happens now, how long it takes ("what happens next", "要等多久", "¿cuánto tardará?"). */
export function asksAboutWait(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).waitQuestions, normalizeForCues(text), lang);
}

/** The message asks a question: its mark, or how it opens ("whats our account number", "伦敦那个清关了吗", "cuánto debo"). */
export function asksQuestion(text: string, lang: Language): boolean {
  if (/[?？¿]/u.test(text)) return true;
  const t = normalizeForCues(text);
  const openers = cuesFor(lang).questionOpeners;
  return writtenWithoutSpaces(lang) ? contains(openers, t, lang) : startsWith(openers, t, lang);
}

/** "what changes have i asked for on it?", "我刚才都要求了哪些修改", "¿qué cambios he pedido?". */
export function asksChangesAsked(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).changesAsked, normalizeForCues(text), lang);
}

/** "what should i do next", "我要索赔", "¿qué necesito enviar?": what to do about a damaged or lost parcel, and what comes of it. */
export function asksAboutClaim(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).claimQuestions, normalizeForCues(text), lang);
}

/** "and …", "y los de …", "还有…", "…呢": the message goes on from the last one. */
export function continuesLastMessage(text: string, lang: Language): boolean {
  const t = normalizeForCues(text);
  return startsWith(cuesFor(lang).continuations, t, lang) || (writtenWithoutSpaces(lang) && /呢$/u.test(t));
}

/** The message asks for parcels or names them: it does not lean on an earlier message. */
function selfContained(t: string, lang: Language): boolean {
  const c = cuesFor(lang);
  if (startsWith(c.continuations, t, lang)) return false;
  if (writtenWithoutSpaces(lang) && /呢$/u.test(t)) return false;
  return hasRequestWords(t, lang);
}

/** The message opens by saying the last thing was wrong ("sorry i meant …", "不好意思，我说的是…", "perdón, el viernes …"). */
export function opensWithCorrection(text: string, lang: Language): boolean {
  const t = normalizeForCues(text).replace(FILLER_OPENERS, '').trim() || normalizeForCues(text);
  return startsWith(cuesFor(lang).corrections, t, lang);
}

/** What the policy knows of the message beyond its words here (accountFlowWords.ts imports this module, so it is passed in). */
export interface ReadingHints {
  /** The message names what an account flow is about in its own words ("the latest invoice", "发票", "co2"). */
  namesAccountItem?: boolean;
  /** The last answer was an account flow's (billing, account access, VIP …), not a parcel's. */
  afterAccountAnswer?: boolean;
}

/**
 * The act of a message that is not the answer to a pending question. `state` is the conversation's;
 * nothing here does I/O.
 */
export function readDiscourseAct(text: string, parse: Parse, state: DialogState, reading: ReadingHints = {}): DiscourseAct {
  const lang = parse.language;
  const c = cuesFor(lang);
  const t = normalizeForCues(text).replace(FILLER_OPENERS, '').trim() || normalizeForCues(text);
  if (isAcknowledgement(text) && !parse.trackingNumbers.length) return { act: 'acknowledgement' };
  // A yes to an account flow's answer that asked nothing answers nothing (a spot check: "yes" after a payment link listed
  // the recent parcels). After a parcel's answer a yes may still take up an offer made there, so it is left to the rules.
  if (reading.afterAccountAnswer && state.awaiting === null && (Object.keys(DISCOURSE_CUES) as Language[]).some((l) => wholeIs(cuesFor(l).bareYes, normalizeForCues(text)))) return { act: 'acknowledgement' };
  if (isCancellation(text) || onlyTakesBack(text)) return { act: 'cancellation' };
  if (asksForPerson(text, parse)) return { act: 'interruption' };

  const current = state.lastQuery;
  if (asksAnewOfAccount(text, parse)) return { act: 'new_request', frame: frameOfMessage(parse) };
  const said = followUpFrame(parse, current);
  const correcting = startsWith(c.corrections, t, lang) || (parse.negatedPlaces?.length ?? 0) > 0;

  // A message naming places ("不是上海，是深圳") describes; it does not point at what was shown.
  const namesPlaces = (parse.places?.length ?? 0) + (parse.negatedPlaces?.length ?? 0) > 0;
  // "how many are still on the way?" after a list or a parcel: the account's parcels in that state, as asked fresh.
  if (countsByStatusAlone(t, said, lang)) return { act: 'new_request', frame: said };
  const reference = parse.trackingNumbers.length ? null : (newValueForFocus(t, text, state, lang) ?? (namesPlaces && !said ? null : readReference(text, t, parse, said, state, lang, correcting, reading)));
  if (reference) return { act: 'reference', reference };

  if (current && correcting) {
    const correction = correctFrame(current, parse);
    if (correction) return { act: 'correction', correction };
  }
  if (current && said && !selfContained(t, lang)) return { act: 'refinement', frame: refineFrame(current, said, asksOwnQuestion(parse)) };
  if (current && !said && asksOfSearch(t, parse, state)) return { act: 'refinement', frame: current };
  return { act: 'new_request', frame: said };
}

/**
 * "how many are still on the way?", "还有几件在路上啊", "cuántos llevamos en camino": a count whose only condition is a
 * status is of the account's parcels, not of those shown (found by an outside tester: the in-transit ones of the list
 * shown were counted, or the parcel card shown again). "how many of those …", "其中几件…", "¿cuántos de esos …?" count
 * what was shown.
 */
function countsByStatusAlone(t: string, said: QueryContext | null, lang: Language): boolean {
  if (!said || !said.statusHints.length || said.dateRange || said.origin || said.destination || said.serviceLevels?.length) return false;
  const c = cuesFor(lang);
  return contains(c.countWords, t, lang) && !contains(c.pluralPronouns, t, lang) && !contains(c.amongShown, t, lang);
}

/**
 * "when do they arrive?", "¿cuándo llegó?", "cuando yego" (answering "when did you send it?") while a search is
 * under way and no parcel is in focus: a question about the parcels of that search, which the message neither
 * names nor describes anew (found by an outside tester: the most recent parcels of the account instead).
 */
function asksOfSearch(t: string, parse: Parse, state: DialogState): boolean {
  const lang = parse.language;
  if (!state.lastQuery || !hasConditions(state.lastQuery) || hasRequestWords(t, lang)) return false;
  if (state.lastParcel !== null && !refersToSeveral(t, lang)) return false;
  const aboutParcels = parse.intent === 'track_shipment' || PARCEL_FLOWS[parse.intent] !== undefined || parse.intent === 'out_of_scope' || parse.confidence < SURE_FLOW_CONFIDENCE;
  const asks = (parse.asks?.length ?? 0) > 0 || state.awaiting?.startsWith('slot_') === true || refersToSeveral(t, lang);
  return aboutParcels && asks;
}

/** "when do they arrive?", "它们什么时候到", "¿cuándo llegan?": the message asks of the several parcels of the search, not of one. */
export function refersToSeveral(text: string, lang: Language): boolean {
  return contains(cuesFor(lang).severalParcels, normalizeForCues(text), lang);
}

/**
 * "change its delivery address to 200 Broadway, New York", "把它改送到…上海市…100号": a pronoun alone
 * and the new value a parcel flow is given (an address) point at the parcel in focus with that flow;
 * the places of the address say where it is to go, not which parcel (found by an outside tester: the
 * address was searched and the customer's own parcels offered to redirect instead of the one shown).
 */
/** "帮我追查" (its "好的，" read as an acknowledgement): a parcel flow asked surely, with nothing describing which parcel. */
function asksParcelFlow(parse: Parse): boolean {
  return PARCEL_FLOWS[parse.intent] !== undefined && parse.confidence >= SURE_FLOW_CONFIDENCE;
}

function newValueForFocus(t: string, text: string, state: DialogState, lang: Language): Reference | null {
  if (!state.lastParcel || state.lastList.length > 1 || !contains(cuesFor(lang).barePronouns, t, lang)) return null;
  const flow = Object.values(PARCEL_FLOWS).find((f) => f?.newValueIn?.(text));
  return flow ? { kind: 'focus', trackingNumber: state.lastParcel, task: flow.intent } : null;
}

/** A frame of status words alone: no date, place or service of its own. */
function isStatusOnly(said: QueryContext, parse: Parse): boolean {
  return said.statusHints.length > 0 && !said.dateRange && !said.origin && !said.destination && !(parse.places?.length) && !said.serviceLevels?.length;
}

function readReference(text: string, t: string, parse: Parse, said: QueryContext | null, state: DialogState, lang: Language, correcting: boolean, reading: ReadingHints): Reference | null {
  const c = cuesFor(lang);
  const list = state.lastList.length ? state.lastList : state.candidates;
  const focus = state.lastParcel;
  const shown = list.length > 0 || focus !== null;

  // "回到刚才那个": the parcel talked about before the one in focus (found by an outside tester: it was the current one).
  if (state.previousParcel && contains(c.earlier, t, lang) && !said) return { kind: 'focus', trackingNumber: state.previousParcel };
  // "and the third one you listed at the start", "volviendo al segundo, ¿cuándo llega?" after other talk and other lists:
  // a position in the first list, or in the list a parcel was last picked from (found by an outside tester: the parcel in
  // focus, or the second of the closest offered for another question).
  const earlierList = contains(c.firstShown, t, lang) ? state.firstList : startsWith(c.backTo, t, lang) ? (state.pickedList.length ? state.pickedList : list) : [];
  const earlierPosition = earlierList.length > 1 && !said?.dateRange ? (statedPosition(text) ?? ordinalIn(text)) : null;
  if (earlierPosition !== null) {
    const index = listIndex(earlierPosition, earlierList.length);
    if (index >= 1 && index <= earlierList.length) return { kind: 'position', trackingNumber: earlierList[index - 1]! };
    return { kind: 'impossible', why: 'out_of_range', position: earlierPosition, list: earlierList, focus };
  }
  // "back to that toronto parcel - what was its co2" after other talk: the parcel talked about before, picked among
  // them by what the message says of it (found by an outside tester: the change-delivery menu, or the account's total).
  if (startsWith(c.backTo, t, lang)) {
    const talkedAbout = [...new Set([focus, state.previousParcel, ...list].filter((n): n is string => n !== null))];
    // Status words ("back to the toronto one - is it held in customs?") ask about the parcel; they do not pick it.
    const describes = said !== null && (said.origin !== null || said.destination !== null || said.dateRange !== null);
    if (describes && talkedAbout.length > 1) return { kind: 'described', within: talkedAbout, frame: said!, talkedAbout: true };
    const back = talkedAbout.length === 1 ? talkedAbout[0]! : (state.previousParcel ?? focus);
    if (back) return { kind: 'focus', trackingNumber: back };
  }

  if (contains(c.others, t, lang) && !said) {
    if (!shown) return { kind: 'impossible', why: 'nothing_shown', position: null, list: [], focus: null };
    const rest = list.filter((n) => n !== focus);
    if (list.length <= 1) return { kind: 'impossible', why: 'only_one', position: null, list, focus };
    if (rest.length === 1) return { kind: 'other', trackingNumber: rest[0]! };
    // Several others, or none picked yet: which one is asked, with the list.
    return { kind: 'impossible', why: 'out_of_range', position: null, list: rest, focus };
  }

  // "the latest one" after a list or a narrowing question: the most recently sent of them. "the last
  // one" answering "when did you send it?" (no list shown) is the same (found by an outside tester: it
  // was read as the last invoice).
  const narrowing = state.lastQuery !== null && state.awaiting?.startsWith('slot_') === true;
  // Only a short reply: "quiero reclamar la última factura" names its own item.
  // "and the last one?" is as short: the word that goes on from the last message does not count.
  const bare = t.replace(/^(?:and|y|那|还有)\s*/u, '');
  const shortReply = bare.split(/\s+/u).length <= 3 && bare.length <= 16;
  const lastOfSearch = narrowing && !list.length && shortReply && statedPosition(text) === -1;
  // "最新的那件是什么", "what's the newest one?" right after parcels were counted (none listed): the most recent of them,
  // not the latest invoice (outside tester round 7, N16). "the latest invoice" names its own item.
  const afterCount = !list.length && state.lastQuery !== null && hasConditions(state.lastQuery) && !reading.namesAccountItem;
  if ((contains(c.latest, t, lang) || lastOfSearch) && !said?.dateRange && (list.length > 1 || narrowing || afterCount)) {
    return { kind: 'latest', within: list.length > 1 ? list : [] };
  }

  // A short pick ("2", "the second one"), or an ordinal inside a longer message ("I meant the first one").
  const position = said?.dateRange ? null : (statedPosition(text) ?? (list.length > 1 ? ordinalIn(text) : null));
  if (position !== null) {
    if (list.length) {
      const index = listIndex(position, list.length);
      if (index >= 1 && index <= list.length) return { kind: 'position', trackingNumber: list[index - 1]! };
      return { kind: 'impossible', why: 'out_of_range', position, list, focus };
    }
    // "and the last one?" after the first parcel a search found: the last of that search (the same parcel when it found one).
    const ends = position === 1 || position === -1;
    if (focus && ends && state.lastQuery && hasConditions(state.lastQuery)) return { kind: 'latest', within: [], earliest: position === 1 };
    if (focus) return ends ? { kind: 'focus', trackingNumber: focus } : { kind: 'impossible', why: 'only_one', position, list: [], focus };
    if (!said) return { kind: 'impossible', why: 'nothing_shown', position, list: [], focus: null };
  }

  // "the one that was delivered", "no wait, the delivered one", "el de Shenzhen": one of those listed.
  // "no, fue el día 14" corrects the search's date or place: a correction, not a pick among the listed.
  const correctsSearch = correcting && !!said && (!!said.dateRange || !!said.origin || !!said.destination) && !contains(c.theOne, t, lang);
  // "which of them were delivered?", "其中有被海关扣留的吗？", "¿cuáles de esos llegaron?": a status asked among those listed is
  // the subset of them that fits, counted, or none of them (outside round 9: the status was dropped, or the account searched).
  if (said && isStatusOnly(said, parse) && list.length > 1 && !correctsSearch && contains(c.amongShown, t, lang)) {
    return { kind: 'described', within: list, frame: said, amongShown: true };
  }
  if (said && list.length > 1 && !correctsSearch && (contains(c.theOne, t, lang) || (state.awaiting === 'choice' && !selfContained(t, lang)))) {
    return { kind: 'described', within: list, frame: said };
  }
  // "el de Berlín" after the one parcel a search found (Barcelona → Berlin): that parcel, by either end
  // (the resolver tries the other role within it); another place is a search (found by an outside tester: "from Berlin").
  if (said && focus && list.length <= 1 && parse.looseOrigin && startsWith(c.theOne, t, lang) && !said.dateRange) {
    return { kind: 'described', within: [focus], frame: said };
  }

  // "when will it arrive?", "它什么时候能到？", "¿y cuándo llega?": the parcel in focus. With a pronoun, a
  // status word asks about it ("is it delivered?", "when will it be delivered?"): it filters nothing.
  const pronoun = contains(c.pronouns, t, lang);
  const statusOnly = said !== null && !said.dateRange && !said.origin && !said.destination && !(parse.places?.length);
  // "is it lost?" while a list is open and nothing in it was picked: which one is asked, with the list.
  // "它们什么时候到？" ("它" inside "它们") asks of all of them: the search's parcels (asksOfSearch), not which one.
  if (!said && !focus && list.length > 1 && pronoun && !refersToSeveral(t, lang) && (parse.intent === 'track_shipment' || PARCEL_FLOWS[parse.intent] !== undefined)) {
    return { kind: 'impossible', why: 'out_of_range', position: null, list, focus: null };
  }
  // "¿ya llegó?", "delivered?": a status asked about with nothing naming parcels is about the one in focus too.
  const asked = /[?？]/u.test(text) && !hasRequestWords(t, lang);
  // After a pick from the list ("the first one - when is it arriving"), "is it stuck in customs?" is about the one picked.
  // "show me everything that's stuck or delayed" asks which parcels: its "that" points at nothing.
  if (focus && (pronoun || asked) && statusOnly && !asksWhichParcels(text, lang) && (list.length <= 1 || (pronoun && list.includes(focus)))) {
    return { kind: 'focus', trackingNumber: focus, asksStatus: true };
  }
  // An account question asked of parcels ("the carbon footprint of that shipment"); in Spanish the
  // verb alone says it ("¿cuánto CO2 generó?": it generated, not we).
  const ofParcel = (pronoun || contains(c.droppedSubjectVerbs, t, lang)) && ACCOUNT_FLOWS[parse.intent]?.answersTrackingNumbers === true;
  // "那个包裹的碳排放是多少？" when one parcel was offered: that one.
  if (!said && !focus && list.length === 1 && ofParcel) return { kind: 'position', trackingNumber: list[0]! };
  // "how much CO2 did it produce?" while "when did you send it?" is pending: the parcels that search found so far.
  if (!said && !focus && !list.length && ofParcel && state.lastQuery) return { kind: 'search', query: state.lastQuery };
  // "yes please open a trace", "sí, ábrela", "yes that one" when the one parcel offered (the closest to a
  // search that found none) is still on screen: that one, with the task asked or the search's (found by an
  // outside tester: the recent parcels were offered instead).
  if (!said && !focus && list.length === 1 && state.awaiting === 'choice' && (opensWithYes(text) || pronoun || contains(c.theOne, t, lang) || asksParcelFlow(parse))) {
    return { kind: 'position', trackingNumber: list[0]! };
  }
  if (!said && focus && (pronoun || ofParcel || !hasRequestWords(t, lang))) {
    const aboutParcels = parse.intent === 'track_shipment' || PARCEL_FLOWS[parse.intent] !== undefined;
    // "why hasn't it been picked up yet?" heard as a ticket's state, naming no ticket: the parcel in focus too (outside round 9).
    const notTicket = parse.intent === 'ticket_status' && asksOfFocusNotTicket(text, lang, state);
    if (!aboutParcels && !ofParcel && !notTicket && !(parse.intent === 'out_of_scope' && contains(c.pronouns, t, lang))) return null;
    return { kind: 'focus', trackingNumber: focus };
  }
  return null;
}
