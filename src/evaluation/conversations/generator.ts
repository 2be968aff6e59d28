/**
 * Generates conversations of every class over the demo data, each turn with what it must show. The
 * expected parcels come from the oracle's plain filter (oracle.ts); requests are kept only when the
 * answer is unambiguous: one to five parcels (or, on purpose, none), and every reading of the date
 * phrase agrees. Deterministic: the same seed, class, language and index give the same conversation.
 */
import { CITIES } from '../../demo/cities.ts';
import { Rng } from '../../demo/prng.ts';
import type { PlaceRecord, ShipmentRecord } from '../../store/records.ts';
import { addDays, dateReadings, daysBetween, filterShipments, weekdayOf } from './oracle.ts';
import type { AccountAnswer, Correction, Description, Phrasebook, Refinement } from './phrasebook.ts';
import { en } from './phrases/en.ts';
import { es } from './phrases/es.ts';
import { zh } from './phrases/zh.ts';
import { CITY_NAMES, nameable } from './places.ts';
import type { ConversationClass, ConversationSpec, DateSlot, Expectation, Language, PlaceSlot, Query, TurnSpec } from './types.ts';
import type { World } from './world.ts';

export const PHRASEBOOKS: Readonly<Record<Language, Phrasebook>> = { en, zh, es };

/** Users of one account who may see its parcels, weighted toward the story account. */
const SEARCHERS: readonly string[] = ['u-alice', 'u-li', 'u-victor', 'u-bob', 'u-oliver', 'u-lucia', 'u-mateo', 'u-kelvin', 'u-zhang', 'u-emma'];
const SEARCHER_WEIGHTS: readonly number[] = [4, 3, 1, 2, 1, 2, 1, 1, 2, 1];
/** The user of two accounts (DEMO.md). */
const TWO_ACCOUNT_USER = 'u-carol';

/** Share of lookups generated on purpose with nothing fitting. */
const NOTHING_SHARE = 0.12;
const MAX_TRIES = 400;
const RECENT_DAYS = 14;
/** Declared value from which a parcel in trouble goes to people (README, Human agents). */
const HIGH_VALUE = 1000;
/** A corrected date is near the first one: a slip of a few days, not of months. */
const CORRECTION_DAYS = 7;

const CITY_KEY_BY_NAME: ReadonlyMap<string, string> = new Map(CITIES.filter((c) => !c.hub).map((c) => [c.name, c.key]));

/** FNV-1a: one independent random stream per conversation, whatever else is generated. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A user's parcels do not allow the conversation asked for (a small account): another user is tried. */
class NoSuchSearch extends Error {}

/** Users tried per conversation before it is left out. */
const MAX_USERS = 6;

interface Search {
  account: string;
  query: Query;
  /** Sorted tracking numbers the oracle finds. */
  expected: string[];
}

interface Ctx {
  world: World;
  rng: Rng;
  pb: Phrasebook;
  user: string;
  today: string;
}

function cityOf(place: PlaceRecord): PlaceSlot | null {
  const key = CITY_KEY_BY_NAME.get(place.city);
  return key && key in CITY_NAMES ? { kind: 'city', key } : null;
}

function placeSlot(place: PlaceRecord, rng: Rng): PlaceSlot | null {
  const city = cityOf(place);
  const country: PlaceSlot = { kind: 'country', code: place.country };
  if (rng.chance(0.75)) return city ?? (nameable(country) ? country : null);
  return nameable(country) ? country : city;
}

/** Every phrase that can name the local date `shipDate` on `today` (the oracle checks ambiguity). */
function dateSlotsFor(shipDate: string, today: string, describing = false): DateSlot[] {
  const n = daysBetween(shipDate, today);
  const out: DateSlot[] = [];
  if (n < 0) return out;
  if (n === 0) out.push({ kind: 'today' });
  if (n === 1) out.push({ kind: 'yesterday' });
  if (n >= 2 && n <= 6) out.push({ kind: 'daysAgo', n });
  if (!describing && n >= 1 && n <= 7) out.push({ kind: 'weekday', weekday: weekdayOf(shipDate) });
  if (n <= 60) out.push({ kind: 'explicit', date: shipDate });
  if (!describing && n >= 1 && n <= 13) out.push({ kind: 'lastWeek' });
  return out;
}

