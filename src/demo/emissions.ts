/**
 * kg CO2e of one parcel: distance × weight × an intensity per transport mode (tank-to-wheel plus
 * well-to-tank, per tonne-km).
 *
 * Factors (rounded, demo-grade, not an audited carbon statement):
 * - Air: 0.80 kg CO2e/tkm, between the long-haul (~0.6) and short-haul (~1.1+) air-freight default
 *   intensities of the GLEC Framework v3 (Smart Freight Centre, 2023, aligned with ISO 14083); the
 *   flown distance is the great-circle distance + 95 km, the GLEC/EN 16258 adjustment for air routing.
 * - Ground: 0.11 kg CO2e/tkm, a mixed rigid/articulated diesel truck default of the same order as GLEC
 *   v3 and the UK DESNZ/DEFRA "average HGV" conversion factor; road distance = great-circle × 1.2
 *   (typical road circuity).
 */
import type { TransportMode } from './services.ts';

export const CO2E_KG_PER_TONNE_KM: Readonly<Record<TransportMode, number>> = { air: 0.8, ground: 0.11 };
export const AIR_ROUTING_EXTRA_KM = 95;
export const ROAD_CIRCUITY = 1.2;

/** Emissions in kg CO2e, rounded to 0.01 kg. */
export function co2eKg(greatCircleKm: number, weightKg: number, mode: TransportMode): number {
  const km = mode === 'air' ? greatCircleKm + AIR_ROUTING_EXTRA_KM : greatCircleKm * ROAD_CIRCUITY;
  return Math.round(km * (weightKg / 1000) * CO2E_KG_PER_TONNE_KM[mode] * 100) / 100;
}
