import type { DateRole } from '../nlu/types.ts';
import { formatLocalDate, formatShortDate, sentenceGap } from '../locale/index.ts';
import type { Reply } from '../activity.ts';
import { fitsFocus, NOT_DELIVERED, placeQueryOf, resolveOnAccounts, type ParcelFocus, type ShipmentMatch, type ShipmentQuery } from '../shipments/resolveShipments.ts';
import { lookupTrackingNumber } from '../shipments/trackingLookup.ts';
import type { Speaker } from '../accounts/speaker.ts';
import type { ShipmentRepository } from '../store/store.ts';
import { localCityName } from './placeNames.ts';
import type { DialogState, QueryContext, SlotName } from './state.ts';
import { EMPTY_QUERY, hasConditions } from './discourse/queryFrame.ts';
import { textsFor, type Texts } from './texts/index.ts';
import type { ParcelLine, SearchDescription } from './texts/types.ts';
import { namedPlaceName, placeName, trackingReply } from './trackingReply.ts';

/** How many parcels a "which one?" list shows at most; a longer list helps nobody in a chat. */
export const MAX_LISTED = 5;

/** Asked for every parcel that fits or how many, up to this many are counted and listed; more are narrowed by a question (which says how many). */
export const MAX_COUNTED_LIST = 30;

export interface RunResult {
  replies: Reply[];
  /** Changes to the dialog state that depend on what was found. */
  state?: Partial<DialogState>;
  /** The account the answer turned out to be about (the one of the speaker's where the parcels were found), kept on the conversation. */
  selectAccount?: string;
  /**
   * Every parcel a described search found (none: an empty list), however many were shown: "… and how much
   * co2 did those make" is asked of exactly these. Absent when the answer was not a described search.
   */
  found?: string[];
}

interface Ctx {
  shipments: ShipmentRepository;
  /** What to say about the one parcel a search found (its status, or the flow the customer started). */
  showOne(trackingNumber: string): Promise<RunResult>;
  /** The request carried out on every parcel a description fits, for a task that can (alerts); absent: "which one?". */
  showEvery?(trackingNumbers: readonly string[]): Promise<RunResult>;
  /** What to say when a description fits several parcels, none of which the task can be done on (its focus); absent: they are listed. */
  noneInFocus?(count: number): string;
  /** What the message's dates are, as the parser read them (shipped or delivered); absent: shipped. */
  dateRole?: DateRole | null;
  now: Date;
  speaker: Speaker | null;
  locale: string;
  timeZone: string;
}

/** The resolver's query for a dialog context: a place whose name is its country's name is a country. */
/**
 * "Delivered this week", "这周已签收的", "¿cuáles se entregaron esta semana?": when the one status a
 * message names is delivered and the parser read the message's dates as the delivery's (`dateRole`:
 * not "packages I shipped on March 2 that already arrived"), they are when the parcels were delivered,
 * not sent (found by an outside tester: parcels sent earlier and delivered this week were missing).
 * Dates kept from an earlier message ("sent on the 18th") stay ship dates.
 */
export function datesAreDelivery(q: QueryContext, dateRole: DateRole | null | undefined): boolean {
  // Said so when the dates were given, in this message or an earlier one ("anything delivered today?" → "and the one to tokyo?").
  if (q.datesOf === 'delivery' && q.dateRange !== null && q.statusHints.includes('delivered')) return true;
  const saidTogether = q.sources.dateRange === 'message' && q.sources.statusHints === 'message';
  return dateRole === 'delivered' && q.dateRange !== null && saidTogether && q.statusHints.length > 0 && q.statusHints.every((h) => h === 'delivered');
}

export function toShipmentQuery(q: QueryContext, focus?: ParcelFocus, dateRole?: DateRole | null): ShipmentQuery {
  const query: ShipmentQuery = { trackingNumbers: [], dateRange: q.dateRange, origin: placeQueryOf(q.origin), destination: placeQueryOf(q.destination), statusHints: q.statusHints };
  if (q.serviceLevels?.length) query.serviceLevels = q.serviceLevels;
  if (datesAreDelivery(q, dateRole)) query.datesOf = 'delivery';
  return focus ? { ...query, focus } : query;
}