const samePlace = (a: PlaceSlot | undefined, b: PlaceSlot | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A search built from one parcel's facts: some of its date, origin, destination and status. */
function queryFrom(target: ShipmentRecord, rng: Rng, today: string): Query | null {
  const q: Query = {};
  const useDate = rng.chance(0.65);
  const useOrigin = rng.chance(0.4);
  const useDestination = rng.chance(0.75) || (!useDate && !useOrigin);
  if (useDate) {
    const slots = dateSlotsFor(target.shipDate, today);
    // Relative phrases ("yesterday", "last Tuesday") are what customers mostly say when they can.
    if (slots.length > 0) q.date = rng.weighted(slots, slots.map((d) => (d.kind === 'explicit' ? 1 : 2)));
  }
  if (useOrigin) q.origin = placeSlot(target.origin, rng) ?? undefined;
  if (useDestination) q.destination = placeSlot(target.destination, rng) ?? undefined;
  if (q.origin && samePlace(q.origin, q.destination)) delete q.origin;
  if (rng.chance(0.3)) q.status = target.status === 'delivered' ? 'delivered' : 'not_delivered';
  for (const k of ['origin', 'destination'] as const) if (q[k] === undefined) delete q[k];
  return q.date || q.origin || q.destination ? q : null;
}

function search(ctx: Ctx, min: number, max: number, account = ctx.world.accountsOf(ctx.user)[0]!, accept: (s: Search) => boolean = () => true): Search {
  const shipments = ctx.world.shipmentsOf(account);
  // Customers mostly ask about recent parcels; half the searches start from one of the last two weeks.
  const recent = shipments.filter((p) => daysBetween(p.shipDate, ctx.today) <= RECENT_DAYS);
  for (let i = 0; i < MAX_TRIES; i++) {
    const target = recent.length > 0 && ctx.rng.chance(0.5) ? ctx.rng.pick(recent) : ctx.rng.pick(shipments);
    const query = queryFrom(target, ctx.rng, ctx.today);
    if (!query) continue;
    const expected = ctx.world.expected(ctx.user, account, query);
    if (expected && expected.length >= min && expected.length <= max && !handedOverByPolicy(ctx, expected)) {
      const s = { account, query, expected };
      if (accept(s)) return s;
    }
  }
  throw new NoSuchSearch(`conversation generator: no search with ${min}–${max} parcels for ${ctx.user} on ${account}`);
}

/**
 * Whether showing these parcels hands the chat to people by policy (README, Human agents: an
 * exception on a VIP account or on a parcel declared at 1,000 or more). Such searches are left out:
 * the conversation rightly ends there. Any currency counts, to stay on the safe side.
 */
function handedOverByPolicy(ctx: Ctx, trackingNumbers: readonly string[]): boolean {
  return ctx.world.dataset.shipments.some(
    (p) =>
      trackingNumbers.includes(p.trackingNumber) &&
      p.status === 'exception' &&
      (p.declaredValue.amount >= HIGH_VALUE || ctx.world.account(p.accountNumber).tier === 'enterprise_vip'),
  );
}

const randomCity = (rng: Rng): PlaceSlot => ({ kind: 'city', key: rng.pick(Object.keys(CITY_NAMES)) });

/** The same search changed so that nothing fits, or null if no such change was found. */
function nothingVariant(ctx: Ctx, s: Search): Search | null {
  for (let i = 0; i < 40; i++) {
    const query: Query = { ...s.query };
    if (query.date || ctx.rng.chance(0.5)) query.date = { kind: 'explicit', date: addDays(ctx.today, -ctx.rng.int(1, 40)) };
    else query.destination = randomCity(ctx.rng);
    const expected = ctx.world.expected(ctx.user, s.account, query);
    if (expected && expected.length === 0) return { account: s.account, query, expected };
  }
  return null;
}

/** A lookup, sometimes on purpose one where nothing fits. */
function lookup(ctx: Ctx): Search {
  // Half single answers, half "which one?" lists.
  const s = ctx.rng.chance(0.5) ? search(ctx, 1, 1) : search(ctx, 2, 5);
  return (ctx.rng.chance(NOTHING_SHARE) && nothingVariant(ctx, s)) || s;
}

function found(trackingNumbers: readonly string[]): Expectation {
  return trackingNumbers.length === 0 ? { kind: 'nothing' } : { kind: 'parcels', trackingNumbers: [...trackingNumbers] };
}

const ask = (ctx: Ctx, s: Search): TurnSpec => ({ text: ctx.pb.request(s.query, ctx.rng), expect: found(s.expected), search: { account: s.account, query: s.query } });
const any = (text: string): TurnSpec => ({ text, expect: { kind: 'any' } });
const aside = (text: string): TurnSpec => ({ text, expect: { kind: 'understood' } });

function parcelsOf(ctx: Ctx, s: Search): ShipmentRecord[] {
  return ctx.world.shipmentsOf(s.account).filter((p) => s.expected.includes(p.trackingNumber));
}

/** Something unrelated said before a self-contained request (issue 14: context must not leak from it). */
function prefix(ctx: Ctx, main: Search, opening: boolean): TurnSpec {
  const other = (min: number, max: number): Search =>
    search(ctx, min, max, main.account, (o) => !samePlace(o.query.destination, main.query.destination) && o.expected.join() !== main.expected.join());
  switch (ctx.rng.int(0, 5)) {
    case 0:
      return aside(ctx.rng.pick(ctx.pb.greetings));
    case 1: {
      // "ok" as the very first message means nothing yet; after something, it must not puzzle the bot.
      const ack = ctx.rng.pick(ctx.pb.acknowledgements);
      return opening ? any(ack) : aside(ack);
    }
    case 2:
      return any(ctx.pb.request(other(1, 5).query, ctx.rng));
    case 3:
      return aside(ctx.rng.pick(ctx.pb.accountNumberQuestions));
    case 4:
      return aside(ctx.rng.pick(ctx.pb.vipQuestions));
    default:
      // A "which one?" list the customer leaves unanswered.
      return any(ctx.pb.request(other(2, 5).query, ctx.rng));
  }
}

/** Descriptions that single out exactly one of the listed parcels, each with that parcel. */
function descriptions(ctx: Ctx, s: Search): { description: Description; trackingNumber: string }[] {
  const listed = parcelsOf(ctx, s);
  const out: { description: Description; trackingNumber: string }[] = [];
  const unique = <K>(key: (p: ShipmentRecord) => K | null, make: (k: K) => Description | null): void => {
    const keys = listed.map(key);
    listed.forEach((p, i) => {
      const k = keys[i];
      if (k === null || k === undefined) return;
      if (keys.filter((other) => JSON.stringify(other) === JSON.stringify(k)).length !== 1) return;
      const d = make(k);
      if (d) out.push({ description: d, trackingNumber: p.trackingNumber });
    });
  };
  if (!s.query.status) unique((p) => (p.status === 'delivered' ? 'delivered' : 'not_delivered'), (status) => ({ kind: 'status', status }));
  if (s.query.origin?.kind !== 'city') unique((p) => cityOf(p.origin), (place) => ({ kind: 'origin', place }));
  if (s.query.destination?.kind !== 'city') unique((p) => cityOf(p.destination), (place) => ({ kind: 'destination', place }));
  // A date tells them apart only where the customer's zone and the origin agree on every listed day.
  const customerDate = ctx.world.customerDateOf(ctx.user);
  if ((!s.query.date || s.query.date.kind === 'lastWeek') && listed.every((p) => customerDate(p) === p.shipDate)) {
    unique((p) => p.shipDate, (d) => {
      const slots = dateSlotsFor(d, ctx.today, true);
      return slots.length > 0 ? { kind: 'date', date: ctx.rng.pick(slots) } : null;
    });
  }
  return out;
}

function ordinalPosition(ctx: Ctx, n: number): number | 'last' {
  return ctx.rng.chance(0.15) ? 'last' : ctx.rng.int(1, n);
}

/** A conversation's turns, and optionally the twin whose last turn must show the same parcels. */
type Generated = TurnSpec[] | { turns: TurnSpec[]; twin: TurnSpec[] } | null;

const GENERATORS: Readonly<Record<Exclude<ConversationClass, 'handwritten' | 'holdout' | 'holdout2' | 'holdout3' | 'language' | 'account_choice'>, (ctx: Ctx) => Generated>> = {
  fresh: (ctx) => [ask(ctx, lookup(ctx))],

  after_prefix: (ctx) => {
    const main = lookup(ctx);
    const turns = [prefix(ctx, main, true)];
    if (ctx.rng.chance(0.35)) turns.push(prefix(ctx, main, false));
    const question = ask(ctx, main);
    // Metamorphic: the same question in a conversation of its own shows the same parcels.
    return { turns: [...turns, question], twin: [question] };
  },

  pronoun: (ctx) => {
    const s = search(ctx, 1, 1);
    const t = s.expected[0]!;
    const turns = [ask(ctx, s), { text: ctx.pb.pronoun(ctx.rng), expect: { kind: 'mentions', trackingNumber: t } } as TurnSpec];
    if (ctx.rng.chance(0.3)) turns.push({ text: ctx.pb.pronoun(ctx.rng), expect: { kind: 'mentions', trackingNumber: t } });
    return turns;
  },

  ordinal: (ctx) => {
    if (ctx.rng.chance(0.25)) {
      // "the second one" after a single result: the bot refers to the one it showed.
      const s = search(ctx, 1, 1);
      return [ask(ctx, s), { text: ctx.pb.ordinal(ctx.rng.int(2, 3), ctx.rng), expect: { kind: 'mentions', trackingNumber: s.expected[0]! } }];
    }
    const s = search(ctx, 2, 5);
    const n = s.expected.length;
    // Two offered: a third each of "the other one", an impossible pick ("the third one") and a pick.
    const twoWay = n === 2 ? ctx.rng.int(0, 2) : -1;
    if (twoWay === 0) {
      // "the other one" after one of two was picked (issue 14: 另一个呢？).
      const position = ctx.rng.int(1, 2);
      return [
        ask(ctx, s),
        { text: ctx.pb.ordinal(position, ctx.rng), expect: { kind: 'pick', turn: 0, position } },
        { text: ctx.pb.other(ctx.rng), expect: { kind: 'other', turn: 0, picked: 1 } },
      ];
    }
    if (twoWay === 1 || (twoWay < 0 && ctx.rng.chance(0.35))) {
      const beyond = ctx.rng.int(n + 1, Math.min(n + 2, 6));
      return [ask(ctx, s), { text: ctx.pb.ordinal(beyond, ctx.rng), expect: { kind: 'reoffer', turn: 0 } }];
    }
    const position = ordinalPosition(ctx, n);
    return [ask(ctx, s), { text: ctx.pb.ordinal(position, ctx.rng), expect: { kind: 'pick', turn: 0, position } }];
  },

  description_pick: (ctx) => {
    for (let i = 0; i < 50; i++) {
      const s = search(ctx, 2, 5);
      const options = descriptions(ctx, s);
      if (options.length === 0) continue;
      const { description, trackingNumber } = ctx.rng.pick(options);
      const hesitation = ctx.rng.chance(0.25) ? ctx.rng.pick(ctx.pb.hesitations) : '';
      return [ask(ctx, s), { text: `${hesitation}${ctx.pb.describe(description, ctx.rng)}`, expect: found([trackingNumber]) }];
    }
    return null;
  },

  correction: (ctx) => {
    // About a quarter of corrected searches find nothing: the bot must then not show the old parcel.
    const wantNothing = ctx.rng.chance(0.25);
    for (let i = 0; i < 120; i++) {
      const s = search(ctx, 1, 5);
      const correction = correctionFor(ctx, s);
      if (!correction || (correction.expected.length === 0) !== wantNothing) continue;
      return [ask(ctx, s), { text: ctx.pb.correct(correction.correction, ctx.rng), expect: found(correction.expected), search: { account: s.account, query: correction.query } }];
    }
    return null;
  },

  refinement: (ctx) => {
    for (let i = 0; i < 80; i++) {
      const s = search(ctx, 2, 5);
      const options: Refinement[] = [];
      if (!s.query.status) options.push({ kind: 'status', status: ctx.rng.chance(0.5) ? 'delivered' : 'not_delivered' });
      const listed = parcelsOf(ctx, s);
      const origin = cityOf(ctx.rng.pick(listed).origin);
      if (!s.query.origin && origin) options.push({ kind: 'origin', place: origin });
      const destination = cityOf(ctx.rng.pick(listed).destination);
      if (!s.query.destination && destination) options.push({ kind: 'destination', place: destination });
      if (options.length === 0) continue;
      const refinement = ctx.rng.pick(options);
      const query: Query = { ...s.query, [refinement.kind]: refinement.kind === 'status' ? refinement.status : refinement.place };
      const narrowed = ctx.world.expected(ctx.user, s.account, query);
      if (!narrowed || narrowed.length === 0 || narrowed.length >= s.expected.length || handedOverByPolicy(ctx, narrowed)) continue;
      return [ask(ctx, s), { text: ctx.pb.refine(refinement, ctx.rng), expect: found(narrowed), search: { account: s.account, query: query } }];
    }
    return null;
  },

  interruption: (ctx) => {
    const s = search(ctx, 2, 5);
    const asides = [...ctx.pb.acknowledgements, ...ctx.pb.accountNumberQuestions];
    const middle = ctx.rng.chance(0.25) ? ['👍', '👍'] : Array.from({ length: ctx.rng.int(1, 2) }, () => ctx.rng.pick(asides));
    const options = descriptions(ctx, s);
    let pick: TurnSpec;
    if (options.length > 0 && ctx.rng.chance(0.4)) {
      const { description, trackingNumber } = ctx.rng.pick(options);
      pick = { text: ctx.pb.describe(description, ctx.rng), expect: found([trackingNumber]) };
    } else {
      const position = ordinalPosition(ctx, s.expected.length);
      pick = { text: ctx.pb.ordinal(position, ctx.rng), expect: { kind: 'pick', turn: 0, position } };
    }
    return [ask(ctx, s), ...middle.map(aside), pick];
  },

  typo: (ctx) => {
    const s = lookup(ctx);
    for (let i = 0; i < 30; i++) {
      const plain = ctx.pb.request(s.query, ctx.rng);
      const text = withVariants(plain, ctx.pb, ctx.rng);
      const search = { account: s.account, query: s.query };
      // Metamorphic: without the slip, the same parcels.
      if (text) return { turns: [{ text, expect: found(s.expected), search }], twin: [{ text: plain, expect: found(s.expected), search }] };
    }
    return null;
  },
};

/** One slot of the search corrected, with what the corrected search finds (none to five, and not the same). */
function correctionFor(ctx: Ctx, s: Search): { correction: Correction; query: Query; expected: string[] } | null {
  const q = s.query;
  const kinds = [
    ...(q.date && q.date.kind !== 'lastWeek' && q.date.kind !== 'weekday' ? ['date' as const] : []),
    ...(q.origin?.kind === 'city' ? ['origin' as const] : []),
    ...(q.destination?.kind === 'city' ? ['destination' as const] : []),
  ];
  if (kinds.length === 0) return null;
  const kind = ctx.rng.pick(kinds);
  const shipments = ctx.world.shipmentsOf(s.account);
  const fromDate = q.date ? dateReadings(q.date, ctx.today)[0]![0]! : ctx.today;
  // Mostly a value some other parcel has (so something fits), sometimes one that fits nothing.
  const others = filterShipments(shipments, { ...q, [kind]: undefined }, null).filter(
    (p) => !s.expected.includes(p.trackingNumber) && (kind !== 'date' || Math.abs(daysBetween(p.shipDate, fromDate)) <= CORRECTION_DAYS),
  );
  const donor = others.length > 0 && ctx.rng.chance(0.75) ? ctx.rng.pick(others) : null;
  let correction: Correction;
  if (kind === 'date') {
    const date = donor ? donor.shipDate : addDays(fromDate, ctx.rng.pick([-1, 1]) * ctx.rng.int(1, CORRECTION_DAYS));
    if (date === fromDate || date > ctx.today) return null;
    const sameMonth = date.slice(0, 7) === ctx.today.slice(0, 7) && fromDate.slice(0, 7) === ctx.today.slice(0, 7);
    const to: DateSlot = sameMonth && ctx.rng.chance(0.6) ? { kind: 'dayOfMonth', date } : ctx.rng.pick(dateSlotsFor(date, ctx.today, true).concat([{ kind: 'explicit', date }]));
    correction = { kind: 'date', from: q.date!, to };
  } else {
    const from = q[kind] as PlaceSlot;
    // Without a donor: another place this account ships from or to, so the slip is a plausible one.
    const place = (p: ShipmentRecord): PlaceRecord => (kind === 'origin' ? p.origin : p.destination);
    const to = cityOf(place(donor ?? ctx.rng.pick(shipments)));
    if (!to || samePlace(from, to) || samePlace(to, kind === 'origin' ? q.destination : q.origin)) return null;
    correction = { kind, from, to };
  }
  const corrected: Query = { ...q, [kind]: correction.to };
  const expected = ctx.world.expected(ctx.user, s.account, corrected);
  if (!expected || expected.length > 5 || expected.join() === s.expected.join() || handedOverByPolicy(ctx, expected)) return null;
  return { correction, query: corrected, expected };
}

/** The text with one or two words swapped for a synonym or a slip, or null when none applies. */
export function withVariants(text: string, pb: Phrasebook, rng: Rng): string | null {
  const applicable = pb.variants.filter(([word]) => wordPattern(word).test(text));
  if (applicable.length === 0) return null;
  let out = text;
  const count = Math.min(applicable.length, rng.chance(0.7) ? 1 : 2);
  for (let i = 0; i < count; i++) {
    const [word, alternatives] = applicable.splice(rng.int(0, applicable.length - 1), 1)[0]!;
    out = out.replace(wordPattern(word), rng.pick(alternatives));
  }
  return out === text ? null : out;
}

/** A whole word in Latin scripts (Unicode-aware); any occurrence in Chinese. */
function wordPattern(word: string): RegExp {
  return /^[\p{Script=Han}]/u.test(word) ? new RegExp(word, 'u') : new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u');
}

/** The account's name as a customer says it: without the legal form. */
export function shortAccountName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '').replace(/,?\s+(Inc\.|LLC|Ltd\.?|S\.L\.|Co\., Ltd\.)$/, '');
}

