import { formatLocalDate, formatNumber, localized, withDecimalMark, wordsInEveryLanguage } from '../../../locale/index.ts';
import { addDays, formatDate, zonedParts } from '../../../nlu/text/timeZone.ts';
import { placeMatches, placeQueryOf } from '../../../shipments/resolveShipments.ts';
import { namedPlaceName, placeName } from '../../trackingReply.ts';
import type { ShipmentRecord } from '../../../store/records.ts';
import type { AccountFlow, FlowContext } from '../types.ts';
import { summarizeEmissions, type CarbonSuggestion, type LaneEmissions } from './carbonFootprint.ts';
import { CARBON_TEXTS, type CarbonTexts } from './texts.ts';
import { DEFAULT_PERIOD_DAYS, DISCOUNT_PERCENT_PER_TONNE } from './transport.ts';

/** The period asked about (the parse's dates), else the last DEFAULT_PERIOD_DAYS days in the customer's zone. */
export function carbonPeriod(ctx: Pick<FlowContext, 'parse' | 'now' | 'timeZone'>): { from: string; to: string } {
  if (ctx.parse.dateRange) return ctx.parse.dateRange;
  const today = zonedParts(ctx.now, ctx.timeZone);
  return { from: formatDate(addDays(today, 1 - DEFAULT_PERIOD_DAYS)), to: formatDate(today) };
}

/** kg with one decimal, grouped the local way ("2,074.4", "2074,4"). */
function kg(value: number, locale: string): string {
  return formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: true });
}

function route(lane: Pick<LaneEmissions, 'origin' | 'destination'>, locale: string): string {
  return `${placeName(lane.origin.city, lane.origin.country, locale)} → ${placeName(lane.destination.city, lane.destination.country, locale)}`;
}

function suggestionText(s: CarbonSuggestion, t: CarbonTexts, locale: string): string {
  switch (s.kind) {
    case 'ground':
      return t.ground(route(s.lane, locale), s.lane.airShipments, kg(s.lane.airCo2eKg, locale), kg(s.savingKg, locale), withDecimalMark(String(DISCOUNT_PERCENT_PER_TONNE), locale));
    case 'consolidate':
      return t.consolidate(route(s.lane, locale), s.lane.shipments, kg(s.lane.weightKg / s.lane.shipments, locale));
    case 'packaging':
      return t.packaging;
  }
}

/**
 * `carbon_footprint`: kg CO2e of the account's parcels in the asked period (summed in the store, per
 * lane and service), the lanes that contribute most, and one suggestion computed from the same data.
 */
const METHOD_WORDS = wordsInEveryLanguage((w) => w.carbonMethod);

/** The message asks how a footprint is worked out ("how do you calculate", "怎么计算", "cómo se calcula"). */
function asksMethod(text: string): boolean {
  const t = text.toLowerCase();
  return METHOD_WORDS.some((w) => t.includes(w));
}

