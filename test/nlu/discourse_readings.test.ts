/**
 * What the parser must give the dialog's discourse model (issue 14): a status asked about is no
 * filter, a short correction or refinement keeps its place or date, parcels named and described are a
 * parcel search, and words that only look like places are not places.
 */
import { describe, expect, test } from 'vitest';
import { place, testSingleCase } from './helpers.ts';

const TZ = 'Asia/Shanghai';

describe('a status asked about is not a filter', () => {
  test.each([
    ['寄到伦敦的那个快递签收了吗？', []],
    ['帮我看看从上海发到伦敦的件签收了没有', []],
    ['has it been delivered?', []],
    ['when will it be delivered?', []],
    ['¿ya ha llegado?', []],
    ['el que ya llegó', ['delivered']],
    ['the parcels that have been delivered', ['delivered']],
    ["the ones that haven't been delivered yet", ['not_delivered']],
    ['show me my undelivered parcels', ['not_delivered']],
    ['查询寄到德国并且还没签收的包裹', ['not_delivered']],
    ['Busca los paquetes que todavía no se han entregado', ['not_delivered']],
    ['solo los entregados', ['delivered']],
  ])('should read "%s" with status words %j', (text, hints) => {
    testSingleCase(text, TZ, (p) => expect(p.statusHints).toEqual(hints));
  });
});

describe('short corrections and refinements keep what they name', () => {
  test.each([
    ['no, 4 days ago', { dateRange: { from: '2025-03-16', to: '2025-03-16' } }],
    ['sorry, I meant on 12 February', { dateRange: { from: '2025-02-12', to: '2025-02-12' } }],
    ['no, on 6 February', { dateRange: { from: '2025-02-06', to: '2025-02-06' } }],
    ['no, to Tokyo', { destination: place('Tokyo', 'JP') }],
    ['only those from Shenzhen', { origin: place('Shenzhen', 'CN') }],
    ['just the ones going to Tokyo', { destination: place('Tokyo', 'JP') }],
    ['quería decir a Barcelona', { destination: place('Barcelona', 'ES') }],
    ['el que va a Sídney', { destination: place('Sydney', 'AU') }],
    ['只看从广州寄的', { origin: place('Guangzhou', 'CN') }],
  ])('should read "%s" as a parcel description', (text, slots) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p).toMatchObject(slots);
    });
  });
});

describe('parcels named and described', () => {
  test.each([
    ['which parcels did I send to France?', { destination: place('France', 'FR') }],
    ['which shipments did I send to Milan?', { destination: place('Milan', 'IT') }],
    ['¿Me puedes decir cómo va el paquete enviado al Reino Unido?', { destination: place('United Kingdom', 'GB') }],
  ])('should read "%s" as a parcel search', (text, slots) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p).toMatchObject(slots);
    });
  });

  test('should not read the Spanish article "la" as Los Angeles', () => {
    testSingleCase('para la cuenta de, necesito localizar los paquetes', TZ, (p) => expect(p.destination).toBeNull());
    testSingleCase('my parcel to LA', TZ, (p) => expect(p.destination).toEqual(place('Los Angeles', 'US')));
  });
});

describe('a date said to be wrong beside the right one', () => {
  test.each([
    ['不是16号，是15号', '2025-03-15'],
    ['not the 16th, the 15th', '2025-03-15'],
    ['no el 16, el 15', '2025-03-15'],
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  test.each([
    ['What did we send out on 13 March?', { dateRange: { from: '2025-03-13', to: '2025-03-13' } }],
    ['what went to Toronto?', { destination: place('Toronto', 'CA') }],
  ])('should read "%s", which sends parcels, as a parcel search', (text, slots) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p).toMatchObject(slots);
    });
  });
});

describe('a message that corrects itself', () => {
  test.each([
    ["Where's the parcel we sent to Berlin — sorry, no, not Berlin, I mean the one to Paris", place('Paris', 'FR')],
    ['寄往柏林……不对不对，是寄往巴黎的那个包裹，签收了吗？', place('Paris', 'FR')],
    ['Busco el envío a París... no, espera, perdona, a Milán', place('Milan', 'IT')],
    ['Hi, Victor here from the London office. the parcels heading to Seattle', place('Seattle', 'US')],
  ])('should read "%s" with the later place', (text, destination) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.destination).toEqual(destination);
      expect(p.origin).toBeNull();
    });
  });

  test('should keep a lane that corrects nothing', () => {
    testSingleCase('from Shanghai to London', TZ, (p) => expect(p).toMatchObject({ origin: place('Shanghai', 'CN'), destination: place('London', 'GB') }));
  });
});

describe('Spanish days in words', () => {
  test.each([
    ['ah, entonces fue el día dieciocho', '2025-03-18'],
    ['desde Barcelona a Madrid el día once', '2025-03-11'],
    ['¿lo que mandamos a Italia el cuatro de marzo ya llegó?', '2025-03-04'],
    ['el cuatro de febrero', '2025-02-04'],
    ['el treinta de marzo', '2024-03-30'],
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });
});

describe('words that only look like places, and lanes after "for"', () => {
  test.each([
    ["my boss just asked me to chase the shipment coming to New York (it's for our office actually). Where is it?", { destination: place('New York', 'US'), origin: null }],
    ['Looking for the Los Angeles to Chicago shipment from yesterday', { origin: place('Los Angeles', 'US'), destination: place('Chicago', 'US') }],
    ['a parcel for Paris', { destination: place('Paris', 'FR') }],
    ['my parcel to Tornto', { destination: place('Toronto', 'CA') }],
  ])('should read "%s"', (text, slots) => {
    testSingleCase(text, TZ, (p) => expect(p).toMatchObject(slots));
  });

  test.each([
    ['I think the parcel that went to Berlin got damaged on the way', []],
    ['what have I got on its way to Spain at the moment?', ['in_transit']],
  ])('should read the status words of "%s" as %j', (text, hints) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).not.toBe('out_of_scope');
      expect(p.statusHints).toEqual(hints);
    });
  });
});

describe('English days from the tenth in words', () => {
  test.each([
    ['where is the stuff we sent to Mexico City on the thirteenth?', '2025-03-13'],
    ['no, the fifteenth', '2025-03-15'],
    ['on the twenty-first', '2025-02-21'],
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  test.each(['the first one', 'the second', 'the third one'])('should leave the list position "%s" alone', (text) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toBeNull());
  });
});
