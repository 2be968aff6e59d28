import { describe, expect, test } from 'vitest';
import { correctFrame, frameOfMessage, refineFrame, refinementFallback, withoutEarlierSlots } from '../../../src/dialog/discourse/queryFrame.ts';
import type { QueryContext } from '../../../src/dialog/state.ts';
import type { Parse } from '../../../src/nlu/types.ts';
import { parseOf } from '../parseFixture.ts';

const parse = (extra: Partial<Parse> = {}): Parse => parseOf(extra);
const TORONTO = { name: 'Toronto', country: 'CA' };
const PARIS = { name: 'Paris', country: 'FR' };
const SHANGHAI = { name: 'Shanghai', country: 'CN' };
const SHENZHEN = { name: 'Shenzhen', country: 'CN' };
const YESTERDAY = { from: '2026-03-19', to: '2026-03-19' };
const current: QueryContext = {
  dateRange: YESTERDAY,
  origin: SHANGHAI,
  destination: TORONTO,
  statusHints: ['not_delivered'],
  sources: { dateRange: 'message', origin: 'message', destination: 'message', statusHints: 'message' },
};

describe('query frames', () => {
  test('should describe nothing for a message without slots', () => {
    expect(frameOfMessage(parse())).toBeNull();
  });

  test('should replace a refined slot, keep the others and mark them as earlier', () => {
    const refined = refineFrame(current, frameOfMessage(parse({ destination: PARIS }))!);
    expect(refined).toEqual({ ...current, destination: PARIS, sources: { dateRange: 'earlier', origin: 'earlier', destination: 'message', statusHints: 'earlier' } });
    expect(withoutEarlierSlots(refined)).toEqual({ dateRange: null, origin: null, destination: PARIS, statusHints: [], sources: { destination: 'message' } });
  });

  test('should have nothing to drop when every slot is from this message', () => {
    expect(withoutEarlierSlots(current)).toBeNull();
  });

  test.each([
    ['a date', parse({ dateRange: { from: '2026-03-14', to: '2026-03-14' } }), ['dateRange'], { dateRange: { from: '2026-03-14', to: '2026-03-14' } }],
    ['a cued destination', parse({ destination: PARIS }), ['destination'], { destination: PARIS }],
    ['a status', parse({ statusHints: ['delivered'] }), ['statusHints'], { statusHints: ['delivered'] }],
    ['a wrong origin', parse({ places: [SHENZHEN], negatedPlaces: [SHANGHAI] }), ['origin'], { origin: SHENZHEN }],
    ['a wrong place alone', parse({ negatedPlaces: [TORONTO] }), ['destination'], { destination: null }],
  ] as const)('should correct %s and nothing else', (_what, message, changed, slots) => {
    const c = correctFrame(current, message)!;
    expect(c.changed).toEqual(changed);
    expect(c.frame).toMatchObject({ ...current, ...slots, sources: expect.any(Object) });
    for (const slot of ['dateRange', 'origin', 'destination', 'statusHints'] as const) {
      if (!(changed as readonly string[]).includes(slot)) expect(c.frame[slot]).toEqual(current[slot]);
    }
  });

  test('should correct nothing when the message names no slot', () => {
    expect(correctFrame(current, parse())).toBeNull();
  });

  test.each([
    ['"I meant the one from Toronto" after "to Toronto"', parse({ origin: TORONTO }), { origin: TORONTO, destination: null }, ['origin', 'destination']],
    ['"I meant the one to Shanghai" after "from Shanghai"', parse({ destination: SHANGHAI }), { origin: null, destination: SHANGHAI }, ['destination', 'origin']],
    ['"from Paris" (another place, the destination kept)', parse({ origin: PARIS }), { origin: PARIS, destination: TORONTO }, ['origin']],
  ] as const)('should move a place to its other role, not make it both ends: %s', (_what, message, slots, changed) => {
    const c = correctFrame(current, message)!;
    expect(c.frame).toMatchObject(slots);
    expect(c.changed).toEqual(changed);
  });
});

describe('what a refinement that finds nothing searches next', () => {
  test('should drop the earlier date first when the refinement replaces a slot', () => {
    const said = frameOfMessage(parse({ destination: PARIS }))!;
    const fallback = refinementFallback(current, said, refineFrame(current, said));
    expect(fallback).toMatchObject({ dateRange: null, origin: SHANGHAI, destination: PARIS, statusHints: ['not_delivered'] });
  });

  test('should not broaden a refinement that only adds a slot', () => {
    const noOrigin: QueryContext = { ...current, origin: null, sources: { ...current.sources, origin: undefined } };
    const said = frameOfMessage(parse({ origin: SHENZHEN }))!;
    expect(refinementFallback(noOrigin, said, refineFrame(noOrigin, said))).toBeNull();
  });
});