/** `accounts`: the search runs on all of these, the speaker's, at once ("both accounts please"); else on `accountNumber`. */
type ResolveAction = { accountNumber: string; accounts?: string[]; query: QueryContext; fallback: QueryContext | null; within: string[]; amongShown?: boolean; changed?: SlotName[]; latest?: boolean; earliest?: boolean; focus?: ParcelFocus; listAll?: boolean; count?: boolean; arrivals?: boolean; arrivalAsked?: boolean; travellingIfMany?: boolean; oneTravellingMeant?: boolean; lastArrivedMeant?: boolean };

/** Finds the parcels a description points to on the account, and answers: one, a choice, or none. */
export async function runResolve(
  ctx: Ctx,
  action: ResolveAction,
): Promise<RunResult> {
  const seen: FoundParcels = {};
  const answer = await resolveAndAnswer(ctx, action, seen);
  const found = seen.numbers ? { ...answer, found: seen.numbers } : answer;
  if (!action.changed?.length) return found;
  // A correction says what it changed before the answer to the corrected search.
  const t = textsFor(ctx.locale);
  const said = describeSearch(t, ctx.locale, action.query, ctx.dateRole);
  const value = (slot: SlotName): string | null =>
    slot === 'dateRange'
      ? (said.dates ?? null)
      : slot === 'origin'
        ? (said.from ?? null)
        : slot === 'destination'
          ? (said.to ?? null)
          : slot === 'serviceLevels'
            ? (said.service ?? null)
            : (said.status ?? null);
  const text = t.correctionSaid(action.changed.map((slot) => t.correctionPart(slot, value(slot))));
  return { ...found, replies: [{ type: 'message', text }, ...found.replies] };
}

/** What a described search found, filled in by resolveAndAnswer. */
interface FoundParcels {
  numbers?: string[];
}

