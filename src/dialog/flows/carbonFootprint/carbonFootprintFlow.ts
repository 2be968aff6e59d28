import { formatLocalDate, formatNumber, localized, withDecimalMark } from '../../../locale/index.ts';
import { addDays, formatDate, zonedParts } from '../../../nlu/text/timeZone.ts';
import { placeName } from '../../trackingReply.ts';
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

function route(lane: LaneEmissions, locale: string): string {
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
export const carbonFootprintFlow: AccountFlow = {
  intent: 'carbon_footprint',
  async run(ctx) {
    const t = localized(CARBON_TEXTS, ctx.locale);
    const account = ctx.accountNumber!;
    const period = carbonPeriod(ctx);
    const rows = await ctx.store.emissions.byLaneAndService({ accountNumber: account, shipDateFrom: period.from, shipDateTo: period.to });
    const from = formatLocalDate(period.from, ctx.locale);
    const to = formatLocalDate(period.to, ctx.locale);
    const summary = summarizeEmissions(rows);
    if (!summary.shipments) return { replies: [{ type: 'message', text: t.nothing(account, from, to) }] };
    const share = (lane: LaneEmissions) => Math.round((lane.co2eKg / summary.co2eKg) * 100).toString();
    const lines = summary.topLanes.map((lane, i) => t.lane(i + 1, route(lane, ctx.locale), kg(lane.co2eKg, ctx.locale), lane.shipments, share(lane)));
    const text = [
      t.summary(account, from, to, summary.shipments, kg(summary.co2eKg, ctx.locale), kg(summary.co2eKg / summary.shipments, ctx.locale)),
      [t.topTitle, ...lines].join('\n'),
      suggestionText(summary.suggestion, t, ctx.locale),
    ].join('\n\n');
    return { replies: [{ type: 'message', text }] };
  },
};
