import type { ComparedSide, Place } from '../../nlu/types.ts';
import { PARCEL_TASKS } from '../decision.ts';
import { asksAllArrived, asksHowMany } from '../discourse/discourseAct.ts';
import { frameOfMessage, hasConditions } from '../discourse/queryFrame.ts';
import type { QueryContext } from '../state.ts';
import type { DecisionRule } from './types.ts';

/** One side of a comparison as a parcel description, every slot from this message. */
function sideQuery(side: ComparedSide, inherited: Place | null): QueryContext {
  const destination = side.destination ?? (side.origin ? null : inherited);
  const sources: QueryContext['sources'] = {};
  if (side.dateRange) sources.dateRange = 'message';
  if (side.origin) sources.origin = 'message';
  if (destination) sources.destination = side.destination ? 'message' : 'earlier';
  return { dateRange: side.dateRange, origin: side.origin, destination, statusHints: [], sources };
}

/**
 * "which arrives first, the toronto one or the new york one?", "哪个先到", "¿cuál de los dos de berlín llega
 * primero?" (Parse.asks `arrives_first`): the parcels each side describes, or those just shown, compared by
 * when they arrive (runners/arrivals.ts). A side naming only a date ("the one from the 30th") is of the place
 * another side names; a date alone beside a parcel in focus ("跟30号那个比") is compared with that parcel.
 * Before references and searches: "X or Y" is no lane from X to Y, and "arrives" no status filter.
 */
export const arrivalComparisonRule: DecisionRule = {
  name: 'arrival comparison',
  decide({ reading: { parse, state, facts }, chosen, go }) {
    if (!parse.asks?.includes('arrives_first') || !facts.linked || !facts.accounts.length) return null;
    const accounts = chosen.account ? [chosen.account] : facts.accounts;
    const sides = parse.compared ?? [];
    const named = sides.find((s) => s.destination)?.destination ?? null;
    const patch = { awaiting: null, candidates: [] };
    if (!sides.length) {
      const shown = state.lastList.length > 1 ? state.lastList : [state.previousParcel, state.lastParcel].filter((n): n is string => n !== null);
      if (shown.length < 2) return go({ kind: 'reference_impossible', why: 'nothing_shown', position: null, list: [], focus: state.lastParcel });
      return go({ kind: 'compare_arrivals', accounts, sides: [], shown }, patch);
    }
    // "跟30号那个比哪个先到": the parcel in focus against the one the date names (of the same place, the runner's).
    const withFocus = sides.length === 1 && !named && !sides[0]!.origin && state.lastParcel !== null;
    const decision = go({ kind: 'compare_arrivals', accounts, sides: sides.map((s) => sideQuery(s, named)), shown: withFocus ? [state.lastParcel!] : [] }, patch);
    return chosen.selectAccount ? { ...decision, selectAccount: chosen.selectAccount } : decision;
  },
};

/**
 * "hey is the miami box gonna make it today?", "¿el de berlín llega mañana?", "寄往柏林的包裹明天能到吗" (Parse.dateRole
 * `expected`), "will the singapore parcel arrive by thursday?", "lo necesito para el miércoles" (`deadline`): the day
 * is when the parcel should arrive (or arrive by), not when it was sent; answered yes or no from its
 * estimate (runners/arrivals.ts). "el de Berlín" is the parcel to Berlin ("de" points at it, README). Without a
 * description, the parcel in focus or the list shown.
 */
export const arrivalDayRule: DecisionRule = {
  name: 'arrival on a day',
  decide({ reading: { parse, state, facts }, chosen, go }) {
    if ((parse.dateRole !== 'expected' && parse.dateRole !== 'deadline') || !parse.dateRange || !facts.linked || !facts.accounts.length) return null;
    if (parse.trackingNumbers.length || (parse.intent !== 'out_of_scope' && PARCEL_TASKS[parse.intent] !== 'status' && parse.confidence >= 0.6)) return null;
    const accounts = chosen.account ? [chosen.account] : facts.accounts;
    const said = frameOfMessage(parse);
    const query = said && parse.looseOrigin && said.origin && !said.destination ? pointedAt(said) : said;
    const shown = query ? [] : state.lastParcel ? [state.lastParcel] : state.lastList;
    if (!query && !shown.length) return null;
    const decision = go({ kind: 'arrival_on_day', accounts, query, shown, day: parse.dateRange, by: parse.dateRole === 'deadline', hurry: parse.asks?.includes('speed_up') === true }, { awaiting: null, candidates: [] });
    return chosen.selectAccount ? { ...decision, selectAccount: chosen.selectAccount } : decision;
  },
};

/**
 * "did everything we sent to london arrive?", "寄伦敦的都到了吗", "¿llegó todo lo que mandamos a berlín?": asked of
 * every parcel the message describes (its "arrived" filters none of them), or of the list just shown ("have they
 * all arrived?"); answered yes or no with how many arrived and when each of the others is expected
 * (runners/arrivals.ts), not "which one?" (outside tester round 6, M3). "How many …? 都到了吗" is the count's answer
 * (searchDecision.ts).
 */
export const allArrivedRule: DecisionRule = {
  name: 'all arrived',
  decide({ reading: { text, parse, state, facts }, chosen, go }) {
    if (!facts.linked || !facts.accounts.length || parse.trackingNumbers.length) return null;
    if (!asksAllArrived(text, parse.language) || asksHowMany(text, parse.language)) return null;
    const said = frameOfMessage(parse);
    const pointed = said && parse.looseOrigin && said.origin && !said.destination ? pointedAt(said) : said;
    const query = pointed ? withoutArrivalWords(pointed) : null;
    const shown = query ? [] : state.lastList;
    if (!query && shown.length < 2) return null;
    const accounts = chosen.account ? [chosen.account] : facts.accounts;
    const decision = go({ kind: 'all_arrived', accounts, query, shown }, { awaiting: null, candidates: [] });
    return chosen.selectAccount ? { ...decision, selectAccount: chosen.selectAccount } : decision;
  },
};

/** The description without the status its arrival verb read ("arrived", "签收", "llegó"): asked, not a filter; null when nothing else is left. */
function withoutArrivalWords(q: QueryContext): QueryContext | null {
  const statusHints = q.statusHints.filter((h) => h !== 'delivered');
  const sources = { ...q.sources };
  if (!statusHints.length) delete sources.statusHints;
  const left = { ...q, statusHints, sources };
  return hasConditions(left) ? left : null;
}

/** "el de Berlín": the place named by "de" is where the parcel goes. */
function pointedAt(q: QueryContext): QueryContext {
  const { origin: _origin, ...sources } = q.sources;
  return { ...q, origin: null, destination: q.origin, sources: { ...sources, destination: 'message' } };
}