async function resolveAndAnswer(
  ctx: Ctx,
  action: ResolveAction,
  seen: FoundParcels,
): Promise<RunResult> {
  const t = textsFor(ctx.locale);
  let query = action.query;
  const accounts = action.accounts ?? [action.accountNumber];
  const find = (q: ShipmentQuery) => resolveOnAccounts(ctx.shipments, accounts, q);
  // A place a correction named is that place itself ("not New York, New Jersey": not New York's metro area).
  const exactPlaces = action.changed?.filter((s): s is 'origin' | 'destination' => s === 'origin' || s === 'destination');
  let result = await find({ ...toShipmentQuery(query, action.focus, ctx.dateRole), exactPlaces, now: ctx.now });
  // What earlier messages added is dropped when the whole finds nothing, unless only the day was a little off.
  if (!result.matches.length && action.fallback && !result.nearDate) {
    const retry = await find({ ...toShipmentQuery(action.fallback, action.focus, ctx.dateRole), now: ctx.now });
    if (retry.matches.length) {
      result = retry;
      query = action.fallback;
    }
  }
  let matches = result.matches;
  // Whether the parcels described were among those listed (else the description is searched anew).
  let pickedFromList = false;
  if (action.within.length) {
    let narrowed = matches.filter((m) => action.within.includes(m.shipment.trackingNumber));
    // "el de Berlín" among parcels going to Berlin: a place named without a sure role may have the other one.
    const swapped = narrowed.length ? null : withPlaceRoleSwapped(query);
    if (swapped) {
      const retry = await find({ ...toShipmentQuery(swapped), now: ctx.now });
      const fits = retry.matches.filter((m) => action.within.includes(m.shipment.trackingNumber));
      if (fits.length) {
        narrowed = fits;
        result = retry;
        query = swapped;
      }
    }
    if (action.amongShown) {
      // The list may hold parcels the description under way does not fit (the closest offered): each listed one is tried on the status alone too.
      const alone = action.fallback ? (await find({ ...toShipmentQuery(action.fallback, action.focus, ctx.dateRole), now: ctx.now })).matches : [];
      const fitting = new Map([...alone, ...narrowed].map((m) => [m.shipment.trackingNumber, m]));
      const inOrder = action.within.flatMap((n) => fitting.get(n) ?? []);
      return amongShownAnswer(t, ctx, query, inOrder, action.within.length);
    }
    if (narrowed.length) matches = narrowed;
    pickedFromList = narrowed.length > 0;
  }
  // "the latest one": the most recently sent of them (those sent that same day, when several were); "the first one we sent": the earliest.
  if ((action.latest || action.earliest) && matches.length > 1) {
    const days = matches.map((m) => m.shipment.shipDate).sort();
    const day = action.earliest ? days[0] : days[days.length - 1];
    matches = matches.filter((m) => m.shipment.shipDate === day);
  }
  // "the singapore parcel" when the place fits too many to list, one of them still travelling: that one, with the others said
  // delivered (K19/M2: "16 parcels fit. When did you send it?"); fewer are listed, as before.
  // Counted without the request's focus, which may have kept only the travelling one already ("when does it arrive?").
  if (action.oneTravellingMeant && matches.length && !action.within.length && hasConditions(query)) {
    const every = (await find({ ...toShipmentQuery(query, undefined, ctx.dateRole), exactPlaces, now: ctx.now })).matches;
    const travelling = every.filter((m) => fitsFocus(m.shipment, { statuses: NOT_DELIVERED }));
    const inFlight = travelling.length === 1 ? travelling[0]!.shipment.trackingNumber : null;
    if (inFlight && every.length > MAX_LISTED && matches.some((m) => m.shipment.trackingNumber === inFlight)) {
      seen.numbers = [inFlight];
      const one = await ctx.showOne(inFlight);
      const note: Reply = { type: 'message', text: t.onlyOneTravelling(every.length, describeSearch(t, ctx.locale, query, ctx.dateRole)) };
      return { replies: [note, ...one.replies], state: { lastQuery: query, candidates: [], awaiting: null, lastParcel: inFlight, lastList: [], ...one.state } };
    }
  }
  // "the Seattle parcel arrived damaged" when several delivered there fit and none was scanned damaged: the one that
  // arrived last is the one that just arrived (outside testers, round 8: "11 parcels fit that. When did you send it?").
  if (action.lastArrivedMeant && matches.length > 1 && !action.within.length && hasConditions(query) && matches.every((m) => m.shipment.status === 'delivered' && m.shipment.deliveredAt)) {
    const last = [...matches].sort((a, b) => b.shipment.deliveredAt!.localeCompare(a.shipment.deliveredAt!))[0]!.shipment.trackingNumber;
    seen.numbers = [last];
    const one = await ctx.showOne(last);
    const note: Reply = { type: 'message', text: t.lastArrived(matches.length, describeSearch(t, ctx.locale, { ...query, statusHints: [] }, ctx.dateRole), last) };
    return { replies: [note, ...one.replies], state: { lastQuery: query, candidates: [], awaiting: null, lastParcel: last, lastList: [], ...one.state } };
  }
  // "where is the seattle parcel?" when the place fits too many to list: the ones still travelling there, when
  // those are few (outside tester round 6, M2: 8 parcels to Seattle, 2 of them not delivered). Otherwise the question which.
  if (action.travellingIfMany && matches.length > MAX_LISTED && !action.within.length && hasConditions(query)) {
    const travelling = { statuses: NOT_DELIVERED };
    const found = (await find({ ...toShipmentQuery(query, travelling, ctx.dateRole), exactPlaces, now: ctx.now })).matches.filter((m) => fitsFocus(m.shipment, travelling));
    if (found.length && found.length <= MAX_LISTED) matches = found;
  }
  // The parcels the description fits (the nearest offered when none does are not them); a bare request's recent parcels are no description.
  if (hasConditions(query)) seen.numbers = matches.map((m) => m.shipment.trackingNumber);
  // "Change the delivery of my parcel to Paris" when every parcel to Paris was delivered: said so, not "which one?".
  const focus = action.focus;
  if (focus && ctx.noneInFocus && matches.length > 1 && !action.within.length && hasConditions(query) && !matches.some((m) => fitsFocus(m.shipment, focus))) {
    return { replies: [{ type: 'message', text: ctx.noneInFocus(matches.length) }], state: { lastQuery: query, candidates: [], awaiting: null } };
  }
  // "how many parcels did we send to Paris in March?": the count first (none is an answer too), then the parcels when few.
  if (action.count && hasConditions(query) && (matches.length <= MAX_LISTED || matches.length > MAX_COUNTED_LIST || action.within.length)) {
    return countedParcels(t, ctx, query, matches, accounts.join(' / '), action.arrivals === true);
  }
  if (matches.length === 1) {
    const one = await ctx.showOne(matches[0]!.shipment.trackingNumber);
    // Picked out of a list, the list stays the one "the other one" refers to; a new search found just this one.
    const list = action.within.length ? {} : { lastList: [] };
    return { replies: one.replies, state: { lastQuery: query, candidates: [], awaiting: null, lastParcel: matches[0]!.shipment.trackingNumber, ...list, ...one.state } };
  }
  if (matches.length > MAX_LISTED && matches.length <= MAX_COUNTED_LIST && !action.within.length && (action.listAll || action.count) && hasConditions(query)) {
    // "what did we send to Paris last month?": how many, and the most recent of them, not a question back.
    const newest = [...matches].sort((a, b) => (a.shipment.shipDate < b.shipment.shipDate ? 1 : a.shipment.shipDate > b.shipment.shipDate ? -1 : 0));
    // Asked how many: the count said first (as for fewer), then the most recent of them.
    const counted = action.count ? withArrivals(t, ctx.locale, t.parcelCount(matches.length, describeSearch(t, ctx.locale, query, ctx.dateRole), accounts.join(' / ')), matches, action.arrivals === true) : null;
    const listed = listParcels(t, ctx, counted ? t.mostRecent(MAX_LISTED) : t.manyMatches(matches.length, MAX_LISTED), newest, query);
    const more: Reply = { type: 'message', text: t.moreMatches(matches.length - MAX_LISTED) };
    // Only some are shown: "only the ground ones" narrows all of them, not a pick among those shown.
    const countReply: Reply[] = counted ? [{ type: 'message', text: counted }] : [];
    return { replies: [...countReply, ...listed.replies, more], state: { ...listed.state, awaiting: null } };
  }
  // "did the paris parcel arrive?" when every parcel to Paris did: that is the answer, not "when did you send it?" (outside tester K19).
  // So too for a few ("did my parcel to paris last month arrive?" when all four did), not a list to pick from.
  if (action.arrivalAsked && matches.length > 1 && !pickedFromList && hasConditions(query) && !matches.some((m) => fitsFocus(m.shipment, focus ?? { statuses: NOT_DELIVERED }))) {
    return countedParcels(t, ctx, query, matches, accounts.join(' / '), true);
  }
  if (matches.length > MAX_LISTED && !action.within.length) {
    // Too many to list: ask for what would narrow it most, and read the answer in that role.
    const slot = !query.destination ? 'destination' : !query.dateRange ? 'date' : !query.origin ? 'origin' : null;
    if (slot && hasConditions(query)) {
      return {
        replies: [{ type: 'message', text: t.narrowingQuestion(matches.length, slot) }],
        state: { awaiting: `slot_${slot}`, lastQuery: query, candidates: [] },
      };
    }
  }
  // Several parcels a description fits, for a task done on each of them: no question (a bare request's recent parcels are no description).
  if (matches.length > 1 && ctx.showEvery && hasConditions(query) && !action.within.length) {
    const numbers = matches.map((m) => m.shipment.trackingNumber);
    const every = await ctx.showEvery(numbers);
    return { replies: every.replies, state: { lastQuery: query, candidates: [], lastList: numbers, lastParcel: null, ...every.state } };
  }
  if (matches.length > 1) {
    const recent = matches.every((m) => m.reasons.every((r) => r.kind === 'recent'));
    return listParcels(t, ctx, recent ? t.recentParcels : t.severalMatches(matches.length), matches, query);
  }
  if (!hasConditions(query)) {
    return { replies: [{ type: 'message', text: t.noParcelsOnAccount(accounts.join(' / ')) }], state: { lastQuery: null } };
  }
  const nothing: Reply = { type: 'message', text: t.noMatch(describeSearch(t, ctx.locale, query, ctx.dateRole), accounts.join(' / ')) };
  if (!result.nearest.length) return { replies: [nothing], state: { lastQuery: query, candidates: [], awaiting: null } };
  const listed = listParcels(t, ctx, t.nearestIntro, result.nearest, query);
  return { replies: [nothing, ...listed.replies], ...(listed.state ? { state: listed.state } : {}) };
}