export const carbonFootprintFlow: AccountFlow = {
  intent: 'carbon_footprint',
  answersTrackingNumbers: true,
  comparesFigures: true,
  async run(ctx) {
    const t = localized(CARBON_TEXTS, ctx.locale);
    const account = ctx.accountNumber!;
    // "… and how much co2 did those make" when the first part found none: nothing to add up, not the account's period.
    if (ctx.pointedParcels && !ctx.pointedParcels.length) return { replies: [{ type: 'message', text: t.noneOfThose }] };
    if (ctx.parse.trackingNumbers.length) return { replies: [{ type: 'message', text: await parcelFootprints(ctx, account, t) }] };
    if (ctx.comparedWith) return compareFootprints(ctx, account, t, ctx.comparedWith);
    const period = carbonPeriod(ctx);
    // "for shipments to Seattle", "寄往西雅图的": only that lane's parcels are counted, and the answer says so.
    const origin = placeQueryOf(ctx.parse.origin);
    const destination = placeQueryOf(ctx.parse.destination);
    const rows = (await ctx.store.emissions.byLaneAndService({ accountNumber: account, shipDateFrom: period.from, shipDateTo: period.to })).filter(
      (r) => placeMatches(origin, r.origin) && placeMatches(destination, r.destination),
    );
    const lane = origin || destination ? t.onlyLane(t.lane(origin && namedPlaceName(origin, ctx.locale), destination && namedPlaceName(destination, ctx.locale))) : null;
    const from = formatLocalDate(period.from, ctx.locale);
    const to = formatLocalDate(period.to, ctx.locale);
    const summary = summarizeEmissions(rows);
    const answeredFor = { dateRange: period, origin: ctx.parse.origin, destination: ctx.parse.destination };
    if (!summary.shipments) return { replies: [{ type: 'message', text: [t.nothing(account, from, to), lane].filter(Boolean).join(' ') }], answeredFor };
    const share = (lane: LaneEmissions) => Math.round((lane.co2eKg / summary.co2eKg) * 100).toString();
    const lines = summary.topLanes.map((lane, i) => t.laneLine(i + 1, route(lane, ctx.locale), kg(lane.co2eKg, ctx.locale), lane.shipments, share(lane)));
    const text = [
      ...(asksMethod(ctx.text) ? [t.method] : []),
      [t.summary(account, from, to, summary.shipments, kg(summary.co2eKg, ctx.locale), kg(summary.co2eKg / summary.shipments, ctx.locale)), lane].filter(Boolean).join(' '),
      [t.topTitle, ...lines].join('\n'),
      suggestionText(summary.suggestion, t, ctx.locale),
    ].join('\n\n');
    return { replies: [{ type: 'message', text }], answeredFor };
  },
};

/** Parcels answered one by one at most; the total of more is given with their largest lanes. */
const PARCELS_LISTED = 5;

/**
 * The footprint of each parcel asked for by its tracking number, the account's own only; several parcels
 * an earlier part of the message found ("those") are added up, and many are summed by lane, not listed.
 */
async function parcelFootprints(ctx: FlowContext, account: string, t: CarbonTexts): Promise<string> {
  // The account's own parcels are answered first, then the numbers that are not on it.
  const lines: string[] = [];
  const own: ShipmentRecord[] = [];
  for (const trackingNumber of ctx.parse.trackingNumbers) {
    const s = await ctx.store.shipments.byTrackingNumber(trackingNumber);
    if (!s || s.accountNumber !== account) {
      lines.push(t.notOnAccount(trackingNumber, account));
      continue;
    }
    own.push(s);
  }
  if (!ctx.pointedParcels || own.length < 2) return [...eachFootprint(ctx, own, t), ...lines].join('\n');
  const rows = own.map((s) => ({ origin: s.origin, destination: s.destination, serviceCode: s.serviceCode, shipments: 1, co2eKg: s.co2eKg, weightKg: s.weightKg }));
  const summary = summarizeEmissions(rows);
  const total = t.thoseTotal(summary.shipments, kg(summary.co2eKg, ctx.locale), kg(summary.co2eKg / summary.shipments, ctx.locale));
  if (own.length <= PARCELS_LISTED) return [...eachFootprint(ctx, own, t), total, ...lines].join('\n');
  const share = (lane: LaneEmissions) => Math.round((lane.co2eKg / summary.co2eKg) * 100).toString();
  const top = summary.topLanes.map((lane, i) => t.laneLine(i + 1, route(lane, ctx.locale), kg(lane.co2eKg, ctx.locale), lane.shipments, share(lane)));
  return [[total, ...lines].join('\n'), [t.topTitle, ...top].join('\n'), suggestionText(summary.suggestion, t, ctx.locale)].join('\n\n');
}

