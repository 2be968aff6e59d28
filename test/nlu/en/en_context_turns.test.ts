import { describe, expect, test } from 'vitest';
import { place, testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20. These are the turns the dialog reads in context (issue 5).
const TZ = 'UTC';

describe('EN follow-ups', () => {
  test.each([
    ['what about the one to Sydney?', { destination: place('Sydney', 'AU') }],
    ['and the one to Paris?', { destination: place('Paris', 'FR') }],
    ['what about the one from Berlin', { origin: place('Berlin', 'DE') }],
    ["what about yesterday's?", { dateRange: { from: '2025-03-19', to: '2025-03-19' } }],
    ["today's", { dateRange: { from: '2025-03-20', to: '2025-03-20' } }],
    ['what about the 14th?', { dateRange: { from: '2025-03-14', to: '2025-03-14' } }],
    // A day picked with small words around it (outside tester round 9, E2: "ok the sunday one then" lost its day).
    ['ok the sunday one then', { dateRange: { from: '2025-03-16', to: '2025-03-16' } }],
  ])('should read "%s" as track_shipment with its entities', (text, fields) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p).toMatchObject(fields);
    });
  });

  test('should drop places and dates of chat it recognises as out of scope', () => {
    testSingleCase('find flights to Rome', TZ, (p) => {
      expect(p.intent).toBe('out_of_scope');
      expect(p.destination).toBeNull();
    });
    testSingleCase('what is the weather like in Paris', TZ, (p) => expect(p.destination).toBeNull());
  });
});

describe('EN days of the month said alone', () => {
  test.each([
    ['the 14th', '2025-03-14'],
    ['on the 3rd', '2025-03-03'],
    ['no, the 14th', '2025-03-14'],
    ['the 20th', '2025-03-20'],
    ['the 21st', '2025-02-21'],
    ['the 31st', '2025-01-31'],
    ['14th', '2025-03-14'],
    ['I sent it on the 2nd to Lyon', '2025-03-02'],
  ])('should read "%s" as the most recent past %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  test('should read the coming day for a rescheduling intent', () => {
    testSingleCase('please deliver it on the 25th', TZ, (p) => {
      expect(p.intent).toBe('change_delivery');
      expect(p.dateRange).toEqual({ from: '2025-03-25', to: '2025-03-25' });
    });
  });

  test.each([['the 2nd one'], ['the 3rd floor'], ['this is the 3rd time I ask'], ['the 1st package']])('should find no date in "%s"', (text) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toBeNull());
  });

  test('should leave "March 3rd" to chrono', () => {
    testSingleCase('sent on March 3rd', TZ, (p) => expect(p.dateRange).toEqual({ from: '2025-03-03', to: '2025-03-03' }));
  });
});

describe('EN corrections and bare places', () => {
  test('should put a negated place in negatedPlaces and the uncued correction in places', () => {
    testSingleCase('not Shanghai, Shenzhen', TZ, (p) => {
      expect(p.negatedPlaces).toEqual([place('Shanghai', 'CN')]);
      expect(p.places).toEqual([place('Shenzhen', 'CN')]);
      expect(p.origin).toBeNull();
      expect(p.destination).toBeNull();
    });
  });

  test('should give a cued correction its role', () => {
    testSingleCase('no, from Shenzhen', TZ, (p) => {
      expect(p.origin).toEqual(place('Shenzhen', 'CN'));
      expect(p.places).toEqual([]);
      expect(p.negatedPlaces).toEqual([]);
    });
    testSingleCase('it went to Tokyo, not Osaka', TZ, (p) => {
      expect(p.destination).toEqual(place('Tokyo', 'JP'));
      expect(p.negatedPlaces).toEqual([place('Osaka', 'JP')]);
    });
  });

  test('should give an uncued correction the cued role of the place it corrects', () => {
    testSingleCase('not from Shanghai, Shenzhen', TZ, (p) => {
      expect(p.origin).toEqual(place('Shenzhen', 'CN'));
      expect(p.negatedPlaces).toEqual([place('Shanghai', 'CN')]);
    });
  });

  test.each([['not from Lyon, from Marseille'], ['not Shanghai, Shenzhen'], ['no, not to Osaka, to Tokyo']])(
    'should read a corrected place as a parcel search whatever weak guess its few words give: "%s"',
    (text) => {
      testSingleCase(text, TZ, (p) => {
        expect(p.intent).toBe('track_shipment');
        expect(p.negatedPlaces).toHaveLength(1);
      });
    },
  );

  test('should leave a sure service question with a corrected place to its intent', () => {
    testSingleCase('I want to change the delivery address, not Lyon but Marseille', TZ, (p) => expect(p.intent).toBe('change_delivery'));
  });

  test.each([['my parcel was not delivered to London'], ['it has not arrived in London yet']])('should not read a status as a correction: "%s"', (text) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.negatedPlaces).toEqual([]);
      expect(p.destination).toEqual(place('London', 'GB'));
    });
  });

  test.each([
    ['London', place('London', 'GB')],
    ['Los Angeles', place('Los Angeles', 'US')],
    ['Chicago please', place('Chicago', 'US')],
  ])('should read the bare answer "%s" into places (and the destination guess)', (text, where) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p.places).toEqual([where]);
      expect(p.destination).toEqual(where);
    });
  });

  test('should not list cued places in places', () => {
    testSingleCase('from Shanghai to New York', TZ, (p) => expect(p.places).toEqual([]));
  });
});
