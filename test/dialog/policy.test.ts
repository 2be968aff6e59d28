import { describe, expect, test } from 'vitest';
import { decide } from '../../src/dialog/policy.ts';
import { loadDialogState } from '../../src/dialog/state.ts';
import type { IntentName, Parse } from '../../src/nlu/types.ts';

const parse = (intent: IntentName, extra: Partial<Parse> = {}): Parse => ({
  intent,
  confidence: 0.9,
  language: 'en',
  trackingNumbers: [],
  invalidTrackingNumbers: [],
  accountNumber: null,
  dateRange: null,
  origin: null,
  destination: null,
  statusHints: [],
  ...extra,
});

const fresh = loadDialogState({});

describe('dialog policy', () => {
  test.each([
    ['greeting', 'greet'],
    ['help', 'help'],
    ['thanks', 'thanks'],
    ['goodbye', 'goodbye'],
    ['track_shipment', 'ask_tracking_number'],
    ['billing', 'not_available_yet'],
    ['talk_to_agent', 'not_available_yet'],
    ['out_of_scope', 'not_understood'],
  ] as const)('should answer intent %s with %s', (intent, kind) => {
    expect(decide(parse(intent), fresh).action.kind).toBe(kind);
  });

  test('should track a given number whatever the intent', () => {
    const d = decide(parse('greeting', { trackingNumbers: ['1Z999AA10123456784'] }), fresh);
    expect(d.action).toEqual({ kind: 'track', trackingNumbers: ['1Z999AA10123456784'], invalidTrackingNumbers: [] });
  });

  test('should say a number with a wrong check digit does not look right', () => {
    const d = decide(parse('track_shipment', { invalidTrackingNumbers: ['1Z999AA10123456785'] }), fresh);
    expect(d.action).toEqual({ kind: 'invalid_tracking_number', numbers: ['1Z999AA10123456785'] });
  });

  test('should count misunderstandings in a row and reset them once understood', () => {
    const first = decide(parse('out_of_scope'), fresh);
    expect(first.action).toEqual({ kind: 'not_understood', again: false });
    const second = decide(parse('out_of_scope'), first.state);
    expect(second.action).toEqual({ kind: 'not_understood', again: true });
    expect(second.state.misunderstandings).toBe(2);
    expect(decide(parse('greeting'), second.state).state.misunderstandings).toBe(0);
  });

  test('should remember that it asked for a tracking number', () => {
    expect(decide(parse('track_shipment'), fresh).state.awaiting).toBe('tracking_number');
  });

  test('should start fresh from unreadable stored state', () => {
    expect(loadDialogState({ misunderstandings: 'lots' })).toEqual(fresh);
    expect(loadDialogState(null)).toEqual({ misunderstandings: 0, awaiting: null, lastIntent: null });
  });
});