/**
 * "which of them were delivered?", "其中有被海关扣的吗", "¿cuántos de esos llegaron?": how many of the `listed` fit the
 * status asked (or that none does), then the one shown or those listed; the list stays the one shown when none fits.
 */
async function amongShownAnswer(t: Texts, ctx: Ctx, query: QueryContext, fitting: ShipmentMatch[], listed: number): Promise<RunResult> {
  const status = describeSearch(t, ctx.locale, { ...EMPTY_QUERY, statusHints: query.statusHints }, ctx.dateRole).status ?? '';
  const said: Reply = { type: 'message', text: t.amongShown(fitting.length, listed, status) };
  if (!fitting.length) return { replies: [said], state: { awaiting: null } };
  if (fitting.length === 1) {
    const one = await ctx.showOne(fitting[0]!.shipment.trackingNumber);
    return { replies: [said, ...one.replies], state: { lastQuery: query, candidates: [], awaiting: null, lastParcel: fitting[0]!.shipment.trackingNumber, ...one.state } };
  }
  return listParcels(t, ctx, said.text!, fitting, query);
}

/**
 * The answer to "how many …?": how many parcels the description fits, said first; the one parcel shown,
 * or up to MAX_LISTED listed to pick from; more are only counted (the search stays open to narrow).
 */
