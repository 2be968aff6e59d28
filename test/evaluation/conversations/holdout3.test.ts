import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../../src/nlu/types.ts';
import { HOLDOUT3_TOPICS, holdout3Conversations } from '../../../src/evaluation/conversations/holdout3.ts';
import { MOMENTS } from '../../../src/evaluation/conversations/suite.ts';
import { makeWorld } from '../../../src/evaluation/conversations/world.ts';

// Building the set parses every conversation and checks every search against the oracle (the
// author's count), every refusal against the roles, every label against the parcel's data: it throws otherwise.
describe('the third held-out set (issue 15)', () => {
  const world = makeWorld(MOMENTS[0]!);
  const specs = holdout3Conversations(world);

  test('should build 69 conversations, 23 in every language, of one to five turns on stores of their own', () => {
    expect(specs).toHaveLength(69);
    for (const language of LANGUAGES) expect(specs.filter((s) => s.language === language)).toHaveLength(23);
    for (const s of specs) {
      expect(s.turns.length).toBeGreaterThanOrEqual(1);
      expect(s.turns.length).toBeLessThanOrEqual(5);
      expect(s.isolated).toBe(true);
    }
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
  });

  test.each(HOLDOUT3_TOPICS.flatMap((topic) => LANGUAGES.map((language) => ({ topic, language }))))('should hold at least two $topic conversations in $language', ({ topic, language }) => {
    expect(specs.filter((s) => s.topic === topic && s.language === language).length).toBeGreaterThanOrEqual(2);
  });

  test('should read the expected parcels, admins, invoices and local times off the data', () => {
    const turn = (id: string, i = 0) => specs.find((s) => s.id === id)!.turns[i]!.expect;
    expect(turn('h3-en-place-03-signature-cities')).toEqual({ kind: 'parcels', trackingNumbers: ['1Z5W8A3K0700001058'] });
    expect(turn('h3-es-roles-01-dispute-without-role')).toEqual({ kind: 'refusal', role: 'Dispute', names: ['Lucía García'] });
    expect(turn('h3-zh-question-03-overdue-invoice')).toEqual({ kind: 'generalAnswer', keywords: [['INV-5W8A3K-260223']] });
    // Due at 23:00 UTC on 24 March: 19:00 in Toronto (EDT), 07:00 the next morning in the customer's Shanghai.
    expect(turn('h3-zh-times-01-toronto-eta')).toMatchObject({ kind: 'zoneLabel', time: '19:00', places: expect.arrayContaining(['Toronto', '多伦多']) });
    // Last scan 10:53 UTC on 5 March, leaving Anchorage (AKST, UTC−9).
    expect(turn('h3-zh-times-02-chicago-last-scan')).toMatchObject({ kind: 'zoneLabel', time: '01:53', places: expect.arrayContaining(['Anchorage']) });
  });

  test('should be written for its own moment only', () => {
    expect(() => holdout3Conversations(makeWorld(MOMENTS[1]!))).toThrow(/written for/);
  });
});
