/**
 * The supervisor's charts over a store (issue 20): a seeded fortnight of conversations, handoffs and
 * survey answers, with a fixed clock, in a zone eight hours from UTC; the figures per day must equal an
 * oracle computed by plain filters over the seeded rows. Run for every Store.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { supervisorCharts } from '../../src/metrics/supervisorCharts.ts';
import type { Store } from '../../src/store/store.ts';
import { tinyDataset } from './storeContract.ts';

const NOW = new Date('2026-03-20T09:00:00.000Z');
const ZONE = 'Asia/Shanghai';
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

interface Seeded {
  id: string;
  customer: string;
  createdAt: number;
  lastAt: number;
  handoff: { requestedAt: number; firstResponseAt: number | null; firstDue: number; endedAt: number | null; resolutionDue: number } | null;
  rating: { at: number; value: number } | null;
}

/** A fixed pseudo-random fortnight and a bit (some rows fall before the charts' first day). */
function seed(): Seeded[] {
  let s = 20;
  const next = (n: number) => (s = (s * 48271) % 2147483647) % n;
  const rows: Seeded[] = [];
  for (let i = 0; i < 60; i++) {
    const createdAt = NOW.getTime() - next(16 * 24) * HOUR - next(60) * MIN;
    const customer = `cust-${next(12)}`;
    let lastAt = createdAt + (1 + next(20)) * MIN;
    let handoff: Seeded['handoff'] = null;
    let rating: Seeded['rating'] = null;
    if (next(2)) {
      const requestedAt = createdAt + next(5) * MIN;
      const firstResponseAt = next(5) ? requestedAt + (5 + next(110)) * MIN : null;
      const endedAt = firstResponseAt !== null && next(4) ? firstResponseAt + (10 + next(40 * 60)) * MIN : null;
      handoff = { requestedAt, firstResponseAt, firstDue: requestedAt + HOUR, endedAt: endedAt !== null && endedAt < NOW.getTime() ? endedAt : null, resolutionDue: requestedAt + DAY };
      if (handoff.endedAt !== null && next(3) && handoff.endedAt + MIN < NOW.getTime()) rating = { at: handoff.endedAt + MIN, value: 1 + next(5) };
      lastAt = Math.max(lastAt, ...[requestedAt, firstResponseAt ?? 0, handoff.endedAt ?? 0, rating?.at ?? 0]);
    }
    rows.push({ id: `conv-${String(i).padStart(2, '0')}`, customer, createdAt, lastAt: Math.min(lastAt, NOW.getTime()), handoff, rating });
  }
  return rows;
}

const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: ZONE });
const mid = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** The expected figures, by plain filters over the seeded rows. */
function oracle(rows: Seeded[]) {
  const dates: string[] = [];
  for (let t = NOW.getTime(); dates.length < 14; t -= DAY) if (!dates.includes(dayOf(t))) dates.unshift(dayOf(t));
  return dates.map((date) => {
    const ratings = rows.filter((r) => r.rating && dayOf(r.rating.at) === date).map((r) => r.rating!.value);
    const answered = rows.filter((r) => r.handoff?.firstResponseAt != null && dayOf(r.handoff.requestedAt) === date).map((r) => r.handoff!);
    const ended = rows.filter((r) => r.handoff?.endedAt != null && dayOf(r.handoff.endedAt) === date).map((r) => r.handoff!);
    const started = rows.filter((r) => dayOf(r.createdAt) === date);
    const judged = started.filter((r) => r.lastAt + DAY <= NOW.getTime());
    const contained = judged.filter((r) => !r.handoff && !rows.some((o) => o !== r && o.customer === r.customer && o.createdAt > r.createdAt && o.createdAt <= r.lastAt + DAY));
    return {
      date,
      csat: { count: ratings.length, average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null },
      firstResponse: {
        count: answered.length,
        medianSeconds: mid(answered.map((h) => (h.firstResponseAt! - h.requestedAt) / 1000)),
        withinSla: answered.length ? answered.filter((h) => h.firstResponseAt! <= h.firstDue).length / answered.length : null,
      },
      resolution: {
        count: ended.length,
        medianSeconds: mid(ended.map((h) => (h.endedAt! - h.requestedAt) / 1000)),
        withinSla: ended.length ? ended.filter((h) => h.endedAt! <= h.resolutionDue).length / ended.length : null,
      },
      contained: { conversations: started.length, judged: judged.length, contained: contained.length, share: judged.length ? contained.length / judged.length : null },
    };
  });
}

