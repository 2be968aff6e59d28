import { localized } from '../../locale/index.ts';
import { resolveOnAccounts } from '../../shipments/resolveShipments.ts';
import type { ShipmentRecord } from '../../store/records.ts';
import { arrivalLine, arrivalOrder, parcelsOfSide, sayArrivalOrder } from '../arrivals/arrivalOrder.ts';
import { placeTimeZone } from '../../geo/placeTimeZone.ts';
import { formatLocalDate } from '../../locale/index.ts';
import { zonedParts } from '../../nlu/text/timeZone.ts';
import { ARRIVAL_TEXTS } from '../arrivals/texts.ts';
import { describeSearch, MAX_LISTED, toShipmentQuery } from '../resolveRunner.ts';
import { textsFor } from '../texts/index.ts';
import type { ActionOf, RunResult, RunnerContext, RunnerFamily } from './types.ts';
import type { QueryContext } from '../state.ts';

type ArrivalNeeds = Pick<RunnerContext, 'turn' | 'store'>;

/** "Which arrives first?": the parcels compared, read from the speaker's accounts, and their order of arrival. */
export const arrivalRunners = {
  async compare_arrivals(action: ActionOf<'compare_arrivals'>, { turn, store }: ArrivalNeeds): Promise<RunResult> {
    const { locale, timeZone, now } = turn;
    const compared: ShipmentRecord[] = [];
    const add = (s: ShipmentRecord) => {
      if (!compared.some((c) => c.trackingNumber === s.trackingNumber)) compared.push(s);
    };
    for (const n of action.shown) {
      const s = await store.shipments.byTrackingNumber(n);
      // Only the speaker's own parcels are compared (a number shown from another account's public view is not).
      if (s && action.accounts.includes(s.accountNumber)) add(s);
    }
    const notFound: string[] = [];
    const focusPlace = compared[0]?.destination;
    for (const side of action.sides) {
      // "跟30号那个比": a side of a date alone is of the place of the parcel it is compared with.
      const q = side.destination || side.origin || !focusPlace ? side : { ...side, destination: { name: focusPlace.city, country: focusPlace.country }, sources: { ...side.sources, destination: 'earlier' as const } };
      const found = await resolveOnAccounts(store.shipments, action.accounts, { ...toShipmentQuery(q), now });
      const picked = parcelsOfSide(found.matches.map((m) => m.shipment));
      if (!picked.length) notFound.push(textsFor(locale).noMatch(describeSearch(textsFor(locale), locale, q, null), action.accounts.join(' / ')));
      picked.forEach(add);
    }
    const t = localized(ARRIVAL_TEXTS, locale);
    const replies = notFound.map((text) => ({ type: 'message' as const, text }));
    if (!compared.length) return { replies: replies.length ? replies : [{ type: 'message', text: t.nothingToCompare }] };
    const order = arrivalOrder(compared);
    const text = compared.length === 1 ? `${sayArrivalOrder(order, locale, timeZone, now)}\n${t.onlyOne}` : sayArrivalOrder(order, locale, timeZone, now);
    const winner = order.delivered[0] ?? order.first[0] ?? compared[0]!;
    const numbers = compared.map((s) => s.trackingNumber);
    return {
      replies: [...replies, { type: 'message', text }],
      state: { lastParcel: winner.trackingNumber, lastList: numbers.length > 1 ? numbers : [], candidates: [], awaiting: null },
    };
  },
  async all_arrived(action: ActionOf<'all_arrived'>, { turn, store }: ArrivalNeeds): Promise<RunResult> {
    const { locale, timeZone, now } = turn;
    const t = localized(ARRIVAL_TEXTS, locale);
    // Every parcel described, delivered or not: "arrived" is asked of them, it filters none.
    const asked = await describedOrShown(action, store, locale, now, (found) => found);
    if (!Array.isArray(asked)) return asked;
    const parcels = asked;
    if (!parcels.length) return { replies: [{ type: 'message', text: t.nothingToCompare }] };
    // The ones not arrived, in the order they are expected (those without an estimate last).
    const order = arrivalOrder(parcels);
    const waiting = [...order.first, ...order.later, ...order.noEta];
    const line = (s: ShipmentRecord) => arrivalLine(s, locale, timeZone, now);
    // All arrived, few enough to list: when each was delivered ("have they all arrived?" after a count's list).
    const arrived = waiting.length || parcels.length > MAX_LISTED ? [] : order.delivered.map((s) => t.arrived(line(s)));
    const text = [t.allArrived(order.delivered.length, parcels.length), ...arrived, ...waiting.map((s) => (s.estimatedDelivery ? t.later(line(s)) : t.noEta(line(s))))].join('\n');
    const numbers = parcels.map((s) => s.trackingNumber);
    // "where is it now?" after "1 of 2 arrived": the one still on its way; several still on their way are the list.
    return {
      replies: [{ type: 'message', text }],
      state: { lastParcel: waiting.length === 1 ? waiting[0]!.trackingNumber : null, lastList: waiting.length > 1 ? waiting.map((s) => s.trackingNumber) : [], candidates: [], awaiting: null, ...(action.query ? { lastQuery: action.query } : {}) },
      ...(action.query ? { found: numbers } : {}),
    };
  },
  async arrival_on_day(action: ActionOf<'arrival_on_day'>, { turn, store }: ArrivalNeeds): Promise<RunResult> {
    const { locale, timeZone, now } = turn;
    const t = localized(ARRIVAL_TEXTS, locale);
    const asked = await describedOrShown(action, store, locale, now, parcelsOfSide);
    if (!Array.isArray(asked)) return asked;
    let parcels = asked;
    if (!parcels.length) return { replies: [{ type: 'message', text: t.nothingToCompare }] };
    // Of a list shown, a day to arrive on or by is asked of those still on their way (when any is).
    if (!action.query && parcels.some((s) => s.status !== 'delivered')) parcels = parcels.filter((s) => s.status !== 'delivered');
    const day = action.by ? formatLocalDate(action.day.to, locale) : action.day.from === action.day.to ? formatLocalDate(action.day.from, locale) : `${formatLocalDate(action.day.from, locale)} – ${formatLocalDate(action.day.to, locale)}`;
    // The estimate's day on the destination's clock, as the carrier states it.
    const dueOn = (s: ShipmentRecord) => {
      if (!s.estimatedDelivery) return false;
      const at = zonedParts(new Date(s.estimatedDelivery), placeTimeZone(s.destination.city, s.destination.country) ?? timeZone);
      const local = `${at.year}-${String(at.month).padStart(2, '0')}-${String(at.day).padStart(2, '0')}`;
      return (action.by === true || local >= action.day.from) && local <= action.day.to;
    };
    const text = parcels.map((s) => (action.by ? t.byDay : t.onDay)(arrivalLine(s, locale, timeZone, now), day, dueOn(s))).join('\n');
    const numbers = parcels.map((s) => s.trackingNumber);
    // "i need it there by thursday can you speed it up": after the yes or no, what can be done about its speed.
    const hurry = action.hurry && parcels.some((s) => s.status !== 'delivered') ? [{ type: 'message' as const, text: textsFor(locale).speedUp }] : [];
    return {
      replies: [{ type: 'message', text }, ...hurry],
      state: { lastParcel: numbers[0]!, lastList: numbers.length > 1 ? numbers : [], candidates: [], awaiting: null, ...(action.query ? { lastQuery: action.query } : {}) },
    };
  },
} satisfies RunnerFamily;

/**
 * The parcels an arrival question is asked of: those its description finds on the accounts (`keep` picks
 * among them), or those shown that are on the accounts. A description that finds none is answered here:
 * the "nothing fits" reply to return as it is.
 */
async function describedOrShown(
  action: { accounts: string[]; query: QueryContext | null; shown: string[] },
  store: ArrivalNeeds['store'],
  locale: string,
  now: Date,
  keep: (found: ShipmentRecord[]) => ShipmentRecord[],
): Promise<ShipmentRecord[] | RunResult> {
  if (action.query) {
    const found = await resolveOnAccounts(store.shipments, action.accounts, { ...toShipmentQuery(action.query), now });
    const parcels = keep(found.matches.map((m) => m.shipment));
    if (parcels.length) return parcels;
    const said = textsFor(locale);
    return { replies: [{ type: 'message', text: said.noMatch(describeSearch(said, locale, action.query, null), action.accounts.join(' / ')) }], state: { lastQuery: action.query } };
  }
  const parcels: ShipmentRecord[] = [];
  for (const n of action.shown) {
    const s = await store.shipments.byTrackingNumber(n);
    if (s && action.accounts.includes(s.accountNumber)) parcels.push(s);
  }
  return parcels;
}