function accountChoice(ctx: Ctx): TurnSpec[] | null {
  const accounts = ctx.world.accountsOf(TWO_ACCOUNT_USER).sort();
  for (let i = 0; i < 60; i++) {
    const chosen = ctx.rng.pick(accounts);
    const s = search(ctx, 1, 5, chosen);
    const byAccount: Record<string, string[]> = {};
    let ok = true;
    for (const a of accounts) {
      const e = ctx.world.expected(ctx.user, a, s.query);
      if (!e || e.length > 5) ok = false;
      else byAccount[a] = e;
    }
    if (!ok) continue;
    // Only one account has such parcels: the data says which, and it answers without a question (F12).
    const withParcels = accounts.filter((a) => byAccount[a]!.length > 0);
    if (withParcels.length === 1) return [{ text: ctx.pb.request(s.query, ctx.rng), expect: found(byAccount[withParcels[0]!]!), search: { account: withParcels[0]!, query: s.query } }];
    const name = shortAccountName(ctx.world.account(chosen).name);
    if (ctx.rng.chance(0.3)) {
      // An account named in the request itself wins: no question.
      return [{ text: ctx.pb.requestOnAccount(s.query, { number: chosen, name }, ctx.rng), expect: found(s.expected), search: { account: chosen, query: s.query } }];
    }
    const first: TurnSpec = { text: ctx.pb.request(s.query, ctx.rng), expect: { kind: 'asksAccount', accounts } };
    const kind = ctx.rng.pick(['number', 'accountNumber', 'name', 'position'] as const);
    if (kind === 'number' || kind === 'position') {
      const position = ctx.rng.int(1, accounts.length);
      const answer: AccountAnswer = { kind, position };
      return [first, { text: ctx.pb.answerAccount(answer, ctx.rng), expect: { kind: 'accountPick', turn: 0, position, byAccount } }];
    }
    const answer: AccountAnswer = kind === 'name' ? { kind, name } : { kind, accountNumber: chosen };
    return [first, { text: ctx.pb.answerAccount(answer, ctx.rng), expect: found(s.expected), search: { account: chosen, query: s.query } }];
  }
  return null;
}