async function countedParcels(t: Texts, ctx: Ctx, query: QueryContext, matches: ShipmentMatch[], accounts: string, arrivals: boolean): Promise<RunResult> {
  const counted = withArrivals(t, ctx.locale, t.parcelCount(matches.length, describeSearch(t, ctx.locale, query, ctx.dateRole), accounts), matches, arrivals);
  if (matches.length === 1) {
    const one = await ctx.showOne(matches[0]!.shipment.trackingNumber);
    return {
      replies: [{ type: 'message', text: counted }, ...one.replies],
      state: { lastQuery: query, candidates: [], awaiting: null, lastParcel: matches[0]!.shipment.trackingNumber, lastList: [], ...one.state },
    };
  }
  if (matches.length > 1 && matches.length <= MAX_LISTED) return listParcels(t, ctx, counted, matches, query);
  return { replies: [{ type: 'message', text: counted }], state: { lastQuery: query, candidates: [], awaiting: null, lastList: [] } };
}

/** The count, and when asked ("都到了吗") how many of the parcels counted were delivered. */
function withArrivals(t: Texts, locale: string, counted: string, matches: readonly ShipmentMatch[], asked: boolean): string {
  if (!asked) return counted;
  const delivered = matches.filter((m) => m.shipment.status === 'delivered').length;
  // "共有 6 个。6 个都已签收": Chinese sets no space between sentences.
  return `${counted}${sentenceGap(locale)}${t.arrivals(delivered, matches.length)}`;
}

/** The full answer for one parcel of the speaker's own account. */
export async function showParcel(ctx: Omit<Ctx, 'showOne'>, trackingNumber: string): Promise<Reply> {
  const lookup = await lookupTrackingNumber(ctx.shipments, ctx.speaker, trackingNumber);
  // A signed-in customer is not told to link an account to see another account's parcel (outside tester K21).
  return trackingReply(lookup, ctx.locale, ctx.timeZone, ctx.now, ctx.speaker !== null);
}