/** One line per parcel: its footprint, and a ground suggestion when it flew a lane a truck serves. */
function eachFootprint(ctx: FlowContext, parcels: readonly ShipmentRecord[], t: CarbonTexts): string[] {
  const lines: string[] = [];
  for (const s of parcels) {
    const lane = { origin: s.origin, destination: s.destination };
    const line = t.parcel(s.trackingNumber, route(lane, ctx.locale), formatLocalDate(s.shipDate, ctx.locale), s.serviceName, kg(s.weightKg, ctx.locale), kg(s.co2eKg, ctx.locale));
    const suggestion = summarizeEmissions([{ ...lane, serviceCode: s.serviceCode, shipments: 1, co2eKg: s.co2eKg, weightKg: s.weightKg }]).suggestion;
    lines.push(suggestion.kind === 'ground' ? `${line} ${suggestionText(suggestion, t, ctx.locale)}` : line);
  }
  return lines;
}

type Described = NonNullable<FlowContext['comparedWith']>;

/** The account's parcels and kg CO2e of one period and lane, and how the answer names them ("1 Nov – 30 Nov 2026, to Los Angeles"). */
async function totalOf(ctx: FlowContext, account: string, t: CarbonTexts, described: Described): Promise<{ label: string; shipments: number; co2eKg: number }> {
  const period = carbonPeriod({ ...ctx, parse: { ...ctx.parse, dateRange: described.dateRange } });
  const origin = placeQueryOf(described.origin);
  const destination = placeQueryOf(described.destination);
  const rows = (await ctx.store.emissions.byLaneAndService({ accountNumber: account, shipDateFrom: period.from, shipDateTo: period.to })).filter(
    (r) => placeMatches(origin, r.origin) && placeMatches(destination, r.destination),
  );
  const summary = summarizeEmissions(rows);
  const lane = origin || destination ? t.lane(origin && namedPlaceName(origin, ctx.locale), destination && namedPlaceName(destination, ctx.locale)) : null;
  return { label: t.comparedLabel(formatLocalDate(period.from, ctx.locale), formatLocalDate(period.to, ctx.locale), lane), shipments: summary.shipments, co2eKg: summary.co2eKg };
}

/**
 * "how does that compare with october", "which route is worse", "和十月比呢", "¿cuál fue peor?": the figures of the
 * period or lane compared with (first) and of the one asked now (second), then which is higher, by how much and how
 * many times. The frame kept is the one asked now: "¿y a México?" goes on with its period.
 */
async function compareFootprints(ctx: FlowContext, account: string, t: CarbonTexts, earlier: Described) {
  const now: Described = { dateRange: carbonPeriod(ctx), origin: ctx.parse.origin, destination: ctx.parse.destination };
  const sides = [await totalOf(ctx, account, t, earlier), await totalOf(ctx, account, t, now)] as const;
  const lines = sides.map((s, i) => t.comparedLine(i + 1, s.label, s.shipments, kg(s.co2eKg, ctx.locale)));
  const [a, b] = [Math.round(sides[0].co2eKg * 10) / 10, Math.round(sides[1].co2eKg * 10) / 10];
  let verdict: string;
  if (a === b) verdict = t.sameFigures;
  else {
    const higher = a > b ? 1 : 2;
    const [hi, lo] = a > b ? [sides[0].co2eKg, sides[1].co2eKg] : [sides[1].co2eKg, sides[0].co2eKg];
    const ratio = lo > 0 ? hi / lo : null;
    const howMuch = ratio === null ? null : ratio >= 2 ? t.timesAsMuch(withDecimalMark(ratio.toFixed(1), ctx.locale)) : t.percentMore(Math.round((ratio - 1) * 100));
    verdict = t.higher(higher, kg(hi - lo, ctx.locale), howMuch);
  }
  const answeredFor = { dateRange: now.dateRange, origin: now.origin, destination: now.destination };
  return { replies: [{ type: 'message' as const, text: [t.comparedTitle, ...lines, verdict].join('\n') }], answeredFor };
}
