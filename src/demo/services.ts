/**
 * UPS services the demo uses (codes and names as in the UPS Rating/Shipping APIs; the 1Z service
 * field of a demo tracking number carries the same two characters) and which lanes each may serve.
 */
import { type City, greatCircleKm, isDomestic, isOverland } from './cities.ts';
import type { Rng } from './prng.ts';

export type TransportMode = 'air' | 'ground';

export interface Service {
  code: string;
  name: string;
  mode: TransportMode;
  /** Committed delivery time on the delivery day, local at the destination, in minutes after midnight. */
  commitMinutes: number;
}

const END_OF_DAY = 19 * 60;

export const SERVICES: Readonly<Record<string, Service>> = {
  '01': { code: '01', name: 'UPS Next Day Air', mode: 'air', commitMinutes: 10 * 60 + 30 },
  '02': { code: '02', name: 'UPS 2nd Day Air', mode: 'air', commitMinutes: END_OF_DAY },
  '03': { code: '03', name: 'UPS Ground', mode: 'ground', commitMinutes: END_OF_DAY },
  '07': { code: '07', name: 'UPS Worldwide Express', mode: 'air', commitMinutes: 12 * 60 },
  '08': { code: '08', name: 'UPS Worldwide Expedited', mode: 'air', commitMinutes: END_OF_DAY },
  '11': { code: '11', name: 'UPS Standard', mode: 'ground', commitMinutes: END_OF_DAY },
  '12': { code: '12', name: 'UPS 3 Day Select', mode: 'ground', commitMinutes: END_OF_DAY },
  '65': { code: '65', name: 'UPS Worldwide Saver', mode: 'air', commitMinutes: END_OF_DAY },
};

export function serviceByCode(code: string): Service {
  const s = SERVICES[code];
  if (!s) throw new Error(`demo services: unknown service code "${code}"`);
  return s;
}

export type LaneKind = 'us_domestic' | 'domestic' | 'overland' | 'intercontinental';

export function laneKind(origin: City, destination: City): LaneKind {
  if (isDomestic(origin, destination)) return origin.country === 'US' ? 'us_domestic' : 'domestic';
  return isOverland(origin, destination) ? 'overland' : 'intercontinental';
}

/** Service mix per lane: ground (03 US only, 11 domestic/overland) never crosses an ocean. */
const MIX: Readonly<Record<LaneKind, { codes: readonly string[]; weights: readonly number[] }>> = {
  us_domestic: { codes: ['03', '12', '02', '01'], weights: [60, 12, 16, 12] },
  domestic: { codes: ['11', '65', '07'], weights: [60, 25, 15] },
  overland: { codes: ['11', '08', '65', '07'], weights: [50, 20, 20, 10] },
  intercontinental: { codes: ['65', '07', '08'], weights: [45, 25, 30] },
};

/** UPS has no ground network inside China: domestic parcels there fly. */
const CN_DOMESTIC = { codes: ['65', '07'], weights: [65, 35] } as const;

export function pickService(rng: Rng, origin: City, destination: City): Service {
  const kind = laneKind(origin, destination);
  const mix = kind === 'domestic' && origin.country === 'CN' ? CN_DOMESTIC : MIX[kind];
  return serviceByCode(rng.weighted(mix.codes, mix.weights));
}

/** True when `service` may serve the lane (what the tests check). */
export function serviceFitsLane(service: Service, origin: City, destination: City): boolean {
  const kind = laneKind(origin, destination);
  if (service.code === '03' || service.code === '12' || service.code === '01' || service.code === '02') {
    return kind === 'us_domestic';
  }
  if (service.code === '11') return kind === 'domestic' || kind === 'overland';
  return true;
}

/** Committed transit time in business days, from the service and the distance. */
export function transitBusinessDays(service: Service, origin: City, destination: City): number {
  const km = greatCircleKm(origin, destination);
  switch (service.code) {
    case '01':
      return 1;
    case '02':
      return 2;
    case '12':
      return 3;
    case '03':
      return Math.min(5, 1 + Math.floor(km / 700));
    case '11':
      return Math.min(5, (isDomestic(origin, destination) ? 1 : 2) + Math.floor(km / 900));
    case '07':
    case '65':
      return km < 2500 ? 1 : km < 9000 ? 2 : 3;
    case '08':
      return (km < 2500 ? 2 : km < 9000 ? 4 : 5);
    default:
      throw new Error(`demo services: no transit time for "${service.code}"`);
  }
}
