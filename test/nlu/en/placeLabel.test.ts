/**
 * A place used as a parcel's label ("the seattle parcel", "our miami one") names that place, whatever
 * its size: outside tester round 6 (M2) found "the seattle parcel", "the miami parcel", "the vancouver
 * parcel" answered with the newest parcels and "the tokyo parcel" not understood, while "the chicago
 * parcel" worked (a lower-case city with no role word had to have a million people).
 */
import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

describe('a place as a parcel label', () => {
  test.each([
    ['the seattle parcel', 'Seattle', 'track_shipment'],
    ['where is the miami parcel', 'Miami', 'track_shipment'],
    ['the tokyo parcel', 'Tokyo', 'track_shipment'],
    ['the vancouver parcel', 'Vancouver', 'track_shipment'],
    ['the miami one from friday', 'Miami', 'track_shipment'],
    ['the seattle parcel from november', 'Seattle', 'track_shipment'],
    ['the seattle one that has a problem', 'Seattle', 'track_shipment'],
    ['our toronto one', 'Toronto', 'track_shipment'],
    ['any tokyo boxes late?', 'Tokyo', 'lost_or_delayed'],
    ['the boston shipment', 'Boston', 'track_shipment'],
    ['where is the new york parcel', 'New York', 'track_shipment'],
    // A weak guess with its own words keeps its intent (test/nlu/cueVouch.test.ts).
    ['that toronto parcel - what was its co2', 'Toronto', 'carbon_footprint'],
    ['can the toronto one go to 12 King St W instead', 'Toronto', 'change_delivery'],
  ] as const)('"%s" names %s (%s)', (text, place, intent) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.destination?.name ?? null).toBe(place);
      expect(p.intent).toBe(intent);
    });
  });

  test.each([
    ['the orange box'], // a colour; a town of 140,000 in lower case is no label
    ['the big parcel'],
    ['the nice one'],
    ['the other one'],
    ['the damaged parcel'],
    ['the reading one'],
    ['the second one'],
  ])('"%s" names no place', (text) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.destination).toBeNull();
      expect(p.origin).toBeNull();
      expect(p.places).toEqual([]);
    });
  });

  test('a label gives no role: the place is where the parcel went or came from, as a name with no role word', () => {
    testSingleCase('the seattle parcel', 'UTC', (p) => expect(p.placeRoles).toEqual([{ place: { name: 'Seattle', country: 'US' }, role: 'destination', text: 'seattle' }]));
    testSingleCase('the parcel from seattle', 'UTC', (p) => expect(p.origin?.name).toBe('Seattle'));
  });
});
