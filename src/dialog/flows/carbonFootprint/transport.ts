/**
 * What the carbon suggestions know about transport: each UPS service's mode, where a ground network
 * exists, the ratio of ground to air emissions, and the thresholds for "many small parcels".
 * Data, not logic: carbonFootprint.ts reads it.
 */

export type TransportMode = 'air' | 'ground';

/** UPS service codes and how they travel (Next Day Air … Worldwide Saver fly; Ground, Standard, 3 Day Select drive). */
export const SERVICE_MODES: Readonly<Record<string, TransportMode>> = Object.freeze({
  '01': 'air', // Next Day Air
  '02': 'air', // 2nd Day Air
  '03': 'ground', // Ground
  '07': 'air', // Worldwide Express
  '08': 'air', // Worldwide Expedited
  '11': 'ground', // Standard (domestic and overland)
  '12': 'ground', // 3 Day Select
  '13': 'air', // Next Day Air Saver
  '14': 'air', // Next Day Air Early
  '54': 'air', // Worldwide Express Plus
  '59': 'air', // 2nd Day Air A.M.
  '65': 'air', // Worldwide Saver
});

/**
 * Regions a truck serves end to end (UPS Ground / Standard): a lane with both ends in one region can
 * go by ground. There is no UPS ground network inside China, so Chinese domestic parcels fly.
 */
export const GROUND_REGIONS: readonly ReadonlySet<string>[] = Object.freeze([
  new Set(['US', 'CA', 'MX']),
  new Set(['GB', 'IE', 'FR', 'DE', 'NL', 'BE', 'LU', 'IT', 'ES', 'PT', 'AT', 'CH', 'PL', 'CZ', 'DK', 'SE']),
]);

/**
 * kg CO2e by ground per kg CO2e by air for the same parcel on the same lane: road 0.11 kg/tkm over
 * 1.2 × the great-circle distance against air 0.80 kg/tkm (GLEC v3 defaults, as src/demo/emissions.ts).
 */
export const GROUND_TO_AIR_EMISSIONS = (0.11 * 1.2) / 0.8;

/** "Many small parcels" on one lane in the period: worth consolidating into fewer shipments. */
export const CONSOLIDATION = Object.freeze({ minParcels: 4, maxAverageKg: 5 });

/** The article: every tonne of CO2e cut lowers freight by 0.5%. */
export const DISCOUNT_PERCENT_PER_TONNE = 0.5;

/** The period asked about when the customer names none: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;

/** How many lanes the answer lists as the largest contributors. */
export const TOP_LANES = 3;

export function modeOf(serviceCode: string): TransportMode {
  return SERVICE_MODES[serviceCode] ?? 'air';
}

/** True when a truck could carry the lane (both ends in one ground region). */
export function groundServes(originCountry: string, destinationCountry: string): boolean {
  return GROUND_REGIONS.some((r) => r.has(originCountry) && r.has(destinationCountry));
}
