import { Registry } from 'prom-client';
import { describe, expect, test } from 'vitest';
import { EdgeMetrics } from '../../src/metrics/edgeMetrics.ts';
import { createMetrics } from '../../src/metrics/metrics.ts';
import { openStore } from '../../src/store/openStore.ts';
import { FixedClock } from '../../src/clock.ts';
import { sampleValue } from './metricsServer.ts';

describe('EdgeMetrics', () => {
  test('should count rate-limit refusals by route through the one call a limiter makes', async () => {
    const store = await openStore('sqlite::memory:');
    try {
      const metrics = createMetrics({ store, clock: new FixedClock('2026-03-20T09:00:00.000Z') });
      metrics.rateLimited('whatsapp_webhook');
      metrics.rateLimited('whatsapp_webhook');
      metrics.rateLimited('directline_token');
      const text = await metrics.registry.metrics();
      expect(sampleValue(text, 'carrier_assist_rate_limited_total', { route: 'whatsapp_webhook' })).toBe(2);
      expect(sampleValue(text, 'carrier_assist_rate_limited_total', { route: 'directline_token' })).toBe(1);
    } finally {
      await store.close();
    }
  });

  test('should keep rejections of each channel and reason apart', async () => {
    const registry = new Registry();
    const edge = new EdgeMetrics(registry);
    edge.webhookRejected('wechat', 'BadSignature');
    edge.webhookRejected('wechat', 'StaleTimestamp');
    edge.webhookRejected('whatsapp', 'BadSignature');
    const text = await registry.metrics();
    expect(sampleValue(text, 'carrier_assist_webhook_rejections_total', { channel: 'wechat', reason: 'BadSignature' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_webhook_rejections_total', { channel: 'wechat', reason: 'StaleTimestamp' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_webhook_rejections_total', { channel: 'whatsapp', reason: 'BadSignature' })).toBe(1);
  });
});