export interface GenerateOptions {
  seed: number;
  /** Conversations per class and language. */
  perClassLanguage: number;
  classes?: readonly ConversationClass[];
}

const LANGUAGE_ORDER: readonly Language[] = ['en', 'zh', 'es'];

/** Every generated conversation for one world (one `now`), class by class and language by language. */
export function generateConversations(world: World, options: GenerateOptions): ConversationSpec[] {
  const out: ConversationSpec[] = [];
  const wanted = new Set(options.classes ?? Object.keys(GENERATORS).concat(['language', 'account_choice']));
  const contextFor = (seedText: string, language: Language, user?: string): Ctx => {
    const rng = new Rng(hash32(`${options.seed}|${world.now}|${seedText}`));
    const u = user ?? rng.weighted(SEARCHERS, SEARCHER_WEIGHTS);
    return { world, rng, pb: PHRASEBOOKS[language], user: u, today: world.today(u) };
  };
  const push = (cls: ConversationClass, language: Language, i: number, ctx: Ctx, generated: Generated, group?: string): void => {
    if (!generated) return;
    const { turns, twin } = Array.isArray(generated) ? { turns: generated, twin: undefined } : generated;
    out.push({ id: `${cls}-${language}-${world.now.slice(0, 10)}-${i}`, class: cls, language, user: ctx.user, now: world.now, turns, ...(group ? { group } : {}), ...(twin ? { twin } : {}) });
  };
  /** The conversation from the first user whose parcels allow it. */
  const attempt = (seedText: string, language: Language, make: (ctx: Ctx) => Generated, user?: string): { ctx: Ctx; turns: Generated } => {
    let last: { ctx: Ctx; turns: Generated } | null = null;
    for (let a = 0; a < MAX_USERS; a++) {
      const ctx = contextFor(a === 0 ? seedText : `${seedText}|${a}`, language, user);
      try {
        last = { ctx, turns: make(ctx) };
      } catch (e) {
        if (!(e instanceof NoSuchSearch)) throw e;
        last = { ctx, turns: null };
      }
      if (last.turns) return last;
    }
    return last!;
  };
  for (const cls of Object.keys(GENERATORS) as (keyof typeof GENERATORS)[]) {
    if (!wanted.has(cls)) continue;
    for (const language of LANGUAGE_ORDER) {
      for (let i = 0; i < options.perClassLanguage; i++) {
        const { ctx, turns } = attempt(`${cls}|${language}|${i}`, language, GENERATORS[cls]);
        push(cls, language, i, ctx, turns);
      }
    }
  }
  if (wanted.has('account_choice')) {
    for (const language of LANGUAGE_ORDER) {
      for (let i = 0; i < options.perClassLanguage; i++) {
        const { ctx, turns } = attempt(`account_choice|${language}|${i}`, language, accountChoice, TWO_ACCOUNT_USER);
        push('account_choice', language, i, ctx, turns);
      }
    }
  }
  if (wanted.has('language')) {
    // One search, asked in each language by the same user: the parcels must be the same.
    for (let i = 0; i < options.perClassLanguage; i++) {
      const base = contextFor(`language|${i}`, 'en');
      const s = lookup(base);
      for (const language of LANGUAGE_ORDER) {
        const ctx = { ...base, rng: new Rng(hash32(`${options.seed}|${world.now}|language|${language}|${i}`)), pb: PHRASEBOOKS[language] };
        push('language', language, i, ctx, [ask(ctx, s)], `language-${world.now.slice(0, 10)}-${i}`);
      }
    }
  }
  return out;
}
