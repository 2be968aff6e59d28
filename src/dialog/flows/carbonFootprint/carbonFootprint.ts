import type { PlaceRecord } from '../../../store/records.ts';
import type { LaneServiceEmissions } from '../../../store/supportRecords.ts';
import { CONSOLIDATION, GROUND_TO_AIR_EMISSIONS, TOP_LANES, groundServes, modeOf } from './transport.ts';

/** One lane of the account in the period, all services together. */
export interface LaneEmissions {
  origin: PlaceRecord;
  destination: PlaceRecord;
  shipments: number;
  co2eKg: number;
  weightKg: number;
  /** The part carried by air services. */
  airShipments: number;
  airCo2eKg: number;
}

export type CarbonSuggestion =
  /** Air parcels on a lane a truck serves: what switching them to ground would save. */
  | { kind: 'ground'; lane: LaneEmissions; savingKg: number }
  /** Many small parcels on one lane: consolidate them into fewer shipments. */
  | { kind: 'consolidate'; lane: LaneEmissions }
  /** Nothing in the data stands out: eco packaging, as the article suggests. */
  | { kind: 'packaging' };

export interface CarbonSummary {
  shipments: number;
  co2eKg: number;
  /** The largest contributors, largest first. */
  topLanes: LaneEmissions[];
  suggestion: CarbonSuggestion;
}

const laneKey = (o: PlaceRecord, d: PlaceRecord) => `${o.city}\u0000${o.country}\u0000${d.city}\u0000${d.country}`;

/** Lanes from the store's per lane-and-service sums, largest emitters first. */
export function lanesOf(rows: readonly LaneServiceEmissions[]): LaneEmissions[] {
  const lanes = new Map<string, LaneEmissions>();
  for (const r of rows) {
    const key = laneKey(r.origin, r.destination);
    const lane = lanes.get(key) ?? { origin: r.origin, destination: r.destination, shipments: 0, co2eKg: 0, weightKg: 0, airShipments: 0, airCo2eKg: 0 };
    lane.shipments += r.shipments;
    lane.co2eKg += r.co2eKg;
    lane.weightKg += r.weightKg;
    if (modeOf(r.serviceCode) === 'air') {
      lane.airShipments += r.shipments;
      lane.airCo2eKg += r.co2eKg;
    }
    lanes.set(key, lane);
  }
  return [...lanes.values()].sort((a, b) => b.co2eKg - a.co2eKg || laneKey(a.origin, a.destination).localeCompare(laneKey(b.origin, b.destination)));
}

/**
 * The one suggestion the data supports best: ground instead of air where a truck serves the lane
 * (the largest saving), else consolidation of the lane with most small parcels, else eco packaging.
 */
export function suggest(lanes: readonly LaneEmissions[]): CarbonSuggestion {
  let ground: { lane: LaneEmissions; savingKg: number } | null = null;
  for (const lane of lanes) {
    if (!lane.airShipments || !groundServes(lane.origin.country, lane.destination.country)) continue;
    const savingKg = lane.airCo2eKg * (1 - GROUND_TO_AIR_EMISSIONS);
    if (!ground || savingKg > ground.savingKg) ground = { lane, savingKg };
  }
  if (ground && ground.savingKg >= 1) return { kind: 'ground', ...ground };
  const small = lanes
    .filter((l) => l.shipments >= CONSOLIDATION.minParcels && l.weightKg / l.shipments <= CONSOLIDATION.maxAverageKg)
    .sort((a, b) => b.shipments - a.shipments || b.co2eKg - a.co2eKg)[0];
  return small ? { kind: 'consolidate', lane: small } : { kind: 'packaging' };
}

/** Totals, the largest lanes and one suggestion, from the per lane-and-service sums of a period. */
export function summarizeEmissions(rows: readonly LaneServiceEmissions[]): CarbonSummary {
  const lanes = lanesOf(rows);
  return {
    shipments: lanes.reduce((n, l) => n + l.shipments, 0),
    co2eKg: lanes.reduce((kg, l) => kg + l.co2eKg, 0),
    topLanes: lanes.slice(0, TOP_LANES),
    suggestion: suggest(lanes),
  };
}
