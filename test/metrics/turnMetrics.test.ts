import { Registry } from 'prom-client';
import { describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import { PARSE_TRACE } from '../../src/dialog/assistant.ts';
import { TurnMetrics } from '../../src/metrics/turnMetrics.ts';
import { sampleValue } from './metricsServer.ts';

const trace = (intent: unknown): Activity => ({ type: 'trace', name: PARSE_TRACE.name, value: { parse: { intent }, action: { kind: 'greet' } } }) as Activity;
const message: Activity = { type: 'message', text: 'Hello!' } as Activity;
const otherTrace: Activity = { type: 'trace', name: 'something.else', value: { parse: { intent: 'billing' } } } as Activity;

describe('TurnMetrics', () => {
  test.each([
    ['the parse trace among the replies', [message, trace('track_shipment')], 'track_shipment'],
    ['no reply at all (relayed to an agent)', [], 'none'],
    ['messages only (a member joined)', [message], 'none'],
    ['another trace only', [otherTrace, message], 'none'],
    ['a parse without an intent string', [trace(42)], 'none'],
  ])('should label a turn with %s', (_case, replies, intent) => {
    const registry = new Registry();
    const turns = new TurnMetrics(registry);
    turns.turnEnded('whatsapp', 'processed', replies, performance.now());
    turns.turnEnded('whatsapp', 'processed', replies, performance.now());
    return registry.metrics().then((text) => {
      expect(sampleValue(text, 'carrier_assist_turns_total', { channel: 'whatsapp', intent, status: 'processed' })).toBe(2);
      expect(sampleValue(text, 'carrier_assist_turn_duration_seconds_count', { channel: 'whatsapp' })).toBe(2);
    });
  });

  test('should observe an inbox turn from its acceptance to the clock given, never below zero', async () => {
    const registry = new Registry();
    const turns = new TurnMetrics(registry);
    turns.inboxTurnCompleted('wechat', '2026-03-20T09:00:00.000Z', new Date('2026-03-20T09:00:00.750Z'));
    turns.inboxTurnCompleted('wechat', '2026-03-20T09:00:01.000Z', new Date('2026-03-20T09:00:00.000Z'));
    const text = await registry.metrics();
    expect(sampleValue(text, 'carrier_assist_inbox_turn_latency_seconds_count', { channel: 'wechat' })).toBe(2);
    expect(sampleValue(text, 'carrier_assist_inbox_turn_latency_seconds_sum', { channel: 'wechat' })).toBe(0.75);
    expect(sampleValue(text, 'carrier_assist_inbox_turn_latency_seconds_bucket', { channel: 'wechat', le: '0.5' })).toBe(1);
  });
});