function listParcels(t: Texts, ctx: Ctx, intro: string, matches: ShipmentMatch[], query: QueryContext): RunResult {
  const shown = matches.slice(0, MAX_LISTED);
  const lines: ParcelLine[] = shown.map((m, i) => ({
    position: i + 1,
    trackingNumber: m.shipment.trackingNumber,
    from: placeName(m.shipment.origin.city, m.shipment.origin.country, ctx.locale),
    to: placeName(m.shipment.destination.city, m.shipment.destination.country, ctx.locale),
    toCity: localCityName(m.shipment.destination.city, m.shipment.destination.country, ctx.locale),
    shortDate: formatShortDate(m.shipment.shipDate, ctx.locale),
    shipDate: formatLocalDate(m.shipment.shipDate, ctx.locale),
    status: t.statusNames[m.shipment.status],
  }));
  return {
    replies: [
      {
        type: 'message',
        text: [intro, ...lines.map((l) => t.parcelLine(l))].join('\n'),
        choices: distinctLabels(lines.map((l) => ({ label: t.parcelChoice(l), value: l.trackingNumber }))),
      },
    ],
    // A list shown is what "it", "the second one" and "the other one" refer to now, not a parcel shown before it.
    // (and not the invoices a flow listed before: flowShown).
    state: { awaiting: 'choice', candidates: lines.map((l) => l.trackingNumber), lastList: lines.map((l) => l.trackingNumber), lastQuery: query, lastParcel: null, flowShown: null },
  };
}

/** The description with the place this message named moved to the other role, or null when it named none (or both). */
function withPlaceRoleSwapped(q: QueryContext): QueryContext | null {
  const origin = q.sources.origin === 'message';
  const destination = q.sources.destination === 'message';
  if (origin === destination) return null;
  const sources = { ...q.sources };
  delete sources.origin;
  delete sources.destination;
  return origin
    ? { ...q, origin: null, destination: q.origin, sources: { ...sources, destination: 'message' } }
    : { ...q, destination: null, origin: q.destination, sources: { ...sources, origin: 'message' } };
}

/** Two parcels to one city on one day would get one label twice: each gets its number's last digits. */
function distinctLabels(choices: { label: string; value: string }[]): { label: string; value: string }[] {
  const count = new Map<string, number>();
  for (const c of choices) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  return choices.map((c) => (count.get(c.label)! > 1 ? { ...c, label: `${c.label} · …${c.value.slice(-4)}` } : c));
}

/**
 * A reference that points at nothing shown: "the third one" of two offers the list again, "the other
 * one" after a single result names it, and with nothing shown the customer is asked which parcel.
 */
export async function offerAgain(
  ctx: Ctx,
  ref: { why: 'out_of_range' | 'only_one' | 'nothing_shown'; position: number | null; list: string[]; focus: string | null },
): Promise<RunResult> {
  const t = textsFor(ctx.locale);
  if (ref.why === 'out_of_range' && ref.list.length) {
    const shown: ShipmentMatch[] = [];
    for (const n of ref.list) {
      const s = await ctx.shipments.byTrackingNumber(n);
      if (s) shown.push({ shipment: s, score: 0, reasons: [] });
    }
    const listed = listParcels(t, ctx, t.referenceOutOfRange(shown.length, ref.position), shown, EMPTY_QUERY);
    const { lastQuery: _kept, ...state } = listed.state ?? {};
    return { replies: listed.replies, state };
  }
  const focus = ref.focus ?? ref.list[0];
  if (ref.why === 'only_one' && focus) return { replies: [{ type: 'message', text: t.referenceOnlyOne(focus) }] };
  return { replies: [{ type: 'message', text: t.referenceNothingShown }] };
}


export function describeSearch(t: Texts, locale: string, q: QueryContext, dateRole: DateRole | null | undefined): SearchDescription {
  const d: SearchDescription = {};
  if (q.origin) d.from = namedPlaceName(q.origin, locale);
  if (q.destination) d.to = namedPlaceName(q.destination, locale);
  if (q.dateRange) d.dates = t.dateRange(formatLocalDate(q.dateRange.from, locale), formatLocalDate(q.dateRange.to, locale));
  const status = q.statusHints.map((h) => t.statusHintNames[h]).filter(Boolean);
  if (status.length) d.status = status.join(', ');
  const services = (q.serviceLevels ?? []).map((l) => t.serviceLevelNames[l]).filter(Boolean);
  if (services.length) d.service = services.join(', ');
  if (datesAreDelivery(q, dateRole)) d.deliveredDates = true;
  return d;
}
