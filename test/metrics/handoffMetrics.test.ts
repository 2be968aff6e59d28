import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FixedClock } from '../../src/clock.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';
import { HandoffDesk } from '../../src/escalation/handoffDesk.ts';
import { createMetrics, type Metrics } from '../../src/metrics/metrics.ts';
import type { AgentRecord } from '../../src/store/handoffRecords.ts';
import type { Store } from '../../src/store/store.ts';
import { conversationOf, DESK_HOURS, DESK_ZONE, NOW, recordingMessenger, seededStore } from '../escalation/deskFixture.ts';
import { sampleValue } from './metricsServer.ts';

const MINUTE = 60_000;

describe('handoff metrics', () => {
  let store: Store;
  let clock: FixedClock;
  let metrics: Metrics;
  let desk: HandoffDesk;
  let ana: AgentRecord;

  beforeEach(async () => {
    store = await seededStore();
    clock = new FixedClock(NOW);
    metrics = createMetrics({ store, clock });
    desk = new HandoffDesk({ store, clock, hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: recordingMessenger().messenger, metrics });
    ana = await store.agents.create({ id: 'a-ana', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support'], passwordHash: 'scrypt$x' }, NOW);
  });
  afterEach(() => store.close());

  async function escalate(id: string) {
    const conversation = await conversationOf(store, id, null, [['in', 'I want to talk to a real person']]);
    const { handoff } = await desk.escalate({ conversation, speaker: null, reason: 'requested', trackingNumbers: [], parse: null, misunderstandings: 0, lastIntent: null, language: 'en' });
    return handoff;
  }
  const scrape = () => metrics.registry.metrics();

  test('should count handoffs started and ended, the wait until a claim, and read the queue when scraped', async () => {
    const first = await escalate('c-1');
    clock.advance(2 * MINUTE);
    await escalate('c-2');
    clock.advance(MINUTE);
    let text = await scrape();
    expect(first.queue).toBe('support');
    expect(sampleValue(text, 'carrier_assist_handoffs_started_total', { queue: 'support' })).toBe(2);
    expect(sampleValue(text, 'carrier_assist_agent_queue_depth', { queue: 'support' })).toBe(2);
    expect(sampleValue(text, 'carrier_assist_agent_queue_oldest_wait_seconds', { queue: 'support' })).toBe(180);
    expect(sampleValue(text, 'carrier_assist_agent_queue_depth', { queue: 'billing' })).toBe(0);

    await desk.claim(first.id, ana);
    await desk.resolve(first.id, ana, 'answered');
    await desk.customerLeft('c-2');
    text = await scrape();
    expect(sampleValue(text, 'carrier_assist_handoff_wait_seconds_count', { queue: 'support' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_handoff_wait_seconds_sum', { queue: 'support' })).toBe(180);
    expect(sampleValue(text, 'carrier_assist_handoffs_ended_total', { queue: 'support', outcome: 'resolved' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_handoffs_ended_total', { queue: 'support', outcome: 'abandoned' })).toBe(1);
    expect(sampleValue(text, 'carrier_assist_agent_queue_depth', { queue: 'support' })).toBe(0);
  });

  test('should show a handoff past its first-response deadline as a breach until an agent answers', async () => {
    const h = await escalate('c-3');
    expect(sampleValue(await scrape(), 'carrier_assist_sla_breaches', { queue: 'support', deadline: 'first_response' })).toBe(0);
    clock.advance(Date.parse(h.firstResponseDue) - clock.now().getTime() + MINUTE);
    expect(sampleValue(await scrape(), 'carrier_assist_sla_breaches', { queue: 'support', deadline: 'first_response' })).toBe(1);
    await desk.claim(h.id, ana);
    await desk.reply(h.id, ana, 'Hello, Ana here.');
    expect(sampleValue(await scrape(), 'carrier_assist_sla_breaches', { queue: 'support', deadline: 'first_response' })).toBe(0);
  });
});
