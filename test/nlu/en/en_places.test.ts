import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

const TZ = 'America/New_York';
const place = (name: string, country: string) => ({ name, country });

describe('EN places and roles', () => {
  test.each([
    ['wheres my pakage from new yrok to londn', place('New York', 'US'), place('London', 'GB')],
    ['package from Shanghai to New York', place('Shanghai', 'CN'), place('New York', 'US')],
    ['the box I mailed my daughter in Paris', null, place('Paris', 'FR')],
    ['parcel to Sao Paolo', null, place('São Paulo', 'BR')],
    ['my parcel to Shangai', null, place('Shanghai', 'CN')],
    ['shipment from Germany', place('Germany', 'DE'), null],
    ['Hong Kong to Singapore parcel', place('Hong Kong', 'HK'), place('Singapore', 'SG')],
    ['package from LA to NYC', place('Los Angeles', 'US'), place('New York', 'US')],
    ['cargo PVG to JFK', place('Shanghai', 'CN'), place('New York', 'US')],
    ['sent to the UK', null, place('United Kingdom', 'GB')],
    ['parcel to Paris, France', null, place('Paris', 'FR')],
    ['box to paris', null, place('Paris', 'FR')],
    // A large city after "for the", in lower case, is read as it is with no cue at all (outside tester).
    ['can you check customs for the toronto parcel', null, place('Toronto', 'CA')],
    ["what's the eta for the toronto parcel", null, place('Toronto', 'CA')],
    ['any news for the berlin shipment', null, place('Berlin', 'DE')],
    // K17: a missing vowel right before the word for the parcel, cue or not; "frm" is "from".
    ['wats the staus of the londn one frm saturday', null, place('London', 'GB')],
    ['where is the londn parcel', null, place('London', 'GB')],
    ['any parcels frm londn', place('London', 'GB'), null],
    ['where is the torontoo one', null, place('Toronto', 'CA')],
  ])('should read %s', (text, origin, destination) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.origin).toEqual(origin);
      expect(p.destination).toEqual(destination);
    });
  });
});
