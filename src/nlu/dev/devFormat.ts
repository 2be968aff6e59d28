import type { ExpectedRoles } from '../devEvaluation.ts';
import type { AskedAbout, DateRole, IntentName, Parse, PlaceRoleName } from '../types.ts';

/**
 * The dev set is written by the team (never copied from evaluation sets), one case per line:
 *   intent | text | t=valid 1Z; i=invalid 1Z; a=account; d=YYYY-MM-DD[..YYYY-MM-DD]; o=City/CC; to=City/CC;
 *                   p=City/CC (a place named with no role cue, `places`); n=City/CC (a place said to be wrong, `negatedPlaces`)
 *   role labels (issue 15): r=City[/CC]:role (every place named that is not negated and has a role, with its role:
 *                   origin, destination, location, new_address, noise; `placeRoles`); na=address as written (`newAddress`);
 *                   dr=shipped|delivered (`dateRole`; with d= and no dr= it is shipped); ask=delivery_date|location|status|signed_by
 *                   (`asks`); s=hint (`statusHints`)
 * Fields not given are expected to be empty (null / []). All cases use DEV_NOW and the file's zone.
 */
export interface DevCase {
  line: string;
  text: string;
  intent: IntentName;
  roles: ExpectedRoles;
  expected: Pick<Parse, 'trackingNumbers' | 'invalidTrackingNumbers' | 'accountNumber' | 'dateRange' | 'origin' | 'destination'> & {
    places: NonNullable<Parse['places']>;
    negatedPlaces: NonNullable<Parse['negatedPlaces']>;
  };
}

/** Thursday 20 March 2025, 10:00 UTC. */
export const DEV_NOW = new Date('2025-03-20T10:00:00Z');

export const ENTITY_FIELDS = ['trackingNumbers', 'invalidTrackingNumbers', 'accountNumber', 'dateRange', 'origin', 'destination', 'places', 'negatedPlaces'] as const;

export function parseDevSet(source: string): DevCase[] {
  const cases: DevCase[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [intent, text, fields = ''] = line.split('|').map((s) => s.trim());
    if (!intent || !text) throw new Error(`dev set: bad line: ${line}`);
    const expected: DevCase['expected'] = {
      trackingNumbers: [],
      invalidTrackingNumbers: [],
      accountNumber: null,
      dateRange: null,
      origin: null,
      destination: null,
      places: [],
      negatedPlaces: [],
    };
    const roles: ExpectedRoles = { placeRoles: [], newAddress: null, dateRole: null, asks: [], statusHints: [] };
    for (const part of fields.split(';').map((s) => s.trim()).filter(Boolean)) {
      const eq = part.indexOf('=');
      const key = part.slice(0, eq);
      const value = part.slice(eq + 1);
      if (key === 't') expected.trackingNumbers.push(value);
      else if (key === 'i') expected.invalidTrackingNumbers.push(value);
      else if (key === 'a') expected.accountNumber = value;
      else if (key === 'd') {
        const [from, to] = value.split('..');
        expected.dateRange = { from: from!, to: to ?? from! };
      } else if (key === 'o' || key === 'to') {
        const [name, country] = value.split('/');
        expected[key === 'o' ? 'origin' : 'destination'] = { name: name!, country: country! };
      } else if (key === 'p' || key === 'n') {
        const [name, country] = value.split('/');
        expected[key === 'p' ? 'places' : 'negatedPlaces'].push({ name: name!, country: country! });
      } else if (key === 'r') {
        const colon = value.lastIndexOf(':');
        const [name, country] = value.slice(0, colon).split('/');
        roles.placeRoles.push({ name: name!, ...(country ? { country } : {}), role: value.slice(colon + 1) as PlaceRoleName });
      } else if (key === 'na') roles.newAddress = value;
      else if (key === 'dr') roles.dateRole = value as DateRole;
      else if (key === 'ask') roles.asks.push(value as AskedAbout);
      else if (key === 's') roles.statusHints.push(value);
      else throw new Error(`dev set: unknown field ${key} in: ${line}`);
    }
    if (expected.dateRange && !roles.dateRole) roles.dateRole = 'shipped';
    cases.push({ line, text, intent: intent as IntentName, expected, roles });
  }
  return cases;
}