async function load(store: Store, rows: Seeded[]): Promise<void> {
  await store.importDataset(tinyDataset());
  await store.agents.create({ id: 'a-1', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support'], passwordHash: 'x' }, iso(NOW.getTime() - 30 * DAY));
  for (const r of rows) {
    await store.conversations.ensure({ id: r.id, channelId: 'test', externalUserId: r.customer, locale: 'en', timeZone: ZONE }, iso(r.createdAt));
    const h = r.handoff;
    if (h) {
      const ticket = await store.tickets.create(
        { category: 'general', priority: 'normal', conversationId: r.id, accountNumber: null, userId: null, trackingNumbers: [], subject: 's', details: {} },
        iso(h.requestedAt),
      );
      const created = await store.handoffs.create(
        { ticketNumber: ticket.number, conversationId: r.id, channelId: 'test', language: 'en', queue: 'support', priority: 'normal', rank: 5, state: 'requested', firstResponseDue: iso(h.firstDue), resolutionDue: iso(h.resolutionDue), context: {} },
        { actor: 'bot', at: iso(h.requestedAt) },
        'bot',
      );
      const move = (from: 'requested' | 'queued' | 'assigned' | 'active', to: 'queued' | 'assigned' | 'active' | 'resolved', at: number, set: object) =>
        store.handoffs.transition(created.id, { from: [from], to, actor: 'test', at: iso(at), set });
      await move('requested', 'queued', h.requestedAt, { queuedAt: iso(h.requestedAt) });
      if (h.firstResponseAt !== null) {
        await move('queued', 'assigned', h.firstResponseAt, { assignee: 'a-1', assignedAt: iso(h.firstResponseAt) });
        await move('assigned', 'active', h.firstResponseAt, { firstResponseAt: iso(h.firstResponseAt) });
        if (h.endedAt !== null) await move('active', 'resolved', h.endedAt, { endedAt: iso(h.endedAt), resolution: 'done' });
      }
      if (r.rating) {
        const asked = await store.satisfaction.ask({ conversationId: r.id, ticketNumber: ticket.number, handoffId: created.id, agentId: 'a-1', channelId: 'test', language: 'en' }, iso(h.endedAt!));
        await store.satisfaction.rate(asked!.id, r.rating.value, iso(r.rating.at));
      }
    }
    // The conversation's last turn.
    await store.conversations.update(r.id, { locale: 'en' }, iso(r.lastAt));
  }
}

export function describeSupervisorStatsContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: the supervisor's charts`, () => {
    let store: Store;
    const rows = seed();
    beforeAll(async () => {
      store = await openEmpty();
      await load(store, rows);
    });
    afterAll(async () => {
      await store.close();
    });

    test('should seed a fortnight that exercises every figure (the comparison below compares something)', () => {
      const expected = oracle(rows);
      expect(expected).toHaveLength(14);
      expect(expected.reduce((n, d) => n + d.csat.count, 0)).toBeGreaterThan(3);
      expect(expected.reduce((n, d) => n + d.firstResponse.count, 0)).toBeGreaterThan(5);
      expect(expected.some((d) => d.firstResponse.withinSla !== null && d.firstResponse.withinSla < 1)).toBe(true);
      expect(expected.reduce((n, d) => n + d.resolution.count, 0)).toBeGreaterThan(3);
      expect(expected.reduce((n, d) => n + d.contained.contained, 0)).toBeGreaterThan(3);
      expect(expected.some((d) => d.contained.judged > d.contained.contained)).toBe(true);
      expect(expected.at(-1)!.contained.judged).toBeLessThan(expected.at(-1)!.contained.conversations + 1);
    });

    test('should give per day in the desk\'s zone what plain filters over the seeded rows give', async () => {
      const charts = await supervisorCharts(store, NOW, ZONE);
      expect(charts.timeZone).toBe(ZONE);
      expect(charts.days).toEqual(oracle(rows));
      // Today in Shanghai is 20 March (17:00 there).
      expect(charts.days.at(-1)!.date).toBe('2026-03-20');
      expect(charts.days[0]!.date).toBe('2026-03-07');
    });
  });
}
