/**
 * Which UPS facilities a parcel passes between origin and destination: air gateways per region, the
 * trans-Pacific stop in Anchorage, Worldport in Louisville, the Cologne/Bonn European air hub, East
 * Midlands for the UK, Ontario (California) for the US West Coast. A deliberately simple network: enough
 * for timelines that read right, not a routing engine.
 */
import { type City, cityByKey, greatCircleKm, isDomestic, needsCustoms } from './cities.ts';
import type { Service } from './services.ts';

export interface Route {
  /** Facilities between origin and destination, in order. */
  via: City[];
  /** Index into [origin, ...via, destination] of the last stop in the origin country before it leaves
   *  (export scan), or -1 for a domestic lane. */
  exportAt: number;
  /** Index into [origin, ...via, destination] where import and customs clearance happen, or -1. */
  customsAt: number;
}

const C = cityByKey;

function nearest(city: City, candidates: readonly City[]): City {
  let best = candidates[0]!;
  let bestKm = Infinity;
  for (const c of candidates) {
    const km = greatCircleKm(city, c);
    if (km < bestKm) {
      best = c;
      bestKm = km;
    }
  }
  return best;
}

/** The air gateway a region's international parcels leave from and arrive at. */
function gateway(city: City): City {
  switch (city.region) {
    case 'cn':
      return nearest(city, [C('shanghai'), C('shenzhen')]);
    case 'us':
      return city.lon < -100 ? C('ontario') : C('louisville');
    case 'ca':
      return nearest(city, [C('toronto'), C('vancouver')]);
    case 'eu':
      return C('cologne');
    case 'gb':
      return C('east-midlands');
    case 'oceania':
      return C('sydney');
    default:
      return city;
  }
}

const NORTH_AMERICA = new Set(['US', 'CA', 'MX']);
const ASIA_PACIFIC = new Set(['cn', 'hk', 'asia', 'oceania']);
const AMERICAS = new Set(['us', 'ca', 'latam']);
const EUROPE = new Set(['eu', 'gb']);

function transitHub(from: City, to: City): City | null {
  const a = from.region;
  const b = to.region;
  if ((ASIA_PACIFIC.has(a) && AMERICAS.has(b)) || (AMERICAS.has(a) && ASIA_PACIFIC.has(b))) return C('anchorage');
  if ((EUROPE.has(a) && b === 'latam') || (a === 'latam' && EUROPE.has(b))) return C('miami');
  if ((ASIA_PACIFIC.has(a) && b === 'latam') || (a === 'latam' && ASIA_PACIFIC.has(b))) return C('miami');
  return null;
}

function pushStop(via: City[], stop: City | null, origin: City, destination: City): void {
  if (!stop || stop === origin || stop === destination || via.includes(stop)) return;
  via.push(stop);
}

export function planRoute(origin: City, destination: City, service: Service): Route {
  const via: City[] = [];
  // Long North American truck lanes break at a ground hub near the middle.
  if (service.mode === 'ground' && NORTH_AMERICA.has(origin.country) && NORTH_AMERICA.has(destination.country)) {
    if (greatCircleKm(origin, destination) > 1200) {
      const mid = { ...origin, lat: (origin.lat + destination.lat) / 2, lon: (origin.lon + destination.lon) / 2 };
      pushStop(via, nearest(mid, [C('chicago'), C('louisville'), C('dallas')]), origin, destination);
    }
  }
  if (isDomestic(origin, destination)) {
    if (origin.country === 'US') {
      if (service.mode === 'air') pushStop(via, C('louisville'), origin, destination);
    } else if (origin.country === 'CN') {
      pushStop(via, gateway(origin), origin, destination);
    } else if (origin.country === 'GB') {
      pushStop(via, C('east-midlands'), origin, destination);
    }
    return { via, exportAt: -1, customsAt: -1 };
  }

  if (service.mode === 'ground') {
    // Overland: straight across the border, through East Midlands when Great Britain is one end.
    if (origin.region === 'gb' || destination.region === 'gb') pushStop(via, C('east-midlands'), origin, destination);
  } else {
    pushStop(via, gateway(origin), origin, destination);
    pushStop(via, transitHub(origin, destination), origin, destination);
    pushStop(via, gateway(destination), origin, destination);
  }

  if (!needsCustoms(origin, destination)) return { via, exportAt: -1, customsAt: -1 };
  const stops = [origin, ...via, destination];
  let exportAt = 0;
  while (exportAt + 1 < stops.length - 1 && stops[exportAt + 1]!.country === origin.country) exportAt++;
  let customsAt = stops.length - 1;
  while (customsAt - 1 > exportAt && stops[customsAt - 1]!.country === destination.country) customsAt--;
  return { via, exportAt, customsAt };
}
